import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILD_OUTPUTS, BUILD_STAMP, buildSite, staleReason } from './site-build.mjs';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(): string {
	root = mkdtempSync(path.join(os.tmpdir(), 'site-build-'));
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

/** A project whose `npm run build` is `script` (a Node program run in the project). */
function projectBuiltBy(script: string): string {
	const r = project();
	writeFileSync(path.join(r, 'build.cjs'), script);
	writeFileSync(path.join(r, 'package.json'), JSON.stringify({ name: 'p', private: true, scripts: { build: 'node build.cjs' } }));
	return r;
}

const WRITES = (files: string[]) =>
	`const fs = require('node:fs'), path = require('node:path');\n` +
	`for (const f of ${JSON.stringify(files)}) { fs.mkdirSync(path.dirname(f), { recursive: true }); fs.writeFileSync(f, 'x'); }\n`;

describe('buildSite', () => {
	it('is `npm run build`, the same command a person types', () => {
		// Every script that builds (stills, publish, bench) calls buildSite, so the real package.json's
		// build must be the whole build: the site, then the offline talk.
		const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8'));
		expect(pkg.scripts.build).toBe('vite build && vite build --config vite.offline.config.ts');
		expect(BUILD_OUTPUTS).toEqual([BUILD_STAMP, 'build/talk.html']);
	});

	it('runs the project\'s build script and leaves everything it wrote (build/talk.html too)', async () => {
		const r = projectBuiltBy(WRITES(BUILD_OUTPUTS));
		await buildSite(r);
		for (const f of BUILD_OUTPUTS) expect(existsSync(path.join(r, f)), f).toBe(true);
		expect(staleReason(r)).toBeNull();
	}, 30_000);

	it('refuses a build that leaves the offline talk out, naming it', async () => {
		// What `vite build` alone did: the site without build/talk.html.
		const r = projectBuiltBy(WRITES([BUILD_STAMP]));
		await expect(buildSite(r)).rejects.toThrow('did not write build/talk.html');
	}, 30_000);

	it('reports a failed build with its last lines', async () => {
		const r = projectBuiltBy(`console.error('data/story.yaml:3: field "title": required'); process.exit(1);`);
		await expect(buildSite(r)).rejects.toThrow(/the build failed \(exit 1\):[\s\S]*data\/story.yaml:3: field "title": required/);
	}, 30_000);
});
