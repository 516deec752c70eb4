#!/usr/bin/env node
/**
 * `npm run clips`: each step's chart move as a short video (MP4 by default, WebM or GIF), or the
 * whole talk as one with captions and chapters, recorded from build/ in Chromium on a virtual
 * clock. See `npm run clips -- --help` and the README.
 *
 * Exit codes: 0 done; 2 a bad option or an unknown step; 3 no browser, or a browser without the
 * encoder the format needs; 1 anything else.
 */
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseClipsArgs, usage } from './clips/args.mjs';
import { selectSteps, seconds } from './stills/lib.mjs';
import { moveIntoPlace } from './stills/output.mjs';
import { BrowserLacksError, runExporter, storiesToExport } from './exporter.mjs';
import { EncoderMissingError, openClipPage } from './clips/render.mjs';
import {
	WHOLE_NAME,
	captionCues,
	chapterTitle,
	clipFileName,
	fileSize,
	replacedByClips,
	webVtt
} from './clips/lib.mjs';
import { DEFAULT_HOLD_S, frameTime, stepTimeline, wholeTimeline } from '../src/lib/drivers/shared/recording/plan.js';
import { CLIP_FORMATS, gifSize } from '../src/lib/drivers/shared/recording/formats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

runExporter({ name: 'clips', usage, parse: parseClipsArgs, root: ROOT }, async (args, run, t0) => {
	const versions = storiesToExport(ROOT, args);
	const server = await run.serve();
	const browser = await run.launch();
	// A test seam: CLIPS_BROWSER_LACKS=avc makes the page's encoder refuse H.264, as a browser
	// built without it does.
	const lacks = (process.env.CLIPS_BROWSER_LACKS ?? '').split(',').filter(Boolean);
	for (const version of versions) {
		// Each story's clips go to <out>/<slug>/, an edition's (its captions and chapters in its
		// language: the page's story is the edition's) to <out>/<slug>/<lang>/.
		await clipStory(
			run,
			await openClipPage(browser, `${server.url}/${version.path}`, { lacks }),
			args,
			path.join(args.out, version.path),
			t0,
			version.lang
		);
	}
});

/**
 * Records one story's clips (or its whole talk) into `outDir`.
 * @param {import('./exporter.mjs').Exporter} run
 * @param {Awaited<ReturnType<typeof openClipPage>>} page
 * @param {import('./clips/args.mjs').ClipsArgs} args
 * @param {string} outDir
 * @param {number} t0
 * @param {string} lang the captions' and chapters' language
 */
