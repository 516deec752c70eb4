/**
 * Which numbers in a piece of text are figures. A figure is a quantity a reader takes as a fact
 * ("8.21 trillion", "$0.40", "46.6%", "1,753 Elo", "six of the top ten", "three weeks ahead"),
 * in digits or in words. Not figures: dates and years ("9 February", "9-15 Feb", "May 18-24",
 * "late 2019"), model and product names ("Zephyr-5.5", "Nova Lite 4.6", "Orca3.6": any name the
 * data holds, and any number glued to a letter), version labels ("v4.0", "version 4.0"), ranks and
 * places ("top 10", "the top five", "ranks six to ten", "#1", "step 4": a set of ranks, not a
 * measurement), ordinals ("second", "3rd"), the numbers of a link's address or of a reference, and
 * the words "one", "half", "a quarter", "twice" (as often an article or a manner of speaking as a
 * count; where one counts, write the reference anyway).
 */

import type { LangCode } from '../../model/locale/langs.ts';

export interface Figure {
	/** Index in the text, the figure as written ("1,753"), its value and its decimals. */
	index: number;
	raw: string;
	value: number;
	decimals: number;
	/** Written in words ("six"), and then whether capitalised ("Six"). */
	words: boolean;
	capital: boolean;
}

const MONTH =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b';
const RANGE = '(?:\\s*(?:-|–|to)\\s*\\d{1,2})?';
/** "9 February", "2 to 8 April", "30 Mar", "May 18-24", "April 2026". */
const DATES = [
	new RegExp(`\\b\\d{1,2}${RANGE}\\s+${MONTH}`, 'g'),
	new RegExp(`\\b${MONTH}\\s+\\d{1,2}${RANGE}\\b`, 'g')
];
/** A year: 1900-2099 standing alone (not "$2026", "2026%" or "2,026"). */
const YEAR = /(?<![\d$.,])(?:19|20)\d\d(?![\d%]|\.\d)/g;
const UNITS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** "two" to "ninety-nine" ("one" is left out: see above), as a pattern. */
const WORD = `(?:(?:${TENS.join('|')})(?:-(?:one|${UNITS.join('|')}))?|${TEENS.join('|')}|${UNITS.join('|')})`;
const NUMBER_WORD = new RegExp(`\\b${WORD}\\b`, 'gi');
/** A number as words prints it: 6 -> "six", 21 -> "twenty-one"; null when it has no such form. */
export function inWords(value: number): string | null {
	if (!Number.isInteger(value) || value < 0 || value > 99) return null;
	const small = ['zero', 'one', ...UNITS];
	if (value < 10) return small[value];
	if (value < 20) return TEENS[value - 10];
	const unit = value % 10;
	return TENS[Math.floor(value / 10) - 2] + (unit ? `-${small[unit]}` : '');
}

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A whole number from 0 to 99 in zh numerals (汉字), as the press writes counts: 6 -> 六, 21 -> 二十一. */
function inChinese(value: number): string | null {
	if (!Number.isInteger(value) || value < 0 || value > 99) return null;
	if (value < 10) return ZH_DIGITS[value];
	const tens = Math.floor(value / 10);
	const unit = value % 10;
	return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${unit ? ZH_DIGITS[unit] : ''}`;
}

/**
 * A number in words in a language, for the `words` format: English words, zh numerals;
 * Arabic newsrooms write counts in digits (its number words agree in gender with what they count).
 */
export function inWordsIn(value: number, lang: LangCode): string | null {
	if (lang === 'zh') return inChinese(value);
	if (lang === 'ar') return Number.isInteger(value) && value >= 0 && value <= 99 ? String(value) : null;
	return inWords(value);
}

function fromWords(word: string): number {
	for (let v = 2; v < 100; v++) if (inWords(v) === word.toLowerCase()) return v;
	return NaN;
}

const N = `(?:\\d+|${WORD})`;
/** Ranks and places: "top 10", "the top five", "ranks 6-10", "ranks six to ten", "#1", "No. 2", "step 4". */
const PLACES = new RegExp(
	`(?:\\btop-?|\\branks?|\\bNo\\.|\\bsteps?|\\bpages?|#)\\s*${N}(?:\\s*(?:-|–|to)\\s*${N})?`,
	'gi'
);
/** Version labels: "version 4.0", "v4.0" (a number glued to a letter is never a figure). */
const VERSIONS = /\bversions?\s+\d+(?:\.\d+)*/gi;
/** A link's address (the numbers of a URL), and a reference to the data. */
const ADDRESSES = [/\]\([^)]*\)/g, /https?:\/\/\S+/g, /\{[^{}]*\}/g];
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

function maskAll(mask: boolean[], text: string, re: RegExp): void {
	for (const m of text.matchAll(re)) for (let i = m.index!; i < m.index! + m[0].length; i++) mask[i] = true;
}

