#!/usr/bin/env node
/**
 * `npm run bench`: how heavy and how smooth the built story is. A benchmark, not a test: it prints
 * figures and asserts nothing about them; it exits non-zero only when something crashes.
 *
 *   npm run bench                        build, then every section
 *   npm run bench -- --no-build          use the existing build/
 *   npm run bench -- --lh-runs 5         Lighthouse runs (median reported; default 3)
 *   npm run bench -- --skip-lighthouse
 *   npm run bench -- --only weight,scroll
 *   npm run bench -- --trace             also record a Chromium trace of the scroll run (and of the
 *                                        first wheel run) and say what its long tasks spent their time on
 *   npm run bench -- --wheel-runs 5      runs of the wheel section (default 3)
 *   npm run bench -- --story SLUG        measure that story (default: the build's first story to publish)
 *   npm run bench -- --lang zh           measure the story's edition in that language
 *   BENCH_PORT=4190 npm run bench        serve build/ on another port (default 4180)
 *
 * This file runs the bench: its options, the build, the server, the sections in order, the summary.
 * Each section is a file of scripts/bench/sections/ and an entry of `sections` below,
 * `{ name, title, run(ctx) -> { rows, data } }` (scripts/bench/context.mjs): `rows` go to the
 * Markdown summary (one column per viewport key), `data` to bench-results/latest.json. A new
 * section is one more file there, one import and one entry here.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchPort, parseArgs } from './bench/args.mjs';
import { chromiumVersion, CHROME_FLAGS, findChromium } from './bench/chromium.mjs';
import { ROOT, VIEWPORTS } from './bench/context.mjs';
import { previewServer } from './bench/server.mjs';
import { writeSummary } from './bench/summary.mjs';
import { weightSection } from './bench/sections/weight.mjs';
import { lighthouseSection } from './bench/sections/lighthouse.mjs';
import { loadSection } from './bench/sections/load.mjs';
import { scrollSection } from './bench/sections/scroll.mjs';
import { wheelSection } from './bench/sections/wheel.mjs';
import { jumpSection } from './bench/sections/jump.mjs';
import { heightSection } from './bench/sections/height.mjs';
import { stageSection } from './bench/sections/stage.mjs';
import { stillsSection } from './bench/sections/stills.mjs';
import { clipsSection } from './bench/sections/clips.mjs';
import { embedsSection } from './bench/sections/embeds.mjs';
import { buildSite } from './site-build.mjs';
import { readBuildStories, selectStories, selectVersions } from './build-stories.mjs';

/** Every section, in the order they run. */
/** @type {import('./bench/context.mjs').Section[]} */
const sections = [
	weightSection,
	lighthouseSection,
	loadSection,
	scrollSection,
	wheelSection,
	jumpSection,
	heightSection,
	stageSection,
	stillsSection,
	clipsSection,
	embedsSection
];

const server = previewServer(ROOT, benchPort(process.env));
/** @type {(() => unknown)[]} */
const cleanups = [];
let interrupted = false;

async function cleanup() {
	server.kill();
	for (const fn of cleanups.splice(0).reverse()) {
		try {
			await fn();
		} catch {
			// best effort
		}
	}
}

process.on('exit', server.kill);
for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
	process.on(sig, () => {
		interrupted = true;
		console.error(`\n${sig}: stopping the preview server and browsers`);
		const hard = setTimeout(() => process.exit(130), 3000);
		cleanup().finally(() => {
			clearTimeout(hard);
			process.exit(130);
		});
	});
}

function usage() {
	return `Usage: [BENCH_PORT=4180] npm run bench -- [--no-build] [--lh-runs N] [--wheel-runs N] [--skip-lighthouse] [--story SLUG] [--lang CODE] [--only ${sections.map((s) => s.name).join('|')}[,...]] [--trace]`;
}

