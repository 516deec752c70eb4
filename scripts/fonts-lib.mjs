/**
 * What the self-hosted fonts must cover, read from the story and the code, so `npm run fonts`
 * and the font test agree on it: the families and their full sources, the characters to keep, the
 * served slices and their `@font-face` rules. Pure functions over file contents, plus the few that
 * read the tree (`collectSources`, `fullSources`, `servedFaces`).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as hb from 'harfbuzzjs';
import fontverter from 'fontverter';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

/**
 * The families the site serves, each from its fontsource package (pinned in package.json): the
 * variable font with the weight axis, cut by Google Fonts into unicode subsets (`SUBSETS`). `still`
 * is the name the stills give the same files (`font-display: block`: a still waits for its fonts).
 */
export const FAMILIES = [
	{
		family: 'Inter',
		still: 'Inter Still',
		prefix: 'inter',
		dir: path.dirname(require.resolve('@fontsource-variable/inter/package.json'))
	},
	{
		family: 'Source Serif 4',
		still: 'Source Serif Still',
		prefix: 'source-serif-4',
		dir: path.dirname(require.resolve('@fontsource-variable/source-serif-4/package.json'))
	}
];

/**
 * The packages' unicode subsets, in the order a character is looked for: one the Latin subset
 * draws is served from the Latin slice, whatever else draws it, so a story in Latin-1 loads that
 * one file and nothing more. A family may lack a subset (Source Serif 4 has no Greek Extended).
 */
export const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'];

/** Where the served slices go, and what the page and the stills declare them in. */
export const SERVED_DIR = 'static/fonts';
export const PAGE_CSS = 'src/fonts.css';
export const STILL_CSS = 'src/lib/drivers/shared/frame/still-fonts.css';

/** A served slice's file name: `inter-latin-wght.woff2`. */
export const servedName = (/** @type {string} */ prefix, /** @type {string} */ subset) =>
	`${prefix}-${subset}-wght.woff2`;

/**
 * A family's full sources: one font per subset the package has, in `SUBSETS` order.
 * @param {{ prefix: string, dir: string }} fam
 * @returns {{ subset: string, bytes: Buffer }[]}
 */
export function fullSources(fam) {
	return SUBSETS.map((subset) => ({
		subset,
		file: path.join(fam.dir, 'files', `${fam.prefix}-${subset}-wght-normal.woff2`)
	}))
		.filter((s) => existsSync(s.file))
		.map((s) => ({ subset: s.subset, bytes: readFileSync(s.file) }));
}

/**
 * `keep` shared out among the subsets: each character to the first whose font draws it, so the
 * slices are disjoint and each character comes from one file. Subsets that get none are left out.
 * @param {Iterable<number>} keep
 * @param {{ subset: string, unicodes: Set<number> }[]} subsets
 * @returns {{ subset: string, unicodes: number[] }[]}
 */
export function shareOut(keep, subsets) {
	const out = subsets.map((s) => ({ subset: s.subset, unicodes: /** @type {number[]} */ ([]) }));
	for (const cp of keep) {
		const i = subsets.findIndex((s) => s.unicodes.has(cp));
		if (i >= 0) out[i].unicodes.push(cp);
	}
	return out.filter((s) => s.unicodes.length > 0);
}

/**
 * A family cut to the code points `keep` and the weights `wght`: a woff2 slice per subset that
 * draws any of them. Also what the family's full sources draw, all subsets together.
 * @param {{ prefix: string, dir: string }} fam
 * @param {number[]} keep
 * @param {{ min: number, max: number }} wght
 */
export async function cutFamily(fam, keep, wght) {
	const sources = fullSources(fam);
	// One at a time: fontverter's decoder does not take two fonts at once.
	const subsets = [];
	for (const s of sources) subsets.push({ ...s, unicodes: (await fontFacts(s.bytes)).unicodes });
	const slices = [];
	for (const { subset, unicodes } of shareOut(keep, subsets)) {
		const source = /** @type {Buffer} */ (subsets.find((s) => s.subset === subset)?.bytes);
		const bytes = await subsetFont(source, String.fromCodePoint(...unicodes), {
			targetFormat: 'woff2',
			variationAxes: { wght }
		});
		slices.push({ subset, file: servedName(fam.prefix, subset), source: source.length, bytes });
	}
	const full = new Set(subsets.flatMap((s) => [...s.unicodes]));
	return { slices, full };
}

/**
 * The served slices of every family, read from `SERVED_DIR` under `root`: each with what it
 * draws and its weight axis, in `FAMILIES` and then `SUBSETS` order.
 * @param {string} root
 */
export async function servedFaces(root) {
	const out = [];
	for (const fam of FAMILIES)
		for (const subset of SUBSETS) {
			const file = servedName(fam.prefix, subset);
			const full = path.join(root, SERVED_DIR, file);
			if (existsSync(full)) out.push({ ...fam, subset, file, ...(await fontFacts(readFileSync(full))) });
		}
	return out;
}

