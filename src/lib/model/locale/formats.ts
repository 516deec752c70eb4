/**
 * Numbers, units and dates as each language's newsrooms print them, by hand rather than with Intl:
 * the first Intl formatter a page makes loads locale data, a long part of a phone's first chart.
 * The digits are the same in every language here (zh and ar newsrooms, like
 * CLDR's `zh-Hans` and `ar`, write 0-9 with "," and "."), so `decimals` serves all; the words
 * around them differ. `formats.test.ts` holds each against Intl where Intl has the form.
 *
 * Relative imports only: the build-time validator reaches this file.
 */
import type { LangCode } from './langs.ts';
import type { Grain } from '../periods.ts';

/** How one language writes a value's unit, a date and a list, around digits already formatted. */
export interface Formats {
	lang: LangCode;
	/** A value no source reports. */
	notReported: string;
	/** Trillions of tokens: "8.21T", "8.21万亿". */
	tokens: (n: string) => string;
	/** A percentage: "37.1%". */
	pct: (n: string) => string;
	/** Percentage points: "9.5 pts", "9.5个百分点". */
	points: (n: string) => string;
	/** Dollars: "$15", "15美元". */
	usd: (n: string) => string;
	/** A day of a month: "9 Feb", "2月9日". */
	day: (d: number, m: number) => string;
	/** Two days of one month, or of two: "9-15 Feb", "30 Mar-5 Apr". */
	days: (d1: number, m1: number, d2: number, m2: number) => string;
	/** A day with its year: "18 April 2026", "2026年4月18日". */
	date: (d: number, m: number, y: number) => string;
	/** A month with its year, long: "April 2026". */
	monthYear: (m: number, y: number) => string;
	/** A month on an axis, short, with or without its year: "Mar", "Mar 2024". */
	month: (m: number, y?: number) => string;
	/** A quarter: "Q1 2024". */
	quarter: (q: number, y: number) => string;
	/** A year on its own. */
	year: (y: number) => string;
	/** Something with its year after it: a day's or a week's ("9-15 Feb 2026"). */
	withYear: (text: string, y: number) => string;
	/** From one to another: "9 Feb to 24 May 2026". */
	span: (from: string, to: string) => string;
	/** Items joined as a sentence joins them: "A, B and C", "A、B和C". */
	and: (items: readonly string[]) => string;
	/** Sentences joined into a caption: "A. B.", "A。B。" (no space between sentences in zh). */
	sentences: (items: readonly string[]) => string;
	/** Clauses joined as a semicolon joins them: "; ", "；", "؛ ". */
	semi: string;
	/** Items listed without "and": ", ", "，". */
	comma: string;
	/** The full stop that ends a sentence. */
	stop: string;
	/** What one period of a timeline is called, for `n` of them: "week", "weeks", "周". */
	grain: (grain: Grain, n: number) => string;
}

const EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_LONG = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
// CLDR's Arabic month names (Egypt and the Gulf); its short names are the long ones.
const AR_MONTHS = [
	'يناير',
	'فبراير',
	'مارس',
	'أبريل',
	'مايو',
	'يونيو',
	'يوليو',
	'أغسطس',
	'سبتمبر',
	'أكتوبر',
	'نوفمبر',
	'ديسمبر'
];
const EN_GRAIN: Record<Grain, string> = {
	day: 'day',
	week: 'week',
	month: 'month',
	quarter: 'quarter',
	year: 'year',
	irregular: 'date'
};
const ZH_GRAIN: Record<Grain, string> = {
	day: '日',
	week: '周',
	month: '月',
	quarter: '季度',
	year: '年',
	irregular: '日期'
};
const AR_GRAIN: Record<Grain, [string, string]> = {
	day: ['يوم', 'أيام'],
	week: ['أسبوع', 'أسابيع'],
	month: ['شهر', 'أشهر'],
	quarter: ['ربع', 'أرباع'],
	year: ['سنة', 'سنوات'],
	irregular: ['تاريخ', 'تواريخ']
};
// Left-to-right marks around the sign keep "37.1%" in that order inside right-to-left text, as CLDR writes it.
const LRM = '\u200E';

