/**
 * What the self-hosted fonts must cover, read from the story and the code, so `npm run fonts`
 * and the font test agree on it: the characters to keep, what a font draws, its advance widths.
 * Pure functions over file contents, plus `collectSources`, which reads the tree. The families and
 * their slices are in `font-families.mjs`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as hb from 'harfbuzzjs';
import fontverter from 'fontverter';

/** Where `npm run fonts` writes the code points the fonts draw, for the build's character check. */
export const COVERAGE_FILE = 'src/lib/loading/guard/font-coverage.json';

/**
 * The code points a font file (woff2 or sfnt) draws and its weight axis.
 * @param {Buffer} bytes
 * @returns {Promise<{ unicodes: Set<number>, wght: { min: number, max: number } }>}
 */
export async function fontFacts(bytes) {
	const sfnt = await fontverter.convert(bytes, 'sfnt');
	const face = new hb.Face(new hb.Blob(sfnt));
	const axis = face.getAxisInfos().wght;
	return { unicodes: new Set(face.collectUnicodes()), wght: { min: axis.min, max: axis.max } };
}

/**
 * The code points every one of `sets` holds, as sorted [first, last] ranges: what the story's
 * fonts can all draw, small enough to commit and read at build time.
 * @param {Set<number>[]} sets
 * @returns {[number, number][]}
 */
export function commonRanges(sets) {
	const common = [...sets[0]].filter((cp) => sets.every((s) => s.has(cp))).sort((a, b) => a - b);
	/** @type {[number, number][]} */
	const out = [];
	for (const cp of common) {
		const last = out[out.length - 1];
		if (last && last[1] === cp - 1) last[1] = cp;
		else out.push([cp, cp]);
	}
	return out;
}

/**
 * Always kept, whatever the story says today: ASCII, Latin-1 (names with accents), the
 * typographic punctuation and the few symbols a number story reaches for. An editor who writes
 * "Mistral's Le Chat é" needs no new fonts.
 */
export const BASE_RANGES = [
	[0x20, 0x7e],
	[0xa0, 0xff],
	[0x2010, 0x2027],
	[0x2030, 0x203a]
];
export const BASE_EXTRA = '€™−×÷≤≥±→←↑↓';

/**
 * The files whose text a reader can see: the stories (the test stories too), their data, and the
 * components' strings. The code's comments are left out (a reader never sees the θ a comment
 * explains an angle with), so a character there adds nothing to the fonts.
 */
export function collectSources(root) {
	/** @type {{ file: string, text: string }[]} */
	const out = [];
	const walk = (dir, keep, read = (/** @type {string} */ t) => t) => {
		for (const name of readdirSync(dir)) {
			const full = path.join(dir, name);
			if (statSync(full).isDirectory()) walk(full, keep, read);
			else if (keep(name)) out.push({ file: path.relative(root, full), text: read(readFileSync(full, 'utf8')) });
		}
	};
	walk(path.join(root, 'data'), (n) => /\.(ya?ml|csv)$/.test(n));
	// The test stories are built too (TEST_STORIES) and checked against the same fonts. A page
	// fetches a slice only for the characters it shows, so their letters cost the other stories nothing.
	const tests = path.join(root, 'tests/fixtures/stories');
	if (existsSync(tests)) walk(tests, (n) => /\.(ya?ml|csv)$/.test(n));
	walk(path.join(root, 'src'), (n) => /\.(svelte|ts|html|css)$/.test(n) && !/\.test\.ts$/.test(n), withoutComments);
	return out;
}

/**
 * Code without its comments: block and HTML comments, and a line comment after a space or at a
 * line's start (so the `//` of a URL in a string stays).
 */
export function withoutComments(/** @type {string} */ code) {
	return code.replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->|(^|\s)\/\/[^\n]*/gm, (_m, before) => before ?? '');
}

/**
 * Every character the fonts must draw: the base set plus any other visible character in `texts`,
 * and its capital: kickers and labels are set in capitals (`text-transform: uppercase`), so a
 * kicker that names Gdańsk shows an "Ń".
 */
export function charactersToKeep(texts) {
	const set = new Set();
	for (const [a, b] of BASE_RANGES) for (let c = a; c <= b; c++) set.add(c);
	for (const ch of BASE_EXTRA) set.add(/** @type {number} */ (ch.codePointAt(0)));
	for (const text of texts)
		for (const cp of visibleCodePoints(text))
			for (const ch of String.fromCodePoint(cp) + String.fromCodePoint(cp).toUpperCase())
				set.add(/** @type {number} */ (ch.codePointAt(0)));
	return [...set].sort((x, y) => x - y);
}

