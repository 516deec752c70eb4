import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILD_STAMP, buildSite, missingOutputs, staleReason } from './site-build.mjs';

let root = '';
const STORY = 'data/stories/tale/story.yaml';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(): string {
	root = mkdtempSync(path.join(os.tmpdir(), 'site-build-'));
	for (const d of ['src/lib', 'data', 'static']) mkdirSync(path.join(root, d), { recursive: true });
	writeFileSync(path.join(root, 'src/lib/a.ts'), '');
	mkdirSync(path.join(root, 'data/stories/tale'), { recursive: true });
	writeFileSync(path.join(root, STORY), '');
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
		age(path.join(r, STORY), 60);
		expect(staleReason(r)).toBeNull();
	});

	it('names the source that changed since', () => {
		const r = project();
		mkdirSync(path.join(r, path.dirname(BUILD_STAMP)), { recursive: true });
		writeFileSync(path.join(r, BUILD_STAMP), '{}');
		age(path.join(r, BUILD_STAMP), 60);
		age(path.join(r, 'src/lib/a.ts'), 120);
		expect(staleReason(r)).toBe(`${path.join('data', 'stories', 'tale', 'story.yaml')} changed since the last build`);
	});
});

/** A project whose `npm run build` is `script` (a Node program run in the project). */
function projectBuiltBy(script: string): string {
	const r = project();
	writeFileSync(path.join(r, 'build.cjs'), script);
	writeFileSync(
		path.join(r, 'package.json'),
		JSON.stringify({ name: 'p', private: true, scripts: { build: 'node build.cjs' } })
	);
	return r;
}

/** A build's outputs: its list of two stories, then each story's talk. */
const OUTPUTS = [BUILD_STAMP, 'build/a/talk.html', 'build/b/talk.html'];
const STORIES_JSON = JSON.stringify({ stories: [{ slug: 'a' }, { slug: 'b' }] });
const WRITES = (files: string[]) =>
	`const fs = require('node:fs'), path = require('node:path');\n` +
	`for (const f of ${JSON.stringify(files)}) { fs.mkdirSync(path.dirname(f), { recursive: true }); fs.writeFileSync(f, f.endsWith('.json') ? ${JSON.stringify(STORIES_JSON)} : 'x'); }\n`;

describe('buildSite', () => {
	it('is `npm run build`, the same command a person types', () => {
		// Every script that builds (stills, publish, bench) calls buildSite, so the real package.json's
		// build must be the whole build: the site, then the offline talk.
		const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8'));
		expect(pkg.scripts.build).toBe('vite build && vite build --config vite.offline.config.ts');
	});

	it("runs the project's build script and leaves everything it wrote (each story's talk too)", async () => {
		const r = projectBuiltBy(WRITES(OUTPUTS));
		await buildSite(r);
		for (const f of OUTPUTS) expect(existsSync(path.join(r, f)), f).toBe(true);
		expect(missingOutputs(r)).toEqual([]);
		expect(staleReason(r)).toBeNull();
	}, 30_000);

	it("refuses a build that leaves a story's offline talk out, naming it", async () => {
		// What `vite build` alone did: the site without the talks.
		const r = projectBuiltBy(WRITES(OUTPUTS.slice(0, 2)));
		await expect(buildSite(r)).rejects.toThrow('did not write build/b/talk.html');
	}, 30_000);

	it('passes the environment it is given to the build (STORIES: which stories it holds)', async () => {
		const r = projectBuiltBy(
			`require('node:fs').writeFileSync('env.txt', process.env.STORIES ?? 'unset');\n` + WRITES(OUTPUTS)
		);
		await buildSite(r, { env: { STORIES: 'a' } });
		expect(readFileSync(path.join(r, 'env.txt'), 'utf8')).toBe('a');
	}, 30_000);

	it('reports a failed build with its last lines', async () => {
		const r = projectBuiltBy(`console.error('data/story.yaml:3: field "title": required'); process.exit(1);`);
		await expect(buildSite(r)).rejects.toThrow(
			/the build failed \(exit 1\):[\s\S]*data\/story.yaml:3: field "title": required/
		);
	}, 30_000);
});
