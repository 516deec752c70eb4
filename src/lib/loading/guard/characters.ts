/**
 * Characters a reader cannot see or the story's fonts cannot draw. A zero-width space inside a
 * model name makes two names that look the same differ (a title then counts 3 models, not 4); a
 * right-to-left override reverses the words after it; an emoji or a CJK ideograph is drawn by
 * whatever font the reader's device has, or as a box. Each stops the build at its file and line,
 * named by code point (`U+200B ZERO WIDTH SPACE`) and field.
 *
 * What the fonts draw is read from font-coverage.json, which `npm run fonts` writes from the
 * font files (and scripts/fonts.test.ts checks against them), so the build needs no font parser.
 */
import type { DataErrorInit } from '../errors.ts';
import coverage from './font-coverage.json' with { type: 'json' };
import type { GuardDataset, GuardNarrative } from './dataset.ts';
import { eachCell } from './dataset.ts';
import { placeAt, placedScalars } from './places.ts';

/** Characters with a name in messages: invisible ones, direction controls, odd spaces. */
const NAMES: Record<number, string> = {
	0x00ad: 'SOFT HYPHEN',
	0x061c: 'ARABIC LETTER MARK',
	0x180e: 'MONGOLIAN VOWEL SEPARATOR',
	0x200b: 'ZERO WIDTH SPACE',
	0x200c: 'ZERO WIDTH NON-JOINER',
	0x200d: 'ZERO WIDTH JOINER',
	0x200e: 'LEFT-TO-RIGHT MARK',
	0x200f: 'RIGHT-TO-LEFT MARK',
	0x2028: 'LINE SEPARATOR',
	0x2029: 'PARAGRAPH SEPARATOR',
	0x202a: 'LEFT-TO-RIGHT EMBEDDING',
	0x202b: 'RIGHT-TO-LEFT EMBEDDING',
	0x202c: 'POP DIRECTIONAL FORMATTING',
	0x202d: 'LEFT-TO-RIGHT OVERRIDE',
	0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2060: 'WORD JOINER',
	0x2061: 'FUNCTION APPLICATION',
	0x2062: 'INVISIBLE TIMES',
	0x2063: 'INVISIBLE SEPARATOR',
	0x2064: 'INVISIBLE PLUS',
	0x2066: 'LEFT-TO-RIGHT ISOLATE',
	0x2067: 'RIGHT-TO-LEFT ISOLATE',
	0x2068: 'FIRST STRONG ISOLATE',
	0x2069: 'POP DIRECTIONAL ISOLATE',
	0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)',
	0xfffc: 'OBJECT REPLACEMENT CHARACTER',
	0xfffd: 'REPLACEMENT CHARACTER',
	0x0009: 'CHARACTER TABULATION (tab)',
	0x007f: 'DELETE'
};

const INVISIBLE = new Set([0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]);
const DIRECTION = new Set([
	0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069
]);

export interface Coverage {
	/** What the full fonts draw: `npm run fonts` can add any of these. */
	full: ReadonlyArray<readonly [number, number]>;
	/** What the fonts the site serves draw today. */
	served: ReadonlyArray<readonly [number, number]>;
}

export const FONT_COVERAGE: Coverage = coverage as unknown as Coverage;

/** Ranges of both lists as one sorted list of disjoint ranges, for the search in `within`. */
function merged(a: Coverage['full'], b: Coverage['full']): [number, number][] {
	const out: [number, number][] = [];
	for (const [x, y] of [...a, ...b].sort((p, q) => p[0] - q[0])) {
		const last = out[out.length - 1];
		if (last && x <= last[1] + 1) last[1] = Math.max(last[1], y);
		else out.push([x, y]);
	}
	return out;
}

/**
 * What an edition's fonts draw: the story's (its Latin words and digits) and its script's family
 * (a Han character in zh, an Arabic letter in ar), as `npm run fonts` cut them. A language whose
 * script has no family of its own draws with the story's fonts alone.
 */
export function editionCoverage(lang: string): Coverage {
	const langs = (coverage as unknown as { langs?: Record<string, Coverage> }).langs ?? {};
	const own = langs[lang];
	if (!own) return FONT_COVERAGE;
	return { full: merged(FONT_COVERAGE.full, own.full), served: merged(FONT_COVERAGE.served, own.served) };
}

function within(ranges: Coverage['full'], cp: number): boolean {
	let lo = 0;
	let hi = ranges.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const [a, b] = ranges[mid];
		if (cp < a) hi = mid - 1;
		else if (cp > b) lo = mid + 1;
		else return true;
	}
	return false;
}

