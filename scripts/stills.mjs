#!/usr/bin/env node
/**
 * `npm run stills`: every step of the story as a still (PNG by default, SVG or one PDF deck),
 * drawn from build/ in Playwright's Chromium. See `npm run stills -- --help` and the README.
 *
 * Exit codes: 0 done; 2 a bad option or an unknown step; 3 no browser; 1 anything else (a failed
 * build, a still that never finished drawing).
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseStillsArgs, usage, UsageError } from './stills-args.mjs';
import { selectSteps, seconds } from './stills-lib.mjs';
import { CHROME_ARGS, findChromium, NoBrowserError, playwrightChromium } from './stills-browser.mjs';
import { BUILD_STAMP, buildSite, staleReason } from './site-build.mjs';
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
	/** @type {{ title: string, steps: import('./stills-lib.mjs').StepRef[] }} */
	let manifest;
	try {
		manifest = JSON.parse(readFileSync(path.join(ROOT, BUILD_STAMP), 'utf8'));
	} catch {
		throw new Error(`${BUILD_STAMP} is missing: run \`npm run build\` (or drop --no-build)`);
	}
	const steps = selectSteps(manifest.steps, args.steps);

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

	const tmp = await tempFolder(args.out);
	cleanups.push(() => rm(tmp, { recursive: true, force: true }));
	const what = `${args.width}x${args.height}${args.scale !== 1 ? ` at ${args.scale}x` : ''}, ${args.theme}, ${args.format}`;
	if (args.format === 'pdf' && args.scale !== 1) console.log('(--scale does not change a PDF: it is vector at any size)');
	console.log(`Drawing ${steps.length} still${steps.length > 1 ? 's' : ''} (${what}) into ${args.out}/`);
	const r0 = performance.now();
	const { files } = await renderStills({
		browser,
		baseUrl: server.url,
		steps,
		width: args.width,
		height: args.height,
		scale: args.scale,
		theme: args.theme,
		format: args.format,
		dir: tmp,
		jobs: args.jobs,
		title: manifest.title,
		onProgress: ({ step, file, ms, done, total }) =>
			console.log(`[${String(done).padStart(String(total).length)}/${total}] ${file ? path.basename(file) : `${step.id} (page of the deck)`}  ${seconds(ms)}`)
	});
	const renderMs = performance.now() - r0;
	await moveIntoPlace(tmp, args.out, { format: args.format, full: args.steps === null });
	const perStill = renderMs / steps.length;
	console.log(
		`Wrote ${files.length} file${files.length > 1 ? 's' : ''} to ${args.out}/ in ${seconds(renderMs)} ` +
			`(${seconds(perStill)} per still; ${seconds(performance.now() - t0)} in all)`
	);
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
		console.error(`\nstills: interrupted; the output folder is unchanged`);
		cleanup().finally(() => process.exit(130));
	});
}
