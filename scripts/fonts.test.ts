/**
 * The self-hosted fonts are cut down to what the story uses (`npm run fonts`). These tests read
 * the font files themselves, so a new character in data/ or a new weight in a style that the fonts
 * lack fails here, with the command that fixes it, instead of quietly falling back to Georgia.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	FAMILIES,
	PAGE_CSS,
	STILL_CSS,
	advancesJson,
	cutFamily,
	fullSources,
	servedCss,
	servedFaces,
	shareOut,
	unicodeRange
} from './font-families.mjs';
import {
	ADVANCES_FILE,
	COVERAGE_FILE,
	charactersToKeep,
	collectSources,
	commonRanges,
	fontFaceWeights,
	fontFacts,
	undrawable,
	visibleCodePoints,
	weightsUsed,
	withoutComments
} from './fonts-lib.mjs';

const ROOT = process.cwd();

type Loaded = { unicodes: Set<number>; wght: { min: number; max: number } };
/** The fonts the page serves (all of a family's slices together), and the full fonts they were cut from. */
const fonts: Record<string, Loaded> = {};
const full: Record<string, Loaded> = {};

const union = (sets: Loaded[]): Loaded => ({
	unicodes: new Set(sets.flatMap((s) => [...s.unicodes])),
	wght: sets[0].wght
});

beforeAll(async () => {
	const served = await servedFaces(ROOT);
	for (const fam of FAMILIES) {
		fonts[fam.family] = union(served.filter((f) => f.prefix === fam.prefix));
		const sources: Loaded[] = [];
		for (const s of fullSources(fam)) sources.push(await fontFacts(s.bytes));
		full[fam.family] = union(sources);
	}
});

const sources = collectSources(ROOT);
const css = sources
	.filter((s) => /\.(svelte|css)$/.test(s.file))
	.map((s) => s.text)
	.join('\n');
