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
		// Whole words only: "Orca K2.6" in "Orca K2.6's", not "4.6" in "14.6".
		if (!/[\p{L}\p{N}]/u.test(before ?? '') && !/[\p{N}]/u.test(after ?? '')) {
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

/** The figures of `text`, given the names (with digits) the data holds. */
export function figuresIn(text: string, names: readonly string[] = []): Figure[] {
	const mask = new Array<boolean>(text.length).fill(false);
	for (const re of [...ADDRESSES, ...DATES, PLACES, VERSIONS, YEAR]) maskAll(mask, text, re);
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
		if (/[\p{L}_.]/u.test(before)) continue;
		if (/[-–/]/.test(before) && /[\p{L}\p{N}]/u.test(before2)) continue;
		if (/\p{L}/u.test(after) && !/^[TKMBx](?!\p{L})/u.test(text.slice(end, end + 2))) continue;
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
	for (const m of text.matchAll(NUMBER_WORD)) {
		if (mask.slice(m.index!, m.index! + m[0].length).some(Boolean)) continue;
		// "twenty-something", "three-quarters", "china-six": a word glued to another by a dash is
		// a name or a manner of speaking, not a count.
		if (/^-\p{L}/u.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 2))) continue;
		if (/\p{L}-$/u.test(text.slice(Math.max(0, m.index! - 2), m.index!))) continue;
		out.push({
			index: m.index!,
			raw: m[0],
			value: fromWords(m[0]),
			decimals: 0,
			words: true,
			capital: /^\p{Lu}/u.test(m[0])
		});
	}
	return out.sort((a, b) => a.index - b.index);
}
