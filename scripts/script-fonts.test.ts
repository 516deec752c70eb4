/**
 * The families of the editions' scripts (`SCRIPT_FAMILIES` in font-families.mjs): cut by
 * `npm run fonts` to the characters of the editions and the interface that the Latin families do
 * not draw, declared for the stage and the stills, and read by the build's character check.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FAMILIES, PAGE_CSS, SCRIPT_FAMILIES, STILL_CSS, fullSources, servedFaces } from './font-families.mjs';
import { COVERAGE_FILE, charactersToKeep, collectSources, commonRanges, fontFacts, undrawable } from './fonts-lib.mjs';

const ROOT = process.cwd();
const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} "${String.fromCodePoint(cp)}"`;
const sources = collectSources(ROOT);

/** Per family: what its served slices draw, and what its package draws. */
const served: Record<string, Set<number>> = {};
const full: Record<string, Set<number>> = {};

beforeAll(async () => {
	const faces = await servedFaces(ROOT);
	for (const fam of [...FAMILIES, ...SCRIPT_FAMILIES]) {
		served[fam.family] = new Set(faces.filter((f) => f.prefix === fam.prefix).flatMap((f) => [...f.unicodes]));
		const all = new Set<number>();
		for (const s of fullSources(fam)) for (const cp of (await fontFacts(s.bytes)).unicodes) all.add(cp);
		full[fam.family] = all;
	}
});

/** What every Latin family draws, in full: a script family is not asked for these. */
const latinFull = () => {
	const [first, ...rest] = FAMILIES.map((f) => full[f.family]);
	return new Set([...first].filter((cp) => rest.every((s) => s.has(cp))));
};

describe('the editions’ script families', () => {
	it('draw, with the story’s fonts, every character of every edition', () => {
		const editions = sources.filter((s) => /\/editions\/[a-z]+\.yaml$/.test(s.file));
		expect(editions.map((e) => path.basename(e.file)).sort()).toEqual(expect.arrayContaining(['ar.yaml', 'zh.yaml']));
		for (const { file, text } of editions) {
			const lang = path.basename(file, '.yaml');
			const own = SCRIPT_FAMILIES.find((f) => f.langs.includes(lang));
			for (const latin of FAMILIES) {
				const drawn = new Set([...served[latin.family], ...(own ? served[own.family] : [])]);
				expect(
					undrawable(text, drawn).map(({ cp, lines }) => `${hex(cp)} line ${lines.join(',')}`),
					`${file} with ${latin.family}${own ? ` and ${own.family}` : ''}: run npm run fonts`
				).toEqual([]);
			}
		}
	});

	it('serve exactly the characters the editions and the interface use that the Latin families lack', () => {
		const keep = charactersToKeep(sources.map((s) => s.text));
		const latin = latinFull();
		for (const fam of SCRIPT_FAMILIES) {
			const want = keep.filter((cp) => !latin.has(cp) && full[fam.family].has(cp));
			expect([...served[fam.family]].sort((a, b) => a - b).map(hex), fam.family).toEqual(want.map(hex));
			expect(want.length, `${fam.family}: an edition uses it`).toBeGreaterThan(20);
		}
		// The interface's own words in each script are kept, not only an edition's copy.
		expect(served['Noto Sans SC'].has('万'.codePointAt(0)!)).toBe(true);
		expect(served['Noto Sans Arabic'].has('غ'.codePointAt(0)!)).toBe(true);
	});

	it('are declared for the stage and the stills, a rule per slice with what it draws', () => {
		const page = readFileSync(path.join(ROOT, PAGE_CSS), 'utf8');
		const still = readFileSync(path.join(ROOT, STILL_CSS), 'utf8');
		for (const fam of SCRIPT_FAMILIES) {
			expect(page).toContain(`font-family: '${fam.family}'`);
			expect(still).toContain(`font-family: '${fam.still}'`);
		}
	});

	it('tell the build what each edition’s fonts draw (font-coverage.json)', () => {
		const coverage = JSON.parse(readFileSync(path.join(ROOT, COVERAGE_FILE), 'utf8'));
		for (const fam of SCRIPT_FAMILIES)
			for (const lang of fam.langs) {
				expect(coverage.langs[lang].served, `${lang}: run npm run fonts`).toEqual(commonRanges([served[fam.family]]));
				expect(coverage.langs[lang].full, `${lang}: run npm run fonts`).toEqual(commonRanges([full[fam.family]]));
			}
	});
});
