/**
 * The house's sizes: every source file of `src/` and `scripts/` reads in one sitting (400 lines at
 * most; tests, fixtures, generated files and story data aside), and the README stays a page a
 * newcomer finishes (150 lines at most; the manuals are in `docs/`).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 400;
const README_LINES = 150;
const SOURCE = /\.(ts|js|mjs|svelte)$/;
/** Tests and their fixtures may be as long as their cases. */
const ASIDE = /(\.test\.ts|\.spec\.ts|fixture\.ts)$/;

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').length - 1;

/** The files of `files` longer than `max` lines, with their lengths. */
function tooLong(files: string[], count: (f: string) => number, max: number): string[] {
	return files.filter((f) => count(f) > max).map((f) => `${f}: ${count(f)} lines`);
}

describe('the house', () => {
	it('finds a file over the limit', () => {
		const sizes: Record<string, number> = { 'a.ts': 401, 'b.ts': 400 };
		expect(tooLong(Object.keys(sizes), (f) => sizes[f], MAX_LINES)).toEqual(['a.ts: 401 lines']);
	});

	it(`no source file of src/ or scripts/ passes ${MAX_LINES} lines`, () => {
		const files = execFileSync('git', ['ls-files', 'src', 'scripts'], { encoding: 'utf8' })
			.split('\n')
			.filter((f) => SOURCE.test(f) && !ASIDE.test(f));
		expect(files.length).toBeGreaterThan(100);
		expect(tooLong(files, lines, MAX_LINES)).toEqual([]);
	});

	it(`the README has at most ${README_LINES} lines`, () => {
		expect(lines('README.md')).toBeLessThanOrEqual(README_LINES);
	});
});