/** `U+200B ZERO WIDTH SPACE`, `U+1F600 "😀" (an emoji)`, `U+4E4B "之" (a CJK ideograph)`. */
export function nameOf(cp: number): string {
	const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
	if (NAMES[cp]) return `${hex} ${NAMES[cp]}`;
	const ch = String.fromCodePoint(cp);
	if (cp < 0x20 || (cp >= 0x80 && cp < 0xa0)) return `${hex} (a control character)`;
	if (/\p{Extended_Pictographic}|\p{Emoji_Presentation}|\p{Regional_Indicator}/u.test(ch))
		return `${hex} "${ch}" (an emoji)`;
	if (cp >= 0xfe00 && cp <= 0xfe0f)
		return `${hex} VARIATION SELECTOR-${cp - 0xfe00 + 1} (invisible; it follows an emoji)`;
	if (/\p{Script=Han}/u.test(ch)) return `${hex} "${ch}" (a CJK ideograph)`;
	if (/\p{Co}|\p{Cn}/u.test(ch)) return `${hex} (a private or unassigned code point)`;
	return `${hex} "${ch}"`;
}

/**
 * What is wrong with one character, or null. `where` says whether a tab is allowed (story.yaml
 * may hold tabs in its text; a CSV value may not: it shows as a gap no one typed).
 */
export function characterProblem(cp: number, opts: { tabs?: boolean; coverage?: Coverage } = {}): string | null {
	const cov = opts.coverage ?? FONT_COVERAGE;
	if (cp === 0x0a || cp === 0x0d || (cp === 0x09 && opts.tabs)) return null;
	const name = nameOf(cp);
	if (INVISIBLE.has(cp))
		return `${name}, an invisible character: it makes two words that look the same differ; delete it`;
	if (DIRECTION.has(cp))
		return `${name}, a direction control: it changes the order in which the words after it are shown; delete it`;
	if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x2028 || cp === 0x2029)
		return `${name}, a control character the page cannot show; delete it (or use a space)`;
	if (cp >= 0xfe00 && cp <= 0xfe0f) return `${name}; delete it`;
	// Spaces other than these are drawn as space whatever the font.
	if (/\s/u.test(String.fromCodePoint(cp))) return null;
	if (within(cov.served, cp)) return null;
	if (within(cov.full, cp)) return `${name}: the story's fonts were cut without it; run npm run fonts to add it`;
	return `${name}: the story's fonts cannot draw it, so readers would see a box or another font; write it another way (in words, or in Latin letters)`;
}

/** The value as an editor can read it, with the offending characters written out: `MiMo‹U+200B›-V2-Pro`. */
export function showValue(raw: string, max = 60): string {
	let out = '';
	for (const ch of raw) {
		const cp = ch.codePointAt(0)!;
		out +=
			characterProblem(cp, { tabs: false }) !== null && !/\p{L}|\p{N}|\p{So}/u.test(ch)
				? `‹U+${cp.toString(16).toUpperCase().padStart(4, '0')}›`
				: ch;
	}
	out = out.replace(/\s+/g, ' ').trim();
	return JSON.stringify(out.length > max ? `${out.slice(0, max - 1)}…` : out);
}

interface Found {
	cp: number;
	/** Index of the character in the text. */
	index: number;
	detail: string;
}

/** Every problem character of `text`, the first occurrence of each code point. */
export function findCharacters(text: string, opts: { tabs?: boolean; coverage?: Coverage } = {}): Found[] {
	const seen = new Set<number>();
	const out: Found[] = [];
	let index = 0;
	for (const ch of text) {
		const cp = ch.codePointAt(0)!;
		if (!seen.has(cp)) {
			const detail = characterProblem(cp, opts);
			if (detail !== null) {
				seen.add(cp);
				out.push({ cp, index, detail });
			}
		}
		index += ch.length;
	}
	return out;
}

/** Problem characters in a dataset's header and cells, at their line and column. */
export function datasetCharacters(ds: GuardDataset, coverage?: Coverage): DataErrorInit[] {
	const out: DataErrorInit[] = [];
	for (const name of ds.header) {
		for (const f of findCharacters(name, { coverage })) {
			out.push({
				file: ds.file,
				line: 1,
				field: name,
				detail: `the header's column name ${showValue(name)} holds ${f.detail}`
			});
		}
	}
	eachCell(ds, (_row, column, raw, lineAt) => {
		for (const f of findCharacters(raw, { coverage })) {
			out.push({ file: ds.file, line: lineAt(f.index), field: column, detail: `${showValue(raw)} holds ${f.detail}` });
		}
	});
	return out;
}

/** Problem characters anywhere in story.yaml, at their line, with the step or dataset and field. */
export function narrativeCharacters(n: GuardNarrative, coverage?: Coverage): DataErrorInit[] {
	const out: DataErrorInit[] = [];
	const scalars = placedScalars(n);
	// A byte order mark that opens the file is how some editors save UTF-8; anywhere else it is in the text.
	const start = n.text.startsWith('\uFEFF') ? 1 : 0;
	n.text.split('\n').reduce((offset, lineText, i) => {
		const from = i === 0 ? start : 0;
		for (const f of findCharacters(lineText.slice(from), { tabs: true, coverage })) {
			const at = offset + from + f.index;
			const place = placeAt(scalars, at);
			const value = place.field ? ` ${showValue(lineText.trim())}` : '';
			out.push({
				file: n.file,
				line: i + 1,
				context: place.context,
				field: place.field,
				detail: `${value ? `${value.trim()} holds ` : ''}${f.detail}`
			});
		}
		return offset + lineText.length + 1;
	}, 0);
	return out;
}
