/**
 * The self-hosted fonts are cut down to what the story uses (`npm run fonts`). These tests read
 * the font files themselves, so a new character in data/ or a new weight in a style that the fonts
 * lack fails here, with the command that fixes it, instead of quietly falling back to Georgia.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	ADVANCES_FILE,
	COVERAGE_FILE,
	advancesJson,
	charactersToKeep,
	collectSources,
	commonRanges,
	fontFaceWeights,
	fontFacts,
	undrawable,
	visibleCodePoints,
	weightsUsed
} from './fonts-lib.mjs';

const ROOT = process.cwd();
const FAMILIES = {
	Inter: 'inter-latin-wght.woff2',
	'Source Serif 4': 'source-serif-4-latin-wght.woff2'
} as const;

type Loaded = { unicodes: Set<number>; wght: { min: number; max: number } };
/** The fonts the page serves, and the full fonts they were cut from. */
const fonts: Record<string, Loaded> = {};
const full: Record<string, Loaded> = {};

async function load(file: string): Promise<Loaded> {
	return fontFacts(readFileSync(path.join(ROOT, file)));
}

beforeAll(async () => {
	for (const [family, file] of Object.entries(FAMILIES)) {
		fonts[family] = await load(`static/fonts/${file}`);
		full[family] = await load(`scripts/fonts/${file}`);
	}
});

const sources = collectSources(ROOT);
const css = sources
	.filter((s) => /\.(svelte|css)$/.test(s.file))
	.map((s) => s.text)
	.join('\n');
const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} "${String.fromCodePoint(cp)}"`;

describe('self-hosted fonts', () => {
	// A character the full font never had (a dagger, say) is drawn by the fallback font either way.
	it('draw every character of the story, its data and its interface that the full fonts draw', () => {
		for (const [family, font] of Object.entries(fonts)) {
			for (const { file, text } of sources) {
				const missing = [...visibleCodePoints(text)].filter(
					(cp) => full[family].unicodes.has(cp) && !font.unicodes.has(cp)
				);
				expect(missing.map(hex), `${family} lacks characters used in ${file}: run npm run fonts`).toEqual([]);
			}
		}
	});

	// The reader sees every character of data/. One that even the full fonts lack (Chinese
	// characters, say) would be drawn by whatever font the reader's device has, or as a box:
	// `npm run fonts` cannot add it, so the copy must say it another way (or a font must be added).
	it('draw every character of data/, and name the ones no font of the story has', () => {
		const problems: string[] = [];
		for (const [family, font] of Object.entries(fonts)) {
			for (const { file, text } of sources.filter((s) => s.file.startsWith('data'))) {
				for (const { cp, lines } of undrawable(text, font.unicodes)) {
					const fix = full[family].unicodes.has(cp)
						? 'run npm run fonts'
						: 'the full font lacks it too, so write it another way';
					problems.push(`${file}:${lines.join(',')}: ${family} cannot draw ${hex(cp)}; ${fix}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	it('name characters of a broken copy of the copy that no font has (Chinese characters)', () => {
		const text = 'line one\nIT Home (IT之家) reported it\n';
		for (const [family, font] of Object.entries(fonts)) {
			const found = undrawable(text, font.unicodes);
			expect(
				found.map(({ cp, lines }) => `${hex(cp)} line ${lines.join(',')}`),
				family
			).toEqual(['U+4E4B "之" line 2', 'U+5BB6 "家" line 2']);
			expect(
				found.every(({ cp }) => !full[family].unicodes.has(cp)),
				family
			).toBe(true);
		}
	});

	it('keep the base set (Latin-1 and typographic punctuation) for the next edit', () => {
		const base = charactersToKeep([]);
		for (const [family, font] of Object.entries(fonts)) {
			const missing = base.filter((cp) => full[family].unicodes.has(cp) && !font.unicodes.has(cp));
			expect(missing.map(hex), family).toEqual([]);
			expect(font.unicodes.size, `${family}: characters kept`).toBeGreaterThan(190);
		}
	});

	// The build checks characters against this file, not the fonts: it must say what they draw.
	it('match the code points the build reads (font-coverage.json, written by npm run fonts)', () => {
		const coverage = JSON.parse(readFileSync(path.join(ROOT, COVERAGE_FILE), 'utf8'));
		expect(coverage.full, 'run npm run fonts').toEqual(commonRanges(Object.values(full).map((f) => f.unicodes)));
		expect(coverage.served, 'run npm run fonts').toEqual(commonRanges(Object.values(fonts).map((f) => f.unicodes)));
	});

	// The build measures a step's words with this file, not the fonts: it must be what they give.
	it('match the advance widths the build reads (font-advances.json, written by npm run fonts)', async () => {
		const committed = readFileSync(path.join(ROOT, ADVANCES_FILE), 'utf8');
		expect(committed === (await advancesJson(ROOT)), `${ADVANCES_FILE} is stale: run npm run fonts`).toBe(true);
	});

	it('span every weight the styles use, as app.css declares', () => {
		const used = weightsUsed(css);
		const declared = fontFaceWeights(readFileSync(path.join(ROOT, 'src/app.css'), 'utf8'));
		for (const [family, font] of Object.entries(fonts)) {
			expect(declared[family], `@font-face for ${family}`).toEqual([font.wght.min, font.wght.max]);
			for (const w of used) {
				expect(w >= font.wght.min && w <= font.wght.max, `${family} has no weight ${w}: run npm run fonts`).toBe(true);
			}
		}
	});
});

describe('fonts-lib', () => {
	it('finds weights in longhand and shorthand, and bold defaults, not in @font-face', () => {
		const sample = `@font-face { font-weight: 100 900; } a { font-weight: 500; } b { font: 600 1rem/1 x; }`;
		expect(weightsUsed(sample)).toEqual([400, 500, 600, 700]);
		expect(fontFaceWeights(`@font-face { font-family: 'X'; font-weight: 300 800; }`)).toEqual({ X: [300, 800] });
	});

	it('counts visible characters only', () => {
		expect([...visibleCodePoints('a é\n\t—')].map((c) => String.fromCodePoint(c))).toEqual(['a', 'é', '—']);
	});
});
