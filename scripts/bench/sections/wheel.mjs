/**
 * The bench's wheel section: a reader's mouse wheel from the top of the page to its end,
 * `--wheel-runs` times; the frames over 33 ms while the page moves, and in the half second after.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RESULTS_DIR, ROOT } from '../context.mjs';
import { formatMs } from '../format.mjs';
import { intervals, startRecording, stopRecording } from '../in-page.mjs';
import { openReading } from '../pages.mjs';
import { wheelNotches } from '../scrolling.mjs';
import { frameStats, wheelSummary } from '../stats.mjs';
import { summarizeLongTasks, TRACE_CATEGORIES } from '../traces.mjs';

/** @typedef {import('../context.mjs').Section} Section */

/** The wheel run's trace adds the frame pipeline (frames, paint, raster, compositor). */
const WHEEL_TRACE_CATEGORIES = [
	...TRACE_CATEGORIES,
	'disabled-by-default-devtools.timeline.frame',
	'benchmark',
	'cc',
	'viz',
	'gpu'
];

const WHEEL = { width: 1280, height: 800, delta: 100, gapMs: 16, overMs: 33 };

/**
 * A reader's mouse wheel: at 1280×800 the wheel turns 100 px every 16 ms from the top of the page
 * to its end, and every frame interval (requestAnimationFrame) is timed while the page moves (up
 * to the frame after its last scroll event). Counts, per run (a fresh page each), the frames over
 * 33 ms: each one showed a picture for two refreshes or more. The frames of the half second after
 * the page stops are counted apart (a chart may still change there). The events are sent on a fixed 16 ms schedule without waiting for the page;
 * the gaps between them as the page received them are printed too.
 * @type {Section}
 */