async function clipStory(run, page, args, outDir, t0, lang) {
	const all = page.story.steps;
	const steps = selectSteps(all, args.steps);
	const hold = args.hold ?? DEFAULT_HOLD_S;
	const out = args.format === 'gif' ? gifSize(args.width, args.height) : { width: args.width, height: args.height };

	const tmp = await run.temp(outDir);
	const what = `${out.width}x${out.height}${args.format === 'gif' ? ` (laid out as ${args.width}x${args.height})` : ''}, ${args.fps} fps, ${args.theme}, ${args.format}`;
	const r0 = performance.now();
	let videoSeconds = 0;
	/** @type {string[]} */
	const files = [];
	/** @param {string} name @param {{ ids: string[], timeline: import('../src/lib/drivers/shared/recording/plan.js').Timeline }} c */
	const record = async (name, c) => {
		const c0 = performance.now();
		const hashes = Boolean(process.env.CLIPS_HASHES);
		const rec = await page.record(
			{ ...c, width: args.width, height: args.height, out, theme: args.theme, format: args.format, hashes },
			path.join(tmp, name)
		);
		const { bytes, stats } = rec;
		const s = c.timeline.frames / c.timeline.fps;
		videoSeconds += s;
		files.push(name);
		const took = performance.now() - c0;
		console.log(
			`${name}  ${s.toFixed(2)} s of video, ${c.timeline.frames} frames, ${fileSize(bytes)}, in ${seconds(took)} (${(s / (took / 1000)).toFixed(2)}x real time)`
		);
		if (rec.hashes) console.log(`  canvas hashes: ${rec.hashes.join(' ')}`);
		if (process.env.CLIPS_TIMES)
			console.log(
				`  ${stats.drawn} of ${stats.frames} frames drawn; ms: settle ${ms(stats.settle)}, serialize ${ms(stats.serialize)}, raster ${ms(stats.raster)}, encode ${ms(stats.encode)}`
			);
	};

	try {
		if (args.whole) {
			const planned = steps.map((s) => s.seconds);
			const paced = args.hold === null && planned.every((s) => s !== null);
			const secs = paced ? /** @type {number[]} */ (planned) : steps.map(() => hold);
			const timeline = wholeTimeline(secs, args.fps);
			console.log(
				`Recording the talk, ${steps.length} step${steps.length > 1 ? 's' : ''} (${what}), each ${paced ? `for its share of ${page.story.talkMinutes} minutes` : `for ${hold} s`}, into ${outDir}/`
			);
			await record(`${WHOLE_NAME}.${args.format}`, { ids: steps.map((s) => s.id), timeline });
			const bounds = timeline.changes
				.map((c) => frameTime(c.frame, args.fps))
				.concat(frameTime(timeline.frames, args.fps));
			const captions = steps.flatMap((s, i) => captionCues(s.words, bounds[i], bounds[i + 1], lang));
			const chapters = steps.map((s, i) => ({ start: bounds[i], end: bounds[i + 1], text: chapterTitle(s, lang) }));
			await writeFile(path.join(tmp, `${WHOLE_NAME}.captions.vtt`), webVtt(captions));
			await writeFile(path.join(tmp, `${WHOLE_NAME}.chapters.vtt`), webVtt(chapters));
			files.push(`${WHOLE_NAME}.captions.vtt`, `${WHOLE_NAME}.chapters.vtt`);
		} else {
			console.log(
				`Recording ${steps.length} clip${steps.length > 1 ? 's' : ''} (${what}, hold ${hold} s) into ${outDir}/`
			);
			for (const step of steps) {
				const i = all.findIndex((s) => s.id === step.id);
				const prev = i > 0 ? all[i - 1] : null;
				await record(clipFileName(step.number, step.id, args.format), {
					ids: prev ? [prev.id, step.id] : [step.id],
					timeline: stepTimeline(prev !== null, hold, args.fps)
				});
			}
		}
	} catch (e) {
		if (e instanceof EncoderMissingError) {
			// Name the formats this browser can write instead (a GIF needs no video encoder).
			/** @type {string[]} */
			const working = [];
			for (const f of CLIP_FORMATS.filter((x) => x !== args.format)) {
				const size = f === 'gif' ? gifSize(args.width, args.height) : { width: args.width, height: args.height };
				if (!(await page.problem(f, size.width, size.height))) working.push(`--format ${f}`);
			}
			throw new BrowserLacksError(
				`${e.message}; ${working.length ? `try ${working.join(' or ')}` : 'no format works in this browser'}`
			);
		}
		throw e;
	}
	const work = performance.now() - r0;
	await moveIntoPlace(tmp, outDir, {
		replaces: (name) => args.steps === null && replacedByClips(name, args.format, args.whole)
	});
	await page.close();
	let total = 0;
	for (const f of files) total += (await stat(path.join(outDir, f))).size;
	console.log(
		`Wrote ${files.length} file${files.length > 1 ? 's' : ''} (${fileSize(total)}) to ${outDir}/: ${videoSeconds.toFixed(2)} s of video in ${seconds(work)} ` +
			`(${(videoSeconds / (work / 1000)).toFixed(2)} s of video per second; ${seconds(performance.now() - t0)} in all)`
	);
}

/** @param {number} n */
function ms(n) {
	return Math.round(n);
}
