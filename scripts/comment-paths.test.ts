/**
 * The code's comments name files that exist: every repo path a comment of `src/`, `scripts/` or
 * `tests/` writes (starting with one of those folders, or `data/`, `static/`, `docs/`) is in the
 * tree. A path written as a pattern (`data/stories/<slug>/`, `datasets/*.csv`) is an example, and a
 * comment that says "fixture path" names paths inside a fixture story, not the repository's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SOURCE = /\.(ts|js|mjs|svelte)$/;
const COMMENT = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g;
const PATH = /(?<![\w./@$-])((?:src|scripts|tests|data|static|docs)\/[\w./[\]<>*{}-]*[\w\]/>}*])/g;

/** Every path a comment of `text` names that `exists` does not know, with its line. */
function missingPaths(file: string, text: string, exists: (p: string) => boolean): string[] {
	const out: string[] = [];
	for (const c of text.matchAll(COMMENT)) {
		if (/fixture paths?\b/i.test(c[0])) continue;
		for (const m of c[0].matchAll(PATH)) {
			const path = m[1].replace(/[/.]+$/, '');
			if (/[<*{]/.test(path) || exists(path)) continue;
			const line = text.slice(0, c.index + m.index).split('\n').length;
			out.push(`${file}:${line}: ${m[1]}`);
		}
	}
	return out;
}

describe('paths in comments', () => {
	it('finds a path that is not there, in every kind of comment, and passes patterns and fixture paths', () => {
		const text = [
			'// see src/lib/layers.ts and src/lib/gone.ts',
			'/* `scripts/nowhere.mjs`, data/stories/<slug>/story.yaml */',
			'<!-- tests/e2e/none.spec.ts -->',
			'/** fixture paths: data/story.yaml */',
			"const s = 'src/not/a/comment.ts';"
		].join('\n');
		expect(missingPaths('x.ts', text, existsSync)).toEqual([
			'x.ts:1: src/lib/gone.ts',
			'x.ts:2: scripts/nowhere.mjs',
			'x.ts:3: tests/e2e/none.spec.ts'
		]);
	});

	it('every path a comment of src/, scripts/ or tests/ names exists', () => {
		const files = execFileSync('git', ['ls-files', 'src', 'scripts', 'tests'], { encoding: 'utf8' })
			.split('\n')
			.filter((f) => SOURCE.test(f) && f !== 'scripts/comment-paths.test.ts');
		expect(files.length).toBeGreaterThan(100);
		expect(files.flatMap((f) => missingPaths(f, readFileSync(f, 'utf8'), existsSync))).toEqual([]);
	});
});