/** `U+20-7E, U+A0-AC, U+131`: code points as a CSS unicode-range. */
export function unicodeRange(/** @type {Iterable<number>} */ unicodes) {
	const hex = (/** @type {number} */ cp) => cp.toString(16).toUpperCase();
	return commonRanges([new Set(unicodes)])
		.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`))
		.join(', ');
}

/**
 * The `@font-face` rules for the served slices, one per file, named `family` (the page) or
 * `still` (the stills), each with the code points it draws as its unicode-range: a browser fetches
 * a slice only for a page that shows one of them.
 * @param {{ family: string, still: string, file: string, unicodes: Set<number>, wght: { min: number, max: number } }[]} faces
 * @param {'family' | 'still'} name
 * @param {string} display
 */
export function fontFaceCss(faces, name, display) {
	const head = `/* Written by npm run fonts (scripts/subset-fonts.mjs) from the fonts in static/fonts: edit that, not this. */\n`;
	const rules = faces.map(
		(f) =>
			`@font-face {\n\tfont-family: '${f[name]}';\n\tsrc: url('/fonts/${f.file}') format('woff2');\n\tfont-weight: ${f.wght.min} ${f.wght.max};\n\tfont-style: normal;\n\tfont-display: ${display};\n\tunicode-range: ${unicodeRange(f.unicodes)};\n}\n`
	);
	return head + rules.join('');
}

/**
 * The page's rules (`optional`: a first paint never shifts when a font arrives late; it is used
 * from the next visit on) and the stills' (`block`: a still waits for its fonts), for `root`.
 * @param {string} root
 */
export async function servedCss(root) {
	const faces = await servedFaces(root);
	return { page: fontFaceCss(faces, 'family', 'optional'), still: fontFaceCss(faces, 'still', 'block') };
}

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
 * The files whose text a reader can see: the story, its data, and the components' strings. The
 * code's comments are left out (a reader never sees the θ a comment explains an angle with), so a
 * character there adds nothing to the fonts.
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

/** Every character the fonts must draw: the base set plus any other visible character in `texts`. */
export function charactersToKeep(texts) {
	const set = new Set();
	for (const [a, b] of BASE_RANGES) for (let c = a; c <= b; c++) set.add(c);
	for (const ch of BASE_EXTRA) set.add(/** @type {number} */ (ch.codePointAt(0)));
	for (const text of texts) for (const cp of visibleCodePoints(text)) set.add(cp);
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
 * The served families and the weights the stage's words are set in (StageWords.svelte): the serif
 * at 400 for the copy and 700 for its bold, the sans at 700 for the kicker and 400 for the first
 * step's dates line.
 */
export const ADVANCE_FONTS = {
	serif: { prefix: 'source-serif-4', weights: [400, 700] },
	sans: { prefix: 'inter', weights: [400, 700] }
};

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

/**
 * The advances file's contents for the fonts under `root` (static/fonts), as `npm run fonts` writes
 * it: a family's slices read one by one and put together (they draw disjoint code points; the
 * kerned characters are all in the Latin slice, and a browser kerns no pair across two files).
 */
export async function advancesJson(root) {
	/** @type {Record<string, unknown>} */
	const out = {
		about:
			'Written by npm run fonts (or node scripts/font-advances.mjs): for each served family (all its slices), the code points it draws and their advance widths in units per em at each weight the stage words use (hmtx with the weight axis applied), and kern: the difference harfbuzz sets each pair of common characters at (kerning, ligatures).'
	};
	for (const [name, { prefix, weights }] of Object.entries(ADVANCE_FONTS)) {
		const files = SUBSETS.map((subset) => servedName(prefix, subset)).filter((file) =>
			existsSync(path.join(root, SERVED_DIR, file))
		);
		const parts = [];
		for (const file of files) parts.push(await fontAdvances(readFileSync(path.join(root, SERVED_DIR, file)), weights));
		const order = parts.flatMap((p, i) => p.codepoints.map((cp, j) => ({ cp, i, j }))).sort((a, b) => a.cp - b.cp);
		/** @type {Record<string, number[]>} */
		const advances = {};
		/** @type {Record<string, Record<string, number>>} */
		const kern = {};
		for (const w of weights) {
			advances[w] = order.map(({ i, j }) => parts[i].advances[w][j]);
			kern[w] = Object.assign({}, ...parts.map((p) => p.kern[w]));
		}
		if (parts.some((p) => p.upem !== parts[0].upem)) throw new Error(`${prefix}: slices with different units per em`);
		out[name] = { files, upem: parts[0].upem, codepoints: order.map((o) => o.cp), advances, kern };
	}
	return `${JSON.stringify(out)}\n`;
}