function maskLiteral(mask: boolean[], text: string, literal: string): void {
	if (literal === '') return;
	let at = text.indexOf(literal);
	while (at !== -1) {
		const before = text[at - 1];
		const after = text[at + literal.length];
		// Whole words only: "Orca K2.6" in "Orca K2.6's", not "4.6" in "14.6"; a Han character
		// beside it is not part of it, since zh writes no space between words.
		if (!/[\p{Script=Latin}\p{N}]/u.test(before ?? '') && !/[\p{N}]/u.test(after ?? '')) {
			for (let i = at; i < at + literal.length; i++) mask[i] = true;
		}
		at = text.indexOf(literal, at + 1);
	}
}

/**
 * The names to mask: each name that holds a digit, and each run of its words that starts with a
 * word and holds a digit ("Lite 4.7" of "Nova Lite 4.7", "Orca 3.1 Pro" of "Orca 3.1 Pro
 * Preview", as copy and notes shorten them).
 */
export function nameForms(names: Iterable<string>): string[] {
	const out = new Set<string>();
	for (const name of names) {
		if (!/\d/.test(name)) continue;
		out.add(name);
		const words = name.split(/\s+/);
		for (let a = 0; a < words.length; a++) {
			for (let b = a + 2; b <= words.length; b++) {
				const run = words.slice(a, b).join(' ');
				if (/^\p{L}/u.test(run) && /\d/.test(run)) out.add(run);
			}
		}
	}
	// Longest first, so "Nova Lite 4.7" is masked before "Lite 4.7" (either way, all of it).
	return [...out].sort((a, b) => b.length - a.length);
}

