import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILD_STAMP, staleReason } from './stills-build.mjs';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(): string {
	root = mkdtempSync(path.join(os.tmpdir(), 'stills-build-'));
	for (const d of ['src/lib', 'data', 'static']) mkdirSync(path.join(root, d), { recursive: true });
	writeFileSync(path.join(root, 'src/lib/a.ts'), '');
	writeFileSync(path.join(root, 'data/story.yaml'), '');
	return root;
}

function age(file: string, secondsAgo: number) {
	const t = Date.now() / 1000 - secondsAgo;
	utimesSync(file, t, t);
}

describe('staleReason', () => {
	it('builds when there is no build', () => {
		expect(staleReason(project())).toMatch(/missing/);
	});

	it('is happy with a build newer than every source', () => {
		const r = project();
		mkdirSync(path.join(r, path.dirname(BUILD_STAMP)), { recursive: true });
		writeFileSync(path.join(r, BUILD_STAMP), '{}');
		age(path.join(r, 'src/lib/a.ts'), 60);
		age(path.join(r, 'data/story.yaml'), 60);
		expect(staleReason(r)).toBeNull();
	});

	it('names the source that changed since', () => {
		const r = project();
		mkdirSync(path.join(r, path.dirname(BUILD_STAMP)), { recursive: true });
		writeFileSync(path.join(r, BUILD_STAMP), '{}');
		age(path.join(r, BUILD_STAMP), 60);
		age(path.join(r, 'src/lib/a.ts'), 120);
		expect(staleReason(r)).toBe(`${path.join('data', 'story.yaml')} changed since the last build`);
	});
});
