/**
 * The bench's clips section (`npm run bench -- --only clips`): seconds of video per second of
 * work, by size and format, recorded by the exporter's own page (scripts/clips/render.mjs) in the bench's
 * shared browser from the bench's server. Two clips per run (4.5 s each at the default hold): a
 * move within one chart (the ranking growing to ten rows) and a change of chart (ranking to
 * donut, a cross-fade). The goals: at least real time (1.0) at 1280x720 MP4, and at least half
 * of it at 1920x1080 MP4.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openClipPage } from '../../clips/render.mjs';
import { DEFAULT_HOLD_S, stepTimeline } from '../../../src/lib/drivers/shared/recording/plan.js';
import { gifSize } from '../../../src/lib/drivers/shared/recording/formats.js';

/** A move within a chart, and a change of chart: [previous step, step]. */
const PAIRS = [
	['top-five', 'top-ten'],
	['china-highlight', 'providers']
];

/** @type {{ width: number, height: number, format: 'mp4' | 'webm' | 'gif', fps: number, goal?: number }[]} */
const RUNS = [
	{ width: 1280, height: 720, format: 'mp4', fps: 30, goal: 1 },
	{ width: 1920, height: 1080, format: 'mp4', fps: 30, goal: 0.5 },
	{ width: 1080, height: 1920, format: 'mp4', fps: 30 },
	{ width: 1080, height: 1350, format: 'mp4', fps: 30 },
	{ width: 1920, height: 1080, format: 'mp4', fps: 60 },
	{ width: 1920, height: 1080, format: 'webm', fps: 30 },
	{ width: 1920, height: 1080, format: 'gif', fps: 30 }
];

/** @type {import('../context.mjs').Section} */
export const clipsSection = {
	name: 'clips',
	title: 'Clips (npm run clips): seconds of video per second of work, by size and format',
	async run(ctx) {
		const browser = await ctx.browser();
		await ctx.ensureServer();
		const page = await openClipPage(browser, ctx.baseUrl);
		const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-clips-'));
		/** @type {import('../format.mjs').SummaryRow[]} */
		const rows = [];
		/** @type {Record<string, unknown>} */
		const data = {};
		try {
			for (const r of RUNS) {
				const out = r.format === 'gif' ? gifSize(r.width, r.height) : { width: r.width, height: r.height };
				const timeline = stepTimeline(true, DEFAULT_HOLD_S, r.fps);
				const load = os.loadavg()[0];
				let video = 0;
				let work = 0;
				let bytes = 0;
				/** @type {Record<string, number>} */
				const phases = { settle: 0, serialize: 0, raster: 0, encode: 0, drawn: 0, frames: 0 };
				for (const ids of PAIRS) {
					const t0 = performance.now();
					const rec = await page.record(
						{ ids, timeline, width: r.width, height: r.height, out, theme: 'light', format: r.format },
						path.join(dir, `clip.${r.format}`)
					);
					work += performance.now() - t0;
					video += timeline.frames / timeline.fps;
					bytes += rec.bytes;
					for (const k of Object.keys(phases)) phases[k] += /** @type {any} */ (rec.stats)[k];
				}
				const rate = video / (work / 1000);
				const key = `${out.width}x${out.height} ${r.format} ${r.fps} fps`;
				console.log(
					`${key.padEnd(24)} ${video.toFixed(1)} s of video in ${(work / 1000).toFixed(2)} s: ${rate.toFixed(2)} s of video per second ` +
						`(${phases.drawn} of ${phases.frames} frames drawn; ms serialize ${Math.round(phases.serialize)}, raster ${Math.round(phases.raster)}, ` +
						`encode ${Math.round(phases.encode)}, settle ${Math.round(phases.settle)}; ${(bytes / 1024 / PAIRS.length).toFixed(0)} KB a clip; load ${load.toFixed(1)})`
				);
				if (r.goal && rate < r.goal)
					ctx.problem(
						`clips: ${key} made ${rate.toFixed(2)} s of video per second (goal ${r.goal}; load ${load.toFixed(1)})`
					);
				rows.push({
					section: 'Clips',
					metric: `${key}, s of video per s`,
					values: { desktop: `${rate.toFixed(2)} (load ${load.toFixed(1)})` }
				});
				data[key] = { videoS: video, workMs: work, rate, bytes, phases, load };
			}
		} finally {
			await page.close();
			await rm(dir, { recursive: true, force: true });
		}
		return { rows, data };
	}
};
