#!/usr/bin/env node
/**
 * `npm run stills`: every step of the story as a still (PNG by default, SVG or one PDF deck),
 * drawn from build/ in Playwright's Chromium. See `npm run stills -- --help` and the README.
 *
 * Exit codes: 0 done; 2 a bad option or an unknown step; 3 no browser; 1 anything else (a failed
 * build, a still that never finished drawing).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseStillsArgs, usage } from './stills-args.mjs';
import { selectSteps, seconds } from './stills-lib.mjs';
import { BUILD_STAMP } from './site-build.mjs';
import { renderStills } from './stills-render.mjs';
import { moveIntoPlace } from './stills-output.mjs';
import { runExporter } from './exporter.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

runExporter('stills', usage, async ({ prepare }) => {
	const t0 = performance.now();
	const args = parseStillsArgs(process.argv.slice(2));
	if (args.help) {
		console.log(usage());
		return;
	}
	const run = await prepare(ROOT, { build: args.build });
	/** @type {{ title: string, steps: import('./stills-lib.mjs').StepRef[] }} */
	let manifest;
	try {
		manifest = JSON.parse(readFileSync(path.join(ROOT, BUILD_STAMP), 'utf8'));
	} catch {
		throw new Error(`${BUILD_STAMP} is missing: run \`npm run build\` (or drop --no-build)`);
	}
	const steps = selectSteps(manifest.steps, args.steps);

	const server = await run.serve();
	const browser = await run.launch();
	const tmp = await run.temp(args.out);
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
});
