/**
 * The bench's stills section (`npm run bench -- --only stills`): seconds per still by size and
 * format, drawn by the exporter's own code (scripts/stills/render.mjs) in the bench's shared browser from
 * the bench's server. Every step at 1920x1080 PNG (the figure the issue sets a goal for: 0.3 s,
 * never over 1 s); a few steps at every other shape and format.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { median } from '../stats.mjs';
import { renderStills } from '../../stills/render.mjs';

/** A few steps of different charts, for the runs that do not draw every step. */
const SAMPLE = ['intro', 'providers', 'weekly-spike', 'bench-gdpval', 'prices', 'closing'];

/** @type {{ width: number, height: number, format: 'png' | 'svg' | 'pdf', all?: boolean }[]} */
const RUNS = [
	{ width: 1920, height: 1080, format: 'png', all: true },
	{ width: 1280, height: 720, format: 'png' },
	{ width: 3840, height: 2160, format: 'png' },
	{ width: 1080, height: 1350, format: 'png' },
	{ width: 1080, height: 1920, format: 'png' },
	{ width: 1200, height: 630, format: 'png' },
	{ width: 1920, height: 1080, format: 'svg' },
	{ width: 1920, height: 1080, format: 'pdf' }
];

/** @param {number} ms */
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** @type {import('../context.mjs').Section} */
export const stillsSection = {
	name: 'stills',
	title: 'Stills (npm run stills): seconds per still by size and format, one page, light theme',
	async run(ctx) {
		const browser = await ctx.browser();
		await ctx.ensureServer();
		// The story's steps as the build lists them (build/stories.json), as the exporter reads them.
		const all = ctx.story.steps;
		const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-stills-'));
		/** @type {import('../format.mjs').SummaryRow[]} */
		const rows = [];
		/** @type {Record<string, unknown>} */
		const data = {};
		try {
			for (const r of RUNS) {
				const steps = r.all ? all : all.filter((x) => SAMPLE.includes(x.id));
				const t0 = performance.now();
				const { ms, files } = await renderStills({
					browser,
					baseUrl: ctx.baseUrl,
					steps,
					width: r.width,
					height: r.height,
					scale: 1,
					theme: 'light',
					format: r.format,
					dir: path.join(dir, `${r.width}x${r.height}-${r.format}`)
				});
				const total = performance.now() - t0;
				// The first still of a run also loads the page; the rest move it in place.
				const steady = median(ms.slice(1));
				const bytes = (await Promise.all(files.map((f) => readFile(f)))).reduce((a, b) => a + b.length, 0);
				const key = `${r.width}x${r.height} ${r.format}`;
				console.log(
					`${key.padEnd(15)} ${String(steps.length).padStart(2)} stills in ${s(total)}: ${s(total / steps.length)} per still ` +
						`(median ${s(steady)} after the first, slowest ${s(Math.max(...ms))}), ${(bytes / 1024 / steps.length).toFixed(0)} KB each`
				);
				if (r.width === 1920 && r.format === 'png' && total / steps.length > 1000)
					ctx.problem(`stills: ${key} took ${s(total / steps.length)} per still (over 1 s)`);
				rows.push({
					section: 'Stills',
					metric: `${key} (${steps.length} steps), per still`,
					values: { desktop: `${s(total / steps.length)} (median ${s(steady)})` }
				});
				data[key] = {
					steps: steps.length,
					totalMs: total,
					perStillMs: total / steps.length,
					medianMs: steady,
					ms,
					bytes
				};
			}
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
		return { rows, data };
	}
};
