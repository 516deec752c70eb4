#!/usr/bin/env node
/**
 * `npm run stills`: every step of every story of the build (or those of `--story`), in its language
 * and each edition's (or those of `--lang`), as a still (PNG by default, SVG or one PDF deck per
 * story), drawn from build/ in Playwright's Chromium, into stills/<slug>/ (an edition's into
 * stills/<slug>/<lang>/). See `npm run stills -- --help` and the README.
 *
 * Exit codes: 0 done; 2 a bad option or an unknown step; 3 no browser; 1 anything else (a failed
 * build, a still that never finished drawing).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseStillsArgs, usage } from './stills/args.mjs';
import { seconds } from './stills/lib.mjs';
import { renderStills } from './stills/render.mjs';
import { moveIntoPlace } from './stills/output.mjs';
import { runExporter, storiesToExport } from './exporter.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

runExporter({ name: 'stills', usage, parse: parseStillsArgs, root: ROOT }, async (args, run, t0) => {
	const runs = storiesToExport(ROOT, args).map((r) => ({ ...r, out: path.join(args.out, r.path) }));

	const server = await run.serve();
	const browser = await run.launch();

	const what = `${args.width}x${args.height}${args.scale !== 1 ? ` at ${args.scale}x` : ''}, ${args.theme}, ${args.format}`;
	if (args.format === 'pdf' && args.scale !== 1)
		console.log('(--scale does not change a PDF: it is vector at any size)');
	for (const { title, lang, edition, path: at, steps, out } of runs) {
		const tmp = await run.temp(out);
		console.log(
			`Drawing ${steps.length} still${steps.length > 1 ? 's' : ''} of "${title}"${edition ? ` (${lang})` : ''} (${what}) into ${out}/`
		);
		const r0 = performance.now();
		const { files } = await renderStills({
			browser,
			// Each version's still pages are under its path: /<slug>/still/<id>/, /<slug>/<lang>/still/<id>/.
			baseUrl: `${server.url}/${at}`,
			steps,
			width: args.width,
			height: args.height,
			scale: args.scale,
			theme: args.theme,
			format: args.format,
			dir: tmp,
			jobs: args.jobs,
			title,
			onProgress: ({ step, file, ms, done, total }) =>
				console.log(
					`[${String(done).padStart(String(total).length)}/${total}] ${file ? path.basename(file) : `${step.id} (page of the deck)`}  ${seconds(ms)}`
				)
		});
		const renderMs = performance.now() - r0;
		await moveIntoPlace(tmp, out, { format: args.format, full: args.steps === null });
		console.log(
			`Wrote ${files.length} file${files.length > 1 ? 's' : ''} to ${out}/ in ${seconds(renderMs)} ` +
				`(${seconds(renderMs / steps.length)} per still; ${seconds(performance.now() - t0)} in all)`
		);
	}
});