export const wheelSection = {
	name: 'wheel',
	title: `Wheel scroll (${WHEEL.delta} px every ${WHEEL.gapMs} ms, ${WHEEL.width}×${WHEEL.height}, top to end): frames over ${WHEEL.overMs} ms`,
	async run(ctx) {
		const browser = await ctx.browser();
		/** @type {{ frames: number[], wheelGaps: number[], longtasks: number[], notches: number, maxScroll: number, reached: number, trace: ReturnType<typeof summarizeLongTasks> | null, slow: { y: number, ms: number }[], slowAfter: number[] }[]} */
		const runs = [];
		for (let r = 0; r < ctx.args.wheelRuns; r++) {
			const { context, page } = await openReading(
				ctx,
				{ viewport: { width: WHEEL.width, height: WHEEL.height } },
				`wheel/run ${r + 1}`
			);
			await page.waitForTimeout(500);
			await page.mouse.move(WHEEL.width / 2, WHEEL.height / 2);
			const maxScroll = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
			const notches = wheelNotches({ maxScroll, delta: WHEEL.delta });
			const tracing = ctx.args.trace && r === 0;
			if (tracing) await browser.startTracing(page, { categories: WHEEL_TRACE_CATEGORIES });
			await startRecording(page);
			// A fixed schedule: each notch is sent at its time, whether or not the last one was handled.
			/** @type {Promise<void>[]} */
			const sent = [];
			const t0 = performance.now();
			for (let k = 0; k < notches; k++) {
				const wait = t0 + k * WHEEL.gapMs - performance.now();
				if (wait > 0) await new Promise((res) => setTimeout(res, wait));
				sent.push(page.mouse.wheel(0, WHEEL.delta));
			}
			await Promise.all(sent);
			// Until the page has been still for 500 ms (a smooth scroll may still be running).
			await page.waitForFunction(() => performance.now() - /** @type {any} */ (window).__bench.lastMove > 500, null, {
				timeout: 15_000,
				polling: 100
			});
			const got = await stopRecording(page);
			/** @type {ReturnType<typeof summarizeLongTasks> | null} */
			let trace = null;
			if (tracing) {
				const buf = await browser.stopTracing();
				mkdirSync(RESULTS_DIR, { recursive: true });
				const file = path.join(RESULTS_DIR, 'trace-wheel.json');
				writeFileSync(file, buf);
				const json = JSON.parse(buf.toString('utf8'));
				trace = summarizeLongTasks(json.traceEvents ?? json, { threshold: WHEEL.overMs });
				console.log(`(trace written to ${path.relative(ROOT, file)})`);
			}
			await context.close();
			// While the page moves: up to the frame after the last scroll event. The frames of the
			// settling half second after it are reported apart.
			const all = got.frames;
			const cut = all.findIndex((f) => f.t > got.lastMove);
			const frameLog = cut < 0 ? all : all.slice(0, cut + 1);
			const after = cut < 0 ? [] : all.slice(cut + 1);
			const wheelGaps = got.wheels.slice(1).map((t, i) => t - got.wheels[i]);
			const run = {
				frames: intervals(frameLog),
				wheelGaps,
				longtasks: got.during.map((t) => t.duration),
				notches,
				maxScroll,
				reached: got.scrollY,
				trace,
				slow: frameLog.filter((f) => f.ms > WHEEL.overMs),
				slowAfter: after.filter((f) => f.ms > WHEEL.overMs).map((f) => f.ms)
			};
			runs.push(run);
			const fr = frameStats(run.frames);
			console.log(
				`run ${r + 1}/${ctx.args.wheelRuns} (load ${os
					.loadavg()
					.map((l) => l.toFixed(2))
					.join(' ')}): ` +
					`${run.slow.length} frames over ${WHEEL.overMs} ms of ${fr.frames}` +
					(run.slow.length ? ` (${run.slow.map((f) => `${formatMs(f.ms, 1)} at y=${f.y}`).join(', ')})` : '') +
					`; max ${formatMs(fr.max, 1)}, p95 ${formatMs(fr.p95, 1)}; long tasks ${run.longtasks.length}; ` +
					`${notches} notches, ${got.wheels.length} received, reached ${Math.round(got.scrollY)}/${maxScroll}; ` +
					`once still: ${run.slowAfter.length} frames over ${WHEEL.overMs} ms${run.slowAfter.length ? ` (${run.slowAfter.map((ms) => formatMs(ms, 1)).join(', ')})` : ''}`
			);
			if (got.scrollY < maxScroll - 1)
				ctx.problem(`wheel/run ${r + 1}: stopped at ${Math.round(got.scrollY)} of ${maxScroll}`);
			if (trace) {
				console.log(
					`  main-thread tasks over ${WHEEL.overMs} ms in the trace: ${trace.tasks.length}; longest, any length: ${trace.longest.map((d) => formatMs(d, 1)).join(', ')}`
				);
				for (const t of trace.tasks.slice(0, 10)) {
					console.log(
						`    ${formatMs(t.duration, 1)}: ${t.top.map((x) => `${x.name} ${formatMs(x.self, 1)}`).join(', ')}`
					);
				}
			}
		}
		const s = wheelSummary(runs, WHEEL.overMs);
		console.log(
			`\nframes over ${WHEEL.overMs} ms per run: ${s.over.join(', ')} (median ${s.overMedian}); longest frame ${formatMs(s.maxFrame, 1)}; ` +
				`long tasks ${s.longTasks}; wheel events arrived ${formatMs(s.wheelGapP50, 1)} apart (p50), ${formatMs(s.wheelGapMax, 1)} at most`
		);
		const section = `Wheel scroll (${ctx.args.wheelRuns} runs)`;
		/** @type {SummaryRow[]} */
		const rows = [
			{ section, metric: `Frames over ${WHEEL.overMs} ms, per run`, values: { desktop: s.over.join(', ') } },
			{ section, metric: 'Longest frame', values: { desktop: formatMs(s.maxFrame, 1) } },
			{ section, metric: 'Frame interval p95', values: { desktop: formatMs(s.p95, 1) } },
			{ section, metric: 'Long tasks', values: { desktop: s.longTasks } },
			{
				section,
				metric: `Frames over ${WHEEL.overMs} ms in the 500 ms after, per run`,
				values: { desktop: runs.map((r) => r.slowAfter.length).join(', ') }
			}
		];
		return { rows, data: { summary: s, runs, loadavg: os.loadavg() } };
	}
};