/**
 * The visible characters of `text` that a font with the code points `unicodes` cannot draw, each
 * with the 1-based lines it appears on, in order of first use.
 * @param {string} text
 * @param {Set<number>} unicodes
 * @returns {{ cp: number, lines: number[] }[]}
 */
export function undrawable(text, unicodes) {
	/** @type {Map<number, number[]>} */
	const out = new Map();
	text.split('\n').forEach((line, i) => {
		for (const cp of visibleCodePoints(line)) {
			if (unicodes.has(cp)) continue;
			const lines = out.get(cp) ?? [];
			if (!lines.includes(i + 1)) lines.push(i + 1);
			out.set(cp, lines);
		}
	});
	return [...out].map(([cp, lines]) => ({ cp, lines }));
}

/** Code points of `text` a font draws (not controls, not whitespace). */
export function visibleCodePoints(text) {
	const out = new Set();
	for (const ch of text) {
		const cp = /** @type {number} */ (ch.codePointAt(0));
		if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || /\s/.test(ch) || cp === 0xfeff) continue;
		out.add(cp);
	}
	return out;
}

/**
 * The font weights the styles ask for: `font-weight: N`, the `font: N ...` shorthand, and 700 for
 * `<strong>`, `<b>` and `<th>` (the browser's bold). `@font-face` descriptors are not requests.
 */
export function weightsUsed(css) {
	const out = new Set([400, 700]);
	const body = css.replace(/@font-face\s*\{[^}]*\}/g, '');
	for (const m of body.matchAll(/font-weight:\s*(\d{3})\b/g)) out.add(Number(m[1]));
	for (const m of body.matchAll(/\bfont:\s*(?:italic\s+|normal\s+)?(\d{3})\s/g)) out.add(Number(m[1]));
	return [...out].sort((a, b) => a - b);
}

/** `@font-face` weight ranges by family, from a stylesheet. */
export function fontFaceWeights(css) {
	/** @type {Record<string, [number, number]>} */
	const out = {};
	for (const m of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
		const family = m[1].match(/font-family:\s*'([^']+)'/)?.[1];
		const w = m[1].match(/font-weight:\s*(\d{3})(?:\s+(\d{3}))?/);
		if (family && w) out[family] = [Number(w[1]), Number(w[2] ?? w[1])];
	}
	return out;
}

/** Where the fonts' advance widths go, for the build's check that a step's words fit the stage. */
export const ADVANCES_FILE = 'src/lib/loading/guard/font-advances.json';

/**
 * The characters kerning and ligatures are read for, pair by pair: those prose is mostly set in
 * (printable ASCII, the curly apostrophe and quotes, the dashes). Every pair of them is small
 * enough to commit; a rarer pair counts at its plain advances.
 */
const KERNED = [
	...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i),
	0x2013,
	0x2014,
	0x2018,
	0x2019,
	0x201c,
	0x201d
];

/**
 * The advance width of every code point a font draws, at each of `weights`, in units per em: the
 * hmtx advances with the weight axis applied (HVAR), one character at a time. `kern` holds, for
 * each pair of `KERNED` characters that harfbuzz sets narrower or wider than their two advances
 * (kerning; a ligature such as "fi"), that difference: the pair as two characters, then the number.
 * @param {Buffer} bytes
 * @param {number[]} weights
 * @returns {Promise<{ upem: number, codepoints: number[], advances: Record<string, number[]>, kern: Record<string, Record<string, number>> }>}
 */
export async function fontAdvances(bytes, weights) {
	const sfnt = await fontverter.convert(bytes, 'sfnt');
	const face = new hb.Face(new hb.Blob(sfnt));
	const codepoints = [...face.collectUnicodes()].sort((a, b) => a - b);
	const pairable = KERNED.filter((cp) => codepoints.includes(cp));
	/** @type {Record<string, number[]>} */
	const advances = {};
	/** @type {Record<string, Record<string, number>>} */
	const kern = {};
	for (const weight of weights) {
		const font = new hb.Font(face);
		font.setVariations([/** @type {hb.Variation} */ (hb.Variation.fromString(`wght=${weight}`))]);
		const advance = (/** @type {number} */ cp) => font.glyphHAdvance(font.nominalGlyph(cp) ?? 0);
		advances[weight] = codepoints.map(advance);
		kern[weight] = {};
		for (const a of pairable)
			for (const b of pairable) {
				const buffer = new hb.Buffer();
				buffer.addText(String.fromCodePoint(a, b));
				buffer.guessSegmentProperties();
				hb.shape(font, buffer);
				const set = buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0);
				const delta = set - advance(a) - advance(b);
				if (delta !== 0) kern[weight][String.fromCodePoint(a, b)] = delta;
			}
	}
	return { upem: face.upem, codepoints, advances, kern };
}