const ZH_NUMERAL = '[一二三四五六七八九十两]';
/** zh dates: "2026年4月24日", "4月2日至8日", "3月30日至4月5日" (a year alone is a YEAR). */
const ZH_DATES = [
	/(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日)?(?:\s*[至到\-–—~]\s*(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?\d{1,2}日?)?/g,
	/(?:19|20)\d\d年/g
];
/** zh ranks and places: "第6至10名", "前10名", "前十", "排名第一", "#1". */
const ZH_PLACES = new RegExp(
	`(?:第|前|#)\\s*(?:\\d+|${ZH_NUMERAL}+)(?:\\s*[至到\\-–]\\s*第?(?:\\d+|${ZH_NUMERAL}+))?\\s*[名位强周步页]?`,
	'g'
);
const ZH_VERSIONS = /(?:版本|版)\s*\d+(?:\.\d+)*|\d+(?:\.\d+)*\s*版/g;
/** A count in zh numerals before a measure word: "六家", "十个", "两周" (not 十分 "very", nor a date). */
const ZH_NUMBER_WORD =
	/(?<![一二三四五六七八九十两零百千万亿第前])(?:[二三四五六七八九]?十[一二三四五六七八九]?|[二三四五六七八九两])(?=[个家款周名项倍种条次位天成类所方点组])/g;
const AR_MONTH = '(?:يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)';
/** Arabic dates: "24 أبريل 2026", "9–15 فبراير", "أبريل 2026". */
const AR_DATES = [
	new RegExp(`\\d{1,2}(?:\\s*(?:-|–|إلى)\\s*\\d{1,2})?\\s+${AR_MONTH}`, 'g'),
	new RegExp(`${AR_MONTH}\\s+\\d{4}`, 'g')
];
/** Arabic counts in words, two to ten, either gender ("ستة", "ست"), with a joined "and", "by" or "for". */
const AR_WORDS: [number, string[]][] = [
	[2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين']],
	[3, ['ثلاثة', 'ثلاث']],
	[4, ['أربعة', 'أربع']],
	[5, ['خمسة', 'خمس']],
	[6, ['ستة', 'ست']],
	[7, ['سبعة', 'سبع']],
	[8, ['ثمانية', 'ثماني', 'ثمان']],
	[9, ['تسعة', 'تسع']],
	[10, ['عشرة', 'عشر']]
];
const AR_NUMBER_WORD = new RegExp(
	`(?<!\\p{Script=Arabic})(?:[وبلف]|[وبف]?ال|لل)?(${AR_WORDS.flatMap(([, w]) => w).join('|')})(?!\\p{Script=Arabic})`,
	'gu'
);
const fromArabic = (word: string) => AR_WORDS.find(([, forms]) => forms.includes(word))?.[0] ?? NaN;
/** Arabic ranks and places: "المرتبة 6", "المراتب من 6 إلى 10", "أول 10", "#1". */
const AR_PLACES = /(?:المرتبة|المراتب|المركز|أول|#)\s*(?:من\s+)?\d+(?:\s*(?:-|–|إلى)\s*\d+)?/g;

/** What each language masks beside addresses and names: its dates, places, versions and years. */
const MASKS: Record<LangCode, RegExp[]> = {
	en: [...DATES, PLACES, VERSIONS, YEAR],
	zh: [...ZH_DATES, ZH_PLACES, ZH_VERSIONS, YEAR],
	ar: [...AR_DATES, AR_PLACES, VERSIONS, YEAR]
};

function fromChinese(word: string): number {
	const digit = (c: string | undefined) => (c === '两' ? 2 : ZH_DIGITS.indexOf(c ?? ''));
	const ten = word.indexOf('十');
	if (ten === -1) return digit(word);
	const tens = ten === 0 ? 1 : digit(word[0]);
	const unit = word.length > ten + 1 ? digit(word[ten + 1]) : 0;
	return tens * 10 + unit;
}

/**
 * The figures of `text`, given the names (with digits) the data holds, in the words of `lang`. A
 * number glued to a Latin letter is part of a name ("V3.2", "Qwen3.6"); zh writes no space
 * between words, so a number beside a Han character ("约8.6万亿") is a figure.
 */
export function figuresIn(text: string, names: readonly string[] = [], lang: LangCode = 'en'): Figure[] {
	const mask = new Array<boolean>(text.length).fill(false);
	for (const re of [...ADDRESSES, ...MASKS[lang]]) maskAll(mask, text, re);
	for (const name of names) maskLiteral(mask, text, name);
	const out: Figure[] = [];
	for (const m of text.matchAll(NUMBER)) {
		const start = m.index!;
		const end = start + m[0].length;
		if (mask.slice(start, end).some(Boolean)) continue;
		const before = text[start - 1] ?? '';
		const before2 = text[start - 2] ?? '';
		const after = text[end] ?? '';
		// Glued to a word: "GPT-5", "V3.2", "Qwen3.6", "2nd", "M2.7"; but "4.6T" and "3x" are figures.
		if (/[\p{Script=Latin}_.]/u.test(before)) continue;
		if (/[-–/]/.test(before) && /[\p{Script=Latin}\p{N}]/u.test(before2)) continue;
		if (/\p{Script=Latin}/u.test(after) && !/^[TKMBx](?!\p{L})/u.test(text.slice(end, end + 2))) continue;
		const raw = m[0];
		const plain = raw.replace(/,/g, '');
		out.push({
			index: start,
			raw,
			value: Number(plain),
			decimals: plain.includes('.') ? plain.split('.')[1].length : 0,
			words: false,
			capital: false
		});
	}
	const wordsRe = { en: NUMBER_WORD, zh: ZH_NUMBER_WORD, ar: AR_NUMBER_WORD }[lang];
	for (const m of text.matchAll(wordsRe)) {
		if (mask.slice(m.index!, m.index! + m[0].length).some(Boolean)) continue;
		if (lang === 'en') {
			// "twenty-something", "three-quarters", "china-six": a word glued to another by a dash is
			// a name or a manner of speaking, not a count.
			if (/^-\p{L}/u.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 2))) continue;
			if (/\p{L}-$/u.test(text.slice(Math.max(0, m.index! - 2), m.index!))) continue;
		}
		out.push({
			index: m.index!,
			raw: m[0],
			value: lang === 'zh' ? fromChinese(m[0]) : lang === 'ar' ? fromArabic(m[1]) : fromWords(m[0]),
			decimals: 0,
			words: true,
			capital: /^\p{Lu}/u.test(m[0])
		});
	}
	return out.sort((a, b) => a.index - b.index);
}

/** Digits of other scripts and a decimal comma: each a figure in another language's format. */
const FOREIGN: { re: RegExp; says: string }[] = [
	{ re: /[٠-٩۰-۹]+(?:[٫٬.,][٠-٩۰-۹]+)*/g, says: 'in Arabic-Indic digits' },
	{ re: /[０-９]+(?:[．，][０-９]+)*/g, says: 'in full-width digits' },
	{ re: /(?<![\d,.])\d{1,3}(?:\.\d{3})+,\d+|(?<![\d,.])\d+,\d{1,2}(?![\d,])/g, says: 'with a decimal comma' }
];

/**
 * Numbers written in a format the language does not use (every edition here writes 0-9 with "."
 * for decimals and "," between thousands): "٣٧٫١", "３７", "37,1". Each is reported with what it is.
 */
export function foreignFigures(text: string): { index: number; raw: string; says: string }[] {
	const mask = new Array<boolean>(text.length).fill(false);
	for (const re of ADDRESSES) maskAll(mask, text, re);
	return FOREIGN.flatMap(({ re, says }) =>
		[...text.matchAll(re)].filter((m) => !mask[m.index!]).map((m) => ({ index: m.index!, raw: m[0], says }))
	).sort((a, b) => a.index - b.index);
}