const EN: Formats = {
	lang: 'en',
	notReported: 'not reported',
	tokens: (n) => `${n}T`,
	pct: (n) => `${n}%`,
	points: (n) => `${n} pts`,
	usd: (n) => `$${n}`,
	day: (d, m) => `${d} ${EN_SHORT[m - 1]}`,
	days: (d1, m1, d2, m2) =>
		m1 === m2 ? `${d1}-${d2} ${EN_SHORT[m2 - 1]}` : `${d1} ${EN_SHORT[m1 - 1]}-${d2} ${EN_SHORT[m2 - 1]}`,
	date: (d, m, y) => `${d} ${EN_LONG[m - 1]} ${y}`,
	monthYear: (m, y) => `${EN_LONG[m - 1]} ${y}`,
	month: (m, y) => (y === undefined ? EN_SHORT[m - 1] : `${EN_SHORT[m - 1]} ${y}`),
	quarter: (q, y) => `Q${q} ${y}`,
	year: (y) => String(y),
	withYear: (text, y) => `${text} ${y}`,
	span: (from, to) => `${from} to ${to}`,
	and: (items) =>
		items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
	sentences: (items) => items.join(' '),
	semi: '; ',
	comma: ', ',
	stop: '.',
	grain: (g, n) => (n === 1 ? EN_GRAIN[g] : `${EN_GRAIN[g]}s`)
};

const ZH: Formats = {
	lang: 'zh',
	notReported: '未报道',
	tokens: (n) => `${n}万亿`,
	pct: (n) => `${n}%`,
	points: (n) => `${n}个百分点`,
	usd: (n) => `${n}美元`,
	day: (d, m) => `${m}月${d}日`,
	days: (d1, m1, d2, m2) => (m1 === m2 ? `${m1}月${d1}日至${d2}日` : `${m1}月${d1}日至${m2}月${d2}日`),
	date: (d, m, y) => `${y}年${m}月${d}日`,
	monthYear: (m, y) => `${y}年${m}月`,
	month: (m, y) => (y === undefined ? `${m}月` : `${y}年${m}月`),
	quarter: (q, y) => `${y}年第${q}季度`,
	year: (y) => `${y}年`,
	withYear: (text, y) => `${y}年${text}`,
	span: (from, to) => `${from}至${to}`,
	and: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`),
	sentences: (items) => items.join(''),
	semi: '；',
	comma: '，',
	stop: '。',
	grain: (g) => ZH_GRAIN[g]
};

const AR: Formats = {
	lang: 'ar',
	notReported: 'غير مذكور',
	tokens: (n) => `${n} تريليون`,
	pct: (n) => `${n}${LRM}%${LRM}`,
	points: (n) => `${n} نقطة مئوية`,
	usd: (n) => `${n} دولار`,
	day: (d, m) => `${d} ${AR_MONTHS[m - 1]}`,
	days: (d1, m1, d2, m2) =>
		m1 === m2 ? `${d1}–${d2} ${AR_MONTHS[m2 - 1]}` : `${d1} ${AR_MONTHS[m1 - 1]} – ${d2} ${AR_MONTHS[m2 - 1]}`,
	date: (d, m, y) => `${d} ${AR_MONTHS[m - 1]} ${y}`,
	monthYear: (m, y) => `${AR_MONTHS[m - 1]} ${y}`,
	month: (m, y) => (y === undefined ? AR_MONTHS[m - 1] : `${AR_MONTHS[m - 1]} ${y}`),
	quarter: (q, y) => `الربع ${['الأول', 'الثاني', 'الثالث', 'الرابع'][q - 1]} ${y}`,
	year: (y) => String(y),
	withYear: (text, y) => `${text} ${y}`,
	span: (from, to) => `من ${from} إلى ${to}`,
	and: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(' و')} و${items[items.length - 1]}`),
	sentences: (items) => items.join(' '),
	semi: '؛ ',
	comma: '، ',
	stop: '.',
	// The plural of three to ten, which the captions' counts of periods most often are.
	grain: (g, n) => AR_GRAIN[g][n === 1 ? 0 : 1]
};

const FORMATS: Record<LangCode, Formats> = { en: EN, zh: ZH, ar: AR };

/** How `lang` writes units, dates and lists. */
export function formatsOf(lang: LangCode): Formats {
	return FORMATS[lang];
}
