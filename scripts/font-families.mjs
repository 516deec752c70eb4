/**
 * The font families the site serves and their slices: where the full fonts come from, how
 * `npm run fonts` shares the stories' characters out among the unicode subsets and cuts them, the
 * `@font-face` rules that declare the served files, and the advance widths the build reads. Shared
 * by `npm run fonts` (subset-fonts.mjs) and the font test.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { commonRanges, fontAdvances, fontFacts } from './fonts-lib.mjs';

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

/**
 * The families of the scripts editions are written in, for the characters the Latin families do
 * not draw: Simplified Chinese and Arabic (OFL, from their fontsource packages). `langs` are the
 * editions each draws for; `subsets` their package's slices other than the Latin families' own
 * (Google's numbered slices of the Han characters, by frequency; Arabic's). The stills and the
 * stage carry them cut to the editions' characters; the reading page uses the reader's own
 * fonts (`src/app.css`).
 */
export const SCRIPT_FAMILIES = [
	scriptFamily(
		'Noto Sans SC',
		'noto-sans-sc',
		['zh'],
		require.resolve('@fontsource-variable/noto-sans-sc/package.json')
	),
	scriptFamily(
		'Noto Sans Arabic',
		'noto-sans-arabic',
		['ar'],
		require.resolve('@fontsource-variable/noto-sans-arabic/package.json')
	)
];

/**
 * A script family: its package's variable files (`<prefix>-<subset>-wght-normal.woff2`), the
 * subsets in the package's order (numbered slices by number), less those the Latin families draw.
 * @param {string} family
 * @param {string} prefix
 * @param {string[]} langs
 * @param {string} pkg the package's package.json, resolved
 */
function scriptFamily(family, prefix, langs, pkg) {
	const dir = path.dirname(pkg);
	const pattern = new RegExp(`^${prefix}-(.+)-wght-normal\\.woff2$`);
	const subsets = readdirSync(path.join(dir, 'files'))
		.map((f) => f.match(pattern)?.[1])
		.filter((s) => s !== undefined && !SUBSETS.includes(s))
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
	return { family, still: `${family} Still`, prefix, dir, langs, subsets: /** @type {string[]} */ (subsets) };
}

/** Every family the site serves: the Latin ones first, so a character both draw comes from them. */
export const ALL_FAMILIES = () => [...FAMILIES, ...SCRIPT_FAMILIES];

/** Where the served slices go, and what the page and the stills declare them in. */
export const SERVED_DIR = 'static/fonts';
export const PAGE_CSS = 'src/fonts.css';
export const STILL_CSS = 'src/lib/drivers/shared/frame/still-fonts.css';

/** A served slice's file name: `inter-latin-wght.woff2`. */
export const servedName = (/** @type {string} */ prefix, /** @type {string} */ subset) =>
	`${prefix}-${subset}-wght.woff2`;

/**
 * A family's full sources: one font per subset the package has, in `SUBSETS` order.
 * @param {{ prefix: string, dir: string, subsets?: string[] }} fam
 * @returns {{ subset: string, bytes: Buffer }[]}
 */
export function fullSources(fam) {
	return (fam.subsets ?? SUBSETS)
		.map((subset) => ({
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
 * @param {{ prefix: string, dir: string, subsets?: string[] }} fam
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
		slices.push({ subset, file: servedName(fam.prefix, subset), source: source.length, bytes, unicodes });
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
	for (const fam of ALL_FAMILIES())
		for (const subset of fam.subsets ?? SUBSETS) {
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