const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} "${String.fromCodePoint(cp)}"`;

describe('self-hosted fonts', () => {
	// A character no family has (a double dagger, say) is drawn by the fallback font either way.
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
	it('draw every character of data/ and the test stories, and name the ones no font of the story has', () => {
		const problems: string[] = [];
		for (const [family, font] of Object.entries(fonts)) {
			// An edition's other script is its own family's (script-fonts.test.ts).
			for (const { file, text } of sources.filter(
				(s) => /^(data|tests)\//.test(s.file) && !/\/editions\//.test(s.file)
			)) {
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

	it('span every weight the styles use, as src/fonts.css declares', () => {
		const used = weightsUsed(css);
		const declared = fontFaceWeights(readFileSync(path.join(ROOT, PAGE_CSS), 'utf8'));
		for (const [family, font] of Object.entries(fonts)) {
			expect(declared[family], `@font-face for ${family}`).toEqual([font.wght.min, font.wght.max]);
			for (const w of used) {
				expect(w >= font.wght.min && w <= font.wght.max, `${family} has no weight ${w}: run npm run fonts`).toBe(true);
			}
		}
	});

	// A slice the rules leave out is never loaded; one declared with a wrong unicode-range is loaded for the wrong pages.
	it('are declared slice by slice, each with what it draws (src/fonts.css and the stills)', async () => {
		const { page, still } = await servedCss(ROOT);
		expect(readFileSync(path.join(ROOT, PAGE_CSS), 'utf8') === page, `${PAGE_CSS} is stale: run npm run fonts`).toBe(
			true
		);
		expect(readFileSync(path.join(ROOT, STILL_CSS), 'utf8') === still, `${STILL_CSS} is stale: run npm run fonts`).toBe(
			true
		);
		const faces = await servedFaces(ROOT);
		for (const f of faces) expect(page).toContain(`url('/fonts/${f.file}')`);
		expect(new Set(faces.map((f) => `${f.wght.min} ${f.wght.max}`)).size, 'one weight range for every slice').toBe(1);
	});

	// What the stories use, and nothing else: not a character only a test names (this file is not read).
	it('serve exactly the characters the stories and the interface use that the families draw', () => {
		const keep = charactersToKeep(sources.map((s) => s.text));
		for (const [family, font] of Object.entries(fonts)) {
			expect([...font.unicodes].sort((a, b) => a - b).map(hex), family).toEqual(
				keep.filter((cp) => full[family].unicodes.has(cp)).map(hex)
			);
			expect(font.unicodes.has(0x0151), `${family}: "ő" is in no story`).toBe(false);
		}
	});
});

/** Place names in the Latin scripts beyond Latin-1, and one in Greek and Cyrillic each. */
const LATIN_EXTENDED = {
	Polish: 'Gdańsk, Łódź, Kraków, Wrocław, Bielsko-Biała, Zielona Góra',
	Czech: 'Plzeň, Ústí nad Labem, České Budějovice, Příbram',
	Turkish: 'İstanbul, Şanlıurfa, Muğla, Eskişehir, Çanakkale',
	Romanian: 'Timișoara, Constanța, Brașov, Iași, Târgu Mureș',
	Vietnamese: 'Việt Nam, Hà Nội, Đà Nẵng, Thành phố Hồ Chí Minh, Huế'
};
const OTHER_SCRIPTS = { Greek: 'Αθήνα, Θεσσαλονίκη', Cyrillic: 'Київ, Москва, Београд' };

describe('the full families', () => {
	it('draw Polish, Czech, Turkish, Romanian and Vietnamese names, and Greek and Cyrillic ones', () => {
		for (const [family, font] of Object.entries(full))
			for (const [language, text] of Object.entries({ ...LATIN_EXTENDED, ...OTHER_SCRIPTS }))
				expect(
					undrawable(text, font.unicodes).map(({ cp }) => hex(cp)),
					`${family}, ${language}`
				).toEqual([]);
	});

	// What npm run fonts does for a story that writes them: the Latin slice as it is, plus small ones.
	it('cut a story with those names into slices that draw them, the Latin slice all but unchanged', async () => {
		const sample = Object.values(LATIN_EXTENDED).join(' ');
		const keep = charactersToKeep([sample]);
		const wght = fonts.Inter.wght;
		for (const fam of FAMILIES) {
			const { slices } = await cutFamily(fam, keep, wght);
			const drawn = new Set<number>();
			for (const slice of slices) for (const cp of (await fontFacts(slice.bytes)).unicodes) drawn.add(cp);
			expect(
				undrawable(sample, drawn).map(({ cp }) => hex(cp)),
				fam.family
			).toEqual([]);
			expect(
				slices.map((s) => s.subset),
				fam.family
			).toEqual(['latin', 'latin-ext', 'vietnamese']);
			// Of these names only the Turkish dotless "ı" is in Google's Latin subset: the rest come in slices of their own.
			const plain = (await cutFamily(fam, charactersToKeep([]), wght)).slices[0];
			const before = (await fontFacts(plain.bytes)).unicodes;
			const after = [...(await fontFacts(slices[0].bytes)).unicodes].filter((cp) => !before.has(cp));
			expect(after.map(hex), `${fam.family}: the Latin slice`).toEqual(['U+0131 "ı"']);
		}
	});

	// Only a character no family draws is refused outright (the build's check reads this file).
	it('tell the build that npm run fonts can add them, and that it cannot add Chinese', () => {
		const coverage = JSON.parse(readFileSync(path.join(ROOT, COVERAGE_FILE), 'utf8'));
		const can = new Set(
			coverage.full.flatMap(([a, b]: [number, number]) => Array.from({ length: b - a + 1 }, (_, i) => a + i))
		);
		const sample = Object.values({ ...LATIN_EXTENDED, ...OTHER_SCRIPTS }).join(' ');
		expect(undrawable(sample, can).map(({ cp }) => hex(cp))).toEqual([]);
		expect(undrawable('IT之家', can).map(({ cp }) => hex(cp))).toEqual(['U+4E4B "之"', 'U+5BB6 "家"']);
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

	it('keeps the capital of each letter a text uses, for words set in capitals', () => {
		const kept = charactersToKeep(['Gdańsk, Việt Nam']);
		for (const ch of 'ńŃệỆ')
			expect(
				kept.map((cp) => String.fromCodePoint(cp)),
				ch
			).toContain(ch);
		expect(kept, 'Ł: in no text').not.toContain(0x0141);
	});

	it('reads no comment of the code: a reader never sees it', () => {
		const code = `/** 2π */ const a = 'θ'; // θ\n// π\nconst u = 'https://x'; <!-- Ω --> b`;
		expect(withoutComments(code)).toBe(` const a = 'θ'; \n\nconst u = 'https://x';  b`);
	});

	it('gives each character to the first subset that draws it, and writes the ranges as CSS does', () => {
		const subsets = [
			{ subset: 'latin', unicodes: new Set([0x41, 0x131]) },
			{ subset: 'latin-ext', unicodes: new Set([0x131, 0x144]) },
			{ subset: 'greek', unicodes: new Set([0x3b8]) }
		];
		expect(shareOut([0x41, 0x131, 0x144, 0x4e4b], subsets)).toEqual([
			{ subset: 'latin', unicodes: [0x41, 0x131] },
			{ subset: 'latin-ext', unicodes: [0x144] }
		]);
		expect(unicodeRange([0x20, 0x21, 0x22, 0x131, 0xa0])).toBe('U+20-22, U+A0, U+131');
	});
});
