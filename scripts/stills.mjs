#!/usr/bin/env node
/**
 * `npm run stills`: every step of every story of the build (or those of `--story`) as a still
 * (PNG by default, SVG or one PDF deck per story), drawn from build/ in Playwright's Chromium,
 * into stills/<slug>/. See `npm run stills -- --help` and the README.
 *
 * Exit codes: 0 done; 2 a bad option or an unknown step; 3 no browser; 1 anything else (a failed
 * build, a still that never finished drawing).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseStillsArgs, usage, UsageError } from './stills-args.mjs';
import { selectSteps, seconds } from './stills-lib.mjs';
import { CHROME_ARGS, findChromium, NoBrowserError, playwrightChromium } from './stills-browser.mjs';
import { buildSite, staleReason } from './site-build.mjs';
import { readBuildStories, selectStories } from './build-stories.mjs';
import { serveDir } from './stills-server.mjs';
import { renderStills } from './stills-render.mjs';
import { moveIntoPlace, tempFolder } from './stills-output.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @type {(() => Promise<unknown>)[]} */
const cleanups = [];
async function cleanup() {
	while (cleanups.length) await cleanups.pop()?.().catch(() => {});
}

async function main() {
	const t0 = performance.now();
	const args = parseStillsArgs(process.argv.slice(2));
	if (args.help) {
		console.log(usage());
		return;
	}
	const own = await playwrightChromium();
	const chromePath = findChromium(process.env, undefined, () => own);

	if (args.build) {
		const why = staleReason(ROOT);
		if (why) {
			console.log(`Building the site first (${why})…`);
			const b0 = performance.now();
			await buildSite(ROOT);
			console.log(`built in ${seconds(performance.now() - b0)}`);
		}
	}
	const stories = selectStories(readBuildStories(ROOT), args.stories);
	if (args.steps && stories.length > 1) {
		throw new UsageError(`--steps: name its story with --story (this build holds ${stories.map((s) => s.slug).join(', ')})`);
	}
	// Every story's steps are checked before anything is drawn.
	const runs = stories.map((story) => ({ story, steps: selectSteps(story.steps, args.steps), out: path.join(args.out, story.slug) }));

	const server = await serveDir(path.join(ROOT, 'build'));
	cleanups.push(server.close);
	const { chromium } = await import('@playwright/test');
	// Our own signal handlers close the browser after removing the temporary folder.
	const browser = await chromium.launch({
		executablePath: chromePath,
		args: CHROME_ARGS,
		handleSIGINT: false,
		handleSIGTERM: false,
		handleSIGHUP: false
	});
	cleanups.push(() => browser.close());

	const what = `${args.width}x${args.height}${args.scale !== 1 ? ` at ${args.scale}x` : ''}, ${args.theme}, ${args.format}`;
	if (args.format === 'pdf' && args.scale !== 1) console.log('(--scale does not change a PDF: it is vector at any size)');
	for (const { story, steps, out } of runs) {
		const tmp = await tempFolder(out);
		cleanups.push(() => rm(tmp, { recursive: true, force: true }));
		console.log(`Drawing ${steps.length} still${steps.length > 1 ? 's' : ''} of "${story.title}" (${what}) into ${out}/`);
		const r0 = performance.now();
		const { files } = await renderStills({
			browser,
			// Each story's still pages are under its slug: /<slug>/still/<id>/.
			baseUrl: `${server.url}/${story.slug}`,
			steps,
			width: args.width,
			height: args.height,
			scale: args.scale,
			theme: args.theme,
			format: args.format,
			dir: tmp,
			jobs: args.jobs,
			title: story.title,
			onProgress: ({ step, file, ms, done, total }) =>
				console.log(`[${String(done).padStart(String(total).length)}/${total}] ${file ? path.basename(file) : `${step.id} (page of the deck)`}  ${seconds(ms)}`)
		});
		const renderMs = performance.now() - r0;
		await moveIntoPlace(tmp, out, { format: args.format, full: args.steps === null });
		console.log(
			`Wrote ${files.length} file${files.length > 1 ? 's' : ''} to ${out}/ in ${seconds(renderMs)} ` +
				`(${seconds(renderMs / steps.length)} per still; ${seconds(performance.now() - t0)} in all)`
		);
	}
}

main()
	.then(cleanup)
	.catch(async (e) => {
		await cleanup();
		if (e instanceof UsageError) {
			console.error(`stills: ${e.message}\n\n${usage()}`);
			process.exit(2);
		}
		if (e instanceof NoBrowserError) {
			console.error(`stills: ${e.message}`);
			process.exit(3);
		}
		console.error(`stills: ${e?.stack ?? e}`);
		process.exit(1);
	});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => {
		console.error(`\nstills: interrupted; the folder of the story being drawn is unchanged`);
		cleanup().finally(() => process.exit(130));
	});
}
