/**
 * Number formats used across charts and copy, in one place so a table, a label and a caption
 * always print a value the same way. `null` means "not reported" and says so.
 */

import type { Grain } from './periods.ts';
import type { LangCode } from './locale/langs.ts';
import { formatsOf } from './locale/formats.ts';

export const NOT_REPORTED = 'not reported';

/** "not reported" in `lang`. */
export function notReported(lang: LangCode = 'en'): string {
	return formatsOf(lang).notReported;
}

/**
 * `value` with between `min` and `max` decimals and digit grouping ("1,234.5"), exactly as
 * `Intl.NumberFormat` prints it for `en`, `zh-Hans` and `ar`, but without Intl: the first Intl formatter a page makes
 * loads locale data, a long part of the first chart's drawing on a phone. Like Intl, it rounds the number's
 * shortest decimal form half away from zero (1.005 -> "1.01", where `toFixed` gives "1.00").
 */
export function decimals(value: number, min: number, max = min): string {
	const [int, rawFrac] = roundDecimal(Math.abs(value), max);
	const frac = rawFrac.replace(/0+$/, '').padEnd(min, '0');
	const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	const negative = value < 0 || Object.is(value, -0);
	return (negative ? '-' : '') + grouped + (frac ? `.${frac}` : '');
}

/** Integer and fraction digits of `abs` rounded to `digits` decimals, from its shortest form. */
function roundDecimal(abs: number, digits: number): [string, string] {
	const str = String(abs);
	if (/e/i.test(str)) {
		const [i, f = ''] = abs.toFixed(digits).split('.');
		return [i, f];
	}
	const [i, f = ''] = str.split('.');
	if (f.length <= digits) return [i, f.padEnd(digits, '0')];
	let all = i + f.slice(0, digits);
	if (f[digits] >= '5') all = (BigInt(all) + 1n).toString().padStart(all.length, '0');
	return [all.slice(0, all.length - digits) || '0', all.slice(all.length - digits)];
}

function fixed(value: number, digits: number): string {
	return decimals(value, digits);
}

/** Trillions of tokens: 8.21 -> "8.21T" ("8.21万亿" in zh). */
export function formatTokens(value: number | null, digits = 2, lang: LangCode = 'en'): string {
	return value === null ? notReported(lang) : formatsOf(lang).tokens(fixed(value, digits));
}

/** Percent share: 17.8 -> "17.8%". */
export function formatPct(value: number | null, digits = 1, lang: LangCode = 'en'): string {
	return value === null ? notReported(lang) : formatsOf(lang).pct(fixed(value, digits));
}

/** Percentage points: 9.5 -> "9.5 pts". */
export function formatPoints(value: number | null, digits = 1, lang: LangCode = 'en'): string {
	return value === null ? notReported(lang) : formatsOf(lang).points(fixed(value, digits));
}

/**
 * Dollars at the precision the source gives, never rounded away: 15 -> "$15", 1.95 -> "$1.95",
 * 2.5 -> "$2.50", 0.325 -> "$0.325" (a list price of $0.325 is not $0.33).
 */
export function formatUsd(value: number | null, lang: LangCode = 'en'): string {
	return value === null ? notReported(lang) : formatsOf(lang).usd(sourceDigits(value));
}

/** A price's number at the precision the source gives (see formatUsd): 15 -> "15", 2.5 -> "2.50". */
export function sourceDigits(value: number): string {
	const cents = value * 100;
	const digits = Number.isInteger(value) ? 0 : Math.abs(cents - Math.round(cents)) < 1e-9 ? 2 : 3;
	return fixed(value, digits);
}

/** A score, with "~" when the source gives it as approximate and "±" when it states an error. */
export function formatScore(
	value: number | null,
	opts: { approximate?: boolean; error?: number | null } = {},
	lang: LangCode = 'en'
): string {
	if (value === null) return notReported(lang);
	const digits = Number.isInteger(value) ? 0 : 1;
	const base = `${opts.approximate ? '~' : ''}${fixed(value, digits)}`;
	return opts.error ? `${base} ±${opts.error}` : base;
}

/** An ISO date's year, month and day as numbers; parsed by hand so the server and browser agree on the day. */
function parts(iso: string): [number, number, number] {
	const [y, m, d] = iso.split('-').map(Number);
	return [y, m, d];
}

/** An ISO date (YYYY-MM-DD) as "9 Feb". */
export function formatDay(iso: string, lang: LangCode = 'en'): string {
	const [, m, d] = parts(iso);
	return formatsOf(lang).day(d, m);
}

/** A source date, "2026-04-18" as "18 April 2026" or "2026-04" as "April 2026". */
export function formatDate(iso: string, lang: LangCode = 'en'): string {
	const [y, m, d] = parts(iso);
	const f = formatsOf(lang);
	return d ? f.date(d, m, y) : f.monthYear(m, y);
}

/** A week as "9-15 Feb" or "30 Mar-5 Apr". */
export function formatWeek(startIso: string, endIso: string, lang: LangCode = 'en'): string {
	const [, m1, d1] = parts(startIso);
	const [, m2, d2] = parts(endIso);
	return formatsOf(lang).days(d1, m1, d2, m2);
}

/** A month on an axis or in a caption: "Mar", or "Mar 2024" with its year. */
export function formatMonth(iso: string, withYear = false, lang: LangCode = 'en'): string {
	const [y, m] = parts(iso);
	return formatsOf(lang).month(m, withYear ? y : undefined);
}

/**
 * A period of a timeline as captions, tables and tips write it: a day "9 Feb", a week "9-15 Feb",
 * a month "Mar 2024", a quarter "Q1 2024", a year "2024"; `withYear` adds the year to days and
 * weeks where the span shown crosses one (a week across New Year always carries both).
 */
export function formatPeriod(
	start: string,
	end: string,
	grain: Grain,
	withYear = false,
	lang: LangCode = 'en'
): string {
	const f = formatsOf(lang);
	const y = Number(start.slice(0, 4));
	if (grain === 'year') return f.year(y);
	if (grain === 'quarter') return f.quarter(Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1, y);
	if (grain === 'month') return formatMonth(start, true, lang);
	const y2 = Number(end.slice(0, 4));
	if (grain === 'week') {
		if (y2 !== y) return `${f.withYear(formatDay(start, lang), y)}-${f.withYear(formatDay(end, lang), y2)}`;
		return withYear ? f.withYear(formatWeek(start, end, lang), y) : formatWeek(start, end, lang);
	}
	const day = start === end ? formatDay(start, lang) : formatWeek(start, end, lang);
	return withYear ? f.withYear(day, y) : day;
}