async function main() {
	const t0 = performance.now();
	const loadStart = os.loadavg();
	console.log(
		`load average (1, 5, 15 min): ${loadStart.map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores`
	);
	/** @type {import('./bench/args.mjs').BenchArgs} */
	let args;
	try {
		args = parseArgs(
			process.argv.slice(2),
			sections.map((s) => s.name)
		);
	} catch (e) {
		console.error(`${/** @type {Error} */ (e).message}\n${usage()}`);
		process.exit(2);
	}
	if (args.help) {
		console.log(usage());
		return;
	}
	const chromePath = findChromium();
	const chromeVersion = chromiumVersion(chromePath);
	/** @type {string[]} */
	const problems = [];

	/** @type {number | null} */
	let buildMs = null;
	if (args.build) {
		console.log('## Build\n\n$ npm run build');
		let b0 = performance.now();
		try {
			await buildSite(ROOT);
		} catch (first) {
			// Two builds in one checkout at once clobber each other's .svelte-kit/output: try once more.
			console.log(`build failed (${/** @type {Error} */ (first).message.split('\n')[0]}); retrying once in 5 s`);
			await new Promise((r) => setTimeout(r, 5000));
			b0 = performance.now();
			await buildSite(ROOT);
		}
		buildMs = performance.now() - b0;
		console.log(`build time: ${(buildMs / 1000).toFixed(1)} s`);
	} else if (!existsSync(path.join(ROOT, 'build/index.html'))) {
		throw new Error('--no-build, but build/index.html does not exist: run `npm run build` first');
	}

	// One story is measured: --story, else the build's first story to publish.
	const built = readBuildStories(ROOT);
	const story = args.story ? selectStories(built, [args.story])[0] : (built.find((s) => !s.test) ?? built[0]);
	// In its own language, or the edition --lang names (its pages at /<slug>/<lang>/).
	const at = args.lang ? selectVersions([story], [args.lang])[0].path : story.slug;
	const pid = await server.start();
	console.log(`\nvite preview on ${server.baseUrl} (pid ${pid}); the story measured: ${story.slug}, at /${at}/`);

	const { chromium } = await import('@playwright/test');
	/** @type {import('@playwright/test').Browser | null} */
	let browser = null;
	/** @type {import('./bench/context.mjs').Ctx} */
	const ctx = {
		// Every section opens the story's pages from here: /<slug>/, /<slug>/present/, /<slug>/still/
		// (an edition's under /<slug>/<lang>/).
		baseUrl: `${server.baseUrl}/${at}`,
		story,
		args,
		chromePath,
		viewports: VIEWPORTS,
		async browser() {
			if (!browser) {
				browser = await chromium.launch({ executablePath: chromePath, args: ['--headless=new', ...CHROME_FLAGS] });
				const b = browser;
				cleanups.push(() => b.close());
			}
			return browser;
		},
		problem(msg) {
			if (!problems.includes(msg)) problems.push(msg);
		},
		onCleanup(fn) {
			cleanups.push(fn);
		},
		ensureServer: server.ensure
	};

	/** @type {import('./bench/format.mjs').SummaryRow[]} */
	const summary = [];
	/** @type {Record<string, unknown>} */
	const sectionData = {};
	/** @type {Record<string, number>} */
	const sectionMs = {};
	try {
		for (const s of sections) {
			if (args.only && !args.only.includes(s.name)) continue;
			if (s.enabled && !s.enabled(args)) continue;
			console.log(`\n## ${s.title}`);
			const s0 = performance.now();
			const { rows, data } = await s.run(ctx);
			sectionMs[s.name] = performance.now() - s0;
			console.log(`(${s.name}: ${(sectionMs[s.name] / 1000).toFixed(1)} s)`);
			summary.push(...rows);
			sectionData[s.name] = data;
		}
	} finally {
		await cleanup();
	}

	for (const e of server.exits) problems.push(e);
	writeSummary({ args, buildMs, chromeVersion, loadStart, problems, sectionData, sectionMs, summary, t0 });
}

main().then(
	() => process.exit(0),
	async (e) => {
		if (interrupted) return; // the signal handler is cleaning up and exits
		console.error(`\nbench crashed: ${e?.stack ?? e}`);
		await cleanup();
		process.exit(1);
	}
);
