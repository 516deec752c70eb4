/**
 * The bench's scroll section: on the phone and the desktop viewport, a script scrolls smoothly to
 * every step in turn and checks that it ends past the trigger line and alone current; long tasks
 * and frame intervals meanwhile, horizontal overflow, the figure's DOM nodes at each step (a long
 * dataset must not make the chart heavy), and with `--trace` what the long tasks of a Chromium
 * trace spent their time on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR, ROOT } from '../context.mjs';
import { formatMs, formatPercent, textTable } from '../format.mjs';
import { intervals, startRecording, stopRecording } from '../in-page.mjs';
import { openReading } from '../pages.mjs';
import { scrollTargetFor } from '../scrolling.mjs';
import { frameStats, longTaskStats } from '../stats.mjs';
import { summarizeLongTasks, TRACE_CATEGORIES } from '../traces.mjs';

/** @typedef {import('../context.mjs').Section} Section */

const SCROLL_MS = 600;
const SETTLE_MS = 700;

/** @type {Section} */
export const scrollSection = {
	name: 'scroll',
	title: `Scroll through every step (${SCROLL_MS} ms smooth scroll + ${SETTLE_MS} ms settle per step)`,
	async run(ctx) {
		const browser = await ctx.browser();
		/** @type {Record<string, any>} */
		const results = {};
		for (const vp of ctx.viewports) {
			const { context, page } = await openReading(ctx, vp.options, `scroll/${vp.key}`);
			const ids = await page.$$eval('[data-step]', (els) => els.map((el) => el.getAttribute('data-step') || el.id));
			if (ids.length === 0) ctx.problem(`scroll/${vp.key}: no [data-step] elements`);

			let tracing = false;
			if (ctx.args.trace) {
				await browser.startTracing(page, { categories: TRACE_CATEGORIES });
				tracing = true;
			}
			await startRecording(page);

			let visited = 0;
			let matched = 0;
			/** @type {number | null} */
			let offsetSeen = null;
			let widest = 0;
			/** The figure's DOM nodes at the step where they were most. */
			let figureNodes = { max: 0, step: '' };
			/** @type {string[]} */
			const overflowSteps = [];
			/** @type {{ id: string, start: number, target: number, reached: number, topVsLine: number, current: string[] }[]} */
			const log = [];
			for (let i = 0; i < ids.length; i++) {
				const geo = await page.evaluate((i) => {
					const el = /** @type {HTMLElement} */ (document.querySelectorAll('[data-step]')[i]);
					const root = document.querySelector('[data-offset]');
					return {
						elementTop: el.getBoundingClientRect().top + window.scrollY,
						viewportHeight: window.innerHeight,
						offset: Number(root?.getAttribute('data-offset') ?? 0.5),
						maxScroll: document.documentElement.scrollHeight - window.innerHeight,
						now: performance.now()
					};
				}, i);
				offsetSeen = geo.offset;
				const target = scrollTargetFor(geo);
				const stepStart = geo.now;
				const reached = await page.evaluate(
					({ target, duration }) =>
						new Promise((resolve) => {
							const from = window.scrollY;
							const t0 = performance.now();
							const ease = (/** @type {number} */ t) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);
							const tick = (/** @type {number} */ now) => {
								const t = Math.min(1, (now - t0) / duration);
								window.scrollTo({ top: from + (target - from) * ease(t), behavior: 'instant' });
								if (t < 1) requestAnimationFrame(tick);
								else resolve(window.scrollY);
							};
							requestAnimationFrame(tick);
						}),
					{ target, duration: SCROLL_MS }
				);
				await page.waitForTimeout(SETTLE_MS);
				const after = await page.evaluate((i) => {
					const el = /** @type {HTMLElement} */ (document.querySelectorAll('[data-step]')[i]);
					const root = document.querySelector('[data-offset]');
					const line = window.innerHeight * Number(root?.getAttribute('data-offset') ?? 0.5);
					return {
						topVsLine: el.getBoundingClientRect().top - line,
						current: Array.from(
							document.querySelectorAll('[aria-current="step"]'),
							(e) => e.getAttribute('data-step') || e.id
						),
						figureNodes: document.querySelector('figure.chart-figure')?.querySelectorAll('*').length ?? 0,
						// Content wider than the viewport widens the layout viewport on a phone (and with it innerHeight).
						layout: {
							width: window.innerWidth,
							height: window.innerHeight,
							scrollWidth: document.documentElement.scrollWidth
						}
					};
				}, i);
				if (after.figureNodes > figureNodes.max) figureNodes = { max: after.figureNodes, step: ids[i] };
				const vw = vp.options.viewport.width;
				if (after.layout.scrollWidth > vw + 1) {
					widest = Math.max(widest, after.layout.scrollWidth);
					overflowSteps.push(`${ids[i]} (${after.layout.scrollWidth} px)`);
				}
				if (after.topVsLine <= 0) visited++;
				else
					ctx.problem(
						`scroll/${vp.key}: step "${ids[i]}" top ended ${after.topVsLine.toFixed(0)} px below the trigger line ` +
							`(layout viewport now ${after.layout.width}×${after.layout.height})`
					);
				const ok = after.current.length === 1 && after.current[0] === ids[i];
				if (ok) matched++;
				else
					ctx.problem(
						`scroll/${vp.key}: scrolled to "${ids[i]}" but aria-current="step" is on [${after.current.map((c) => `"${c}"`).join(', ')}]`
					);
				log.push({
					id: ids[i],
					start: stepStart,
					target,
					reached: Number(reached),
					topVsLine: after.topVsLine,
					current: after.current
				});
			}

			const bench = await stopRecording(page);
			/** @type {ReturnType<typeof summarizeLongTasks> | null} */
			let traceSummary = null;
			if (tracing) {
				const buf = await browser.stopTracing();
				mkdirSync(RESULTS_DIR, { recursive: true });
				const file = path.join(RESULTS_DIR, `trace-scroll-${vp.key}.json`);
				writeFileSync(file, buf);
				const trace = JSON.parse(buf.toString('utf8'));
				traceSummary = summarizeLongTasks(trace.traceEvents ?? trace);
				console.log(`(trace written to ${path.relative(ROOT, file)})`);
			}
			await context.close();

			const lt = longTaskStats(bench.during.map((t) => t.duration));
			const ltLoad = longTaskStats(bench.before.map((t) => t.duration));
			const fr = frameStats(intervals(bench.frames));

			console.log(`\n${vp.label}: trigger line at ${offsetSeen ?? '?'} of the viewport height`);
			console.log(`steps visited:           ${visited}/${ids.length}`);
			console.log(`aria-current matched:    ${matched}/${ids.length}`);
			console.log(`long tasks (scroll):     ${lt.count}, max ${formatMs(lt.max)}, total ${formatMs(lt.total)}`);
			console.log(
				`long tasks (page load):  ${ltLoad.count}, max ${formatMs(ltLoad.max)}, total ${formatMs(ltLoad.total)}`
			);
			console.log(
				`frame interval:          p50 ${formatMs(fr.p50, 1)}, p95 ${formatMs(fr.p95, 1)}, p99 ${formatMs(fr.p99, 1)}, max ${formatMs(fr.max, 1)} (${fr.frames} frames)`
			);
			console.log(`frames over 50 ms:       ${formatPercent(fr.over50, 2)}`);
			console.log(`figure DOM nodes, most:  ${figureNodes.max} (at "${figureNodes.step}")`);
			const vw = vp.options.viewport.width;
			console.log(
				`horizontal overflow:     ${overflowSteps.length ? `${overflowSteps.length} steps, page up to ${widest} px wide on a ${vw} px viewport` : 'none'}`
			);
			if (overflowSteps.length) {
				ctx.problem(
					`scroll/${vp.key}: the page is wider than the ${vw} px viewport at ${overflowSteps.length} steps: ${overflowSteps.join(', ')}`
				);
			}
			// Which step's scroll-and-settle each long task fell in (the step being scrolled to).
			/** @type {Map<string, number[]>} */
			const byStep = new Map();
			for (const t of bench.during) {
				let at = log[0]?.id ?? '?';
				for (const l of log) if (l.start <= t.start) at = l.id;
				byStep.set(at, [...(byStep.get(at) ?? []), t.duration]);
			}
			if (byStep.size) {
				console.log(
					`long tasks by step:      ${[...byStep].map(([id, ds]) => `${id} (${ds.map((d) => formatMs(d)).join(', ')})`).join('; ')}`
				);
			}
			const bad = log.filter((l) => !(l.current.length === 1 && l.current[0] === l.id) || l.topVsLine > 0);
			if (bad.length) {
				console.log('steps with a mismatch:');
				console.log(
					textTable(
						['step', 'scrollY target', 'reached', 'top - line', 'aria-current'],
						bad.map((l) => [l.id, l.target, l.reached, l.topVsLine.toFixed(0), l.current.join(',') || '(none)']),
						{ right: [1, 2, 3] }
					)
				);
			}
			if (traceSummary) {
				console.log(`long tasks in the trace (RunTask >= 50 ms on the main thread): ${traceSummary.tasks.length}`);
				console.log(
					`longest tasks in the trace, any length: ${traceSummary.longest.map((d) => formatMs(d, 1)).join(', ')}`
				);
				for (const t of traceSummary.tasks.slice(0, 10)) {
					console.log(
						`  ${formatMs(t.duration, 1)}: ${t.top.map((x) => `${x.name} ${formatMs(x.self, 1)}`).join(', ')}`
					);
				}
				if (traceSummary.byName.length) {
					console.log('  self time in long tasks, by event:');
					for (const x of traceSummary.byName.slice(0, 8))
						console.log(`    ${formatMs(x.self, 1).padStart(10)}  ${x.name}`);
				}
			}
			results[vp.key] = {
				steps: ids.length,
				visited,
				matched,
				longTasks: { ...lt, entries: bench.during },
				loadLongTasks: { ...ltLoad, entries: bench.before },
				frames: fr,
				overflow: { widest, steps: overflowSteps },
				figureNodes,
				log,
				trace: traceSummary
			};
		}
		const row = (/** @type {string} */ metric, /** @type {(r: any) => import('../format.mjs').Cell} */ f) => ({
			section: 'Scroll',
			metric,
			values: Object.fromEntries(Object.entries(results).map(([k, r]) => [k, f(r)]))
		});
		return {
			rows: [
				row('Steps visited', (r) => `${r.visited}/${r.steps}`),
				row('aria-current matched', (r) => `${r.matched}/${r.steps}`),
				row('Long tasks', (r) => r.longTasks.count),
				row('Longest task', (r) => formatMs(r.longTasks.max)),
				row('Long task time, total', (r) => formatMs(r.longTasks.total)),
				row('Frame interval p50', (r) => formatMs(r.frames.p50, 1)),
				row('Frame interval p95', (r) => formatMs(r.frames.p95, 1)),
				row('Frame interval p99', (r) => formatMs(r.frames.p99, 1)),
				row('Frame interval max', (r) => formatMs(r.frames.max, 1)),
				row('Frames over 50 ms', (r) => formatPercent(r.frames.over50, 2)),
				row('Figure DOM nodes, most at a step', (r) => r.figureNodes.max),
				row('Widest page (horizontal overflow)', (r) => (r.overflow.widest ? `${r.overflow.widest} px` : 'none'))
			],
			data: results
		};
	}
};
