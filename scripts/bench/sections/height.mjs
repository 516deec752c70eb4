/**
 * The bench's height section: a page that holds still. On the phone and the desktop viewport it
 * loads the reading page and scrolls it top to bottom as a reader would (a smooth scroll of 80 % of
 * the viewport, like Page Down, each one let settle: its `scrollend`, then two frames), recording
 * `document.documentElement.scrollHeight` from the first byte (a ResizeObserver on the root, so
 * every change is seen, not only the ones at a sample), and prints it at the first paint, at load
 * (network idle, the scroll driver ready), at the end, its least and most, and the drift: how far
 * it moved from its height at load, as a share of it. The goal: under 1 %.
 *
 * Then the cost, on the phone: the page loaded `--lh-runs` times without throttling, traced, each
 * task after the first paint by its thread time times 4 (as the load section and Lighthouse
 * count), the longest, those over 50 ms and the ones that ran idle callbacks (where the page does
 * work it defers until the browser is free); and one load at a real 4x CPU slowdown, timing when
 * the page's height was last changed before the reader scrolled.
 */
import { formatMs } from '../format.mjs';
import { median } from '../stats.mjs';
import { frameRecorder } from '../in-page.mjs';
import { openReading, watchPage } from '../pages.mjs';
import { TRACE_CATEGORIES } from '../traces.mjs';

const SLOWDOWN = 4;
/** Each scroll moves this share of the viewport (Page Down, the space bar). */
const SCROLL_FRACTION = 0.8;

/**
 * Pass to `page.addInitScript` (self-contained, it runs in the page): records the root's
 * `scrollHeight` each time it changes, with the time, in `window.__heights`.
 */
export function heightRecorder() {
	/** @type {any} */
	const w = window;
	/** @type {{ t: number, h: number }[]} */
	const log = (w.__heights = []);
	let last = -1;
	const note = () => {
		const h = document.documentElement.scrollHeight;
		if (h !== last) log.push({ t: performance.now(), h });
		last = h;
	};
	const observe = () => {
		const ro = new ResizeObserver(note);
		ro.observe(document.documentElement);
	};
	if (document.documentElement) observe();
	else {
		const mo = new MutationObserver(() => {
			if (!document.documentElement) return;
			mo.disconnect();
			observe();
		});
		mo.observe(document, { childList: true });
	}
}

/**
 * One reader's scroll: a smooth scroll of `fraction` of the viewport, let settle (its `scrollend`,
 * then two frames). Resolves with where the page is then and its height, or `atEnd` without
 * scrolling when the page is already at its end. Shared with the e2e spec (`page-height.spec.ts`).
 * @param {import('@playwright/test').Page} page
 * @param {number} [fraction]
 * @returns {Promise<{ y: number, h: number, atEnd: boolean }>}
 */
export function scrollOnce(page, fraction = SCROLL_FRACTION) {
	return page.evaluate(async (fraction) => {
		const root = document.documentElement;
		const frames = (/** @type {number} */ n) =>
			new Promise((resolve) => {
				const tick = () => (--n <= 0 ? resolve(undefined) : requestAnimationFrame(tick));
				requestAnimationFrame(tick);
			});
		if (scrollY >= root.scrollHeight - innerHeight - 1) return { y: scrollY, h: root.scrollHeight, atEnd: true };
		const ended = new Promise((resolve) => addEventListener('scrollend', resolve, { once: true }));
		scrollBy({ top: Math.round(innerHeight * fraction), behavior: 'smooth' });
		await ended;
		await frames(2);
		return { y: scrollY, h: root.scrollHeight, atEnd: false };
	}, fraction);
}

/**
 * Scrolls from where the page is to its end, one reader's scroll at a time.
 * @param {import('@playwright/test').Page} page
 * @param {{ fraction?: number, max?: number }} [o]
 * @returns {Promise<{ y: number, h: number }[]>} where each scroll settled, and the height then
 */
export async function readToEnd(page, { fraction = SCROLL_FRACTION, max = 400 } = {}) {
	/** @type {{ y: number, h: number }[]} */
	const samples = [];
	for (let i = 0; i < max; i++) {
		const s = await scrollOnce(page, fraction);
		if (s.atEnd) return samples;
		samples.push({ y: s.y, h: s.h });
	}
	throw new Error(`readToEnd: not at the page's end after ${max} scrolls`);
}

/**
 * How far a page's height moved from `start`: the heights' least and most, and the largest
 * distance from `start` as a share of it.
 * @param {number} start
 * @param {readonly number[]} heights
 * @returns {{ min: number, max: number, drift: number }}
 */
export function heightDrift(start, heights) {
	const all = [start, ...heights];
	const min = Math.min(...all);
	const max = Math.max(...all);
	return { min, max, drift: Math.max(max - start, start - min) / start };
}

/**
 * The renderer main thread's tasks after the first contentful paint, by thread time times
 * `factor` (ms), and whether each ran an idle callback.
 * @param {import('../traces.mjs').TraceEvent[]} events
 * @param {number} [factor]
 * @returns {{ start: number, cpu: number, idle: boolean }[]}
 */
export function tasksAfterPaint(events, factor = SLOWDOWN) {
	const paint = events.find((e) => e.name === 'firstContentfulPaint' && typeof e.ts === 'number');
	if (!paint) return [];
	const onThread = events.filter(
		(e) => e.pid === paint.pid && e.tid === paint.tid && e.ph === 'X' && typeof e.ts === 'number'
	);
	const idle = onThread.filter((e) => e.name === 'FireIdleCallback');
	return onThread
		.filter((e) => e.name === 'RunTask' && /** @type {number} */ (e.ts) >= /** @type {number} */ (paint.ts))
		.map((e) => {
			const start = /** @type {number} */ (e.ts);
			const end = start + /** @type {number} */ (e.dur ?? 0);
			return {
				start: (start - /** @type {number} */ (paint.ts)) / 1000,
				cpu: ((e.tdur ?? /** @type {number} */ (e.dur)) * factor) / 1000,
				idle: idle.some((i) => /** @type {number} */ (i.ts) >= start && /** @type {number} */ (i.ts) < end)
			};
		});
}

/** Resolves once the page's off-screen blocks carry their real size, if it measures them (`sizes-measured`). */
const MEASURED = () =>
	performance.getEntriesByName('sizes-measured').length > 0 || !document.querySelector('[data-lazy-layout]');

export const heightSection = {
	name: 'height',
	title: `Page height while a reader scrolls top to bottom (smooth scrolls of ${SCROLL_FRACTION * 100} % of the viewport, each let settle)`,
	/** @param {any} ctx */
	async run(ctx) {
		/** @type {Record<string, any>} */
		const data = {};
		for (const vp of ctx.viewports) {
			const where = `height/${vp.key}`;
			const { context, page } = await openReading(ctx, vp.options, where, [heightRecorder]);
			const load = await page.evaluate(() => ({
				h: document.documentElement.scrollHeight,
				t: performance.now(),
				fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
				measured: performance.getEntriesByName('sizes-measured')[0]?.startTime ?? null
			}));
			const samples = await readToEnd(page);
			const got = await page.evaluate(() => ({
				log: /** @type {{ t: number, h: number }[]} */ (/** @type {any} */ (window).__heights),
				end: document.documentElement.scrollHeight,
				measured: performance.getEntriesByName('sizes-measured')[0]?.startTime ?? null
			}));
			await context.close();
			const before = got.log.filter((e) => e.t <= load.fcp);
			const atPaint = (before.at(-1) ?? got.log[0])?.h ?? NaN;
			// Every height the page had from load on: the observer's, and each settled scroll's.
			const fromLoad = [...got.log.filter((e) => e.t > load.t).map((e) => e.h), ...samples.map((s) => s.h), got.end];
			const d = heightDrift(load.h, fromLoad);
			const sincePaint = heightDrift(
				atPaint,
				got.log
					.filter((e) => e.t > load.fcp)
					.map((e) => e.h)
					.concat(fromLoad)
			);
			data[vp.key] = {
				atPaint,
				load: load.h,
				end: got.end,
				...d,
				sincePaint,
				scrolls: samples.length,
				measuredAt: got.measured,
				loadAt: load.t,
				log: got.log
			};
			console.log(
				`${vp.label}: at first paint ${atPaint} px, at load ${load.h} px, at the end ${got.end} px (${samples.length} scrolls); ` +
					`least ${d.min}, most ${d.max}: drift ${(d.drift * 100).toFixed(2)} % from load, ` +
					`${(sincePaint.drift * 100).toFixed(2)} % from the first paint; ` +
					`${got.log.length} heights seen; sizes measured ${got.measured === null ? 'never' : `at ${formatMs(got.measured)} (load read at ${formatMs(load.t)})`}`
			);
			if (d.drift > 0.01)
				ctx.problem(`${where}: the page's height moved ${(d.drift * 100).toFixed(1)} % from load to the end`);
		}

		// The cost: tasks after the first paint, by thread time x4 (phone).
		const phone = ctx.viewports.find((/** @type {any} */ v) => v.key === 'phone');
		const browser = await ctx.browser();
		/** @type {{ longest: number, over50: number[], idle: number[] }[]} */
		const cpuRuns = [];
		for (let i = 0; i < ctx.args.lhRuns; i++) {
			const context = await browser.newContext(phone.options);
			const page = await context.newPage();
			watchPage(page, ctx, `height/cpu run ${i + 1}`);
			await ctx.ensureServer();
			await browser.startTracing(page, { categories: [...TRACE_CATEGORIES, 'loading'] });
			await page.goto(`${ctx.baseUrl}/`, { waitUntil: 'networkidle' });
			await page.waitForFunction(() => document.documentElement.dataset.scrollyReady === 'true', null, {
				timeout: 10_000
			});
			await page.waitForFunction(MEASURED, null, { timeout: 10_000 });
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
			const json = JSON.parse((await browser.stopTracing()).toString('utf8'));
			await context.close();
			const tasks = tasksAfterPaint(json.traceEvents ?? json);
			const run = {
				longest: Math.max(0, ...tasks.map((t) => t.cpu)),
				over50: tasks.filter((t) => t.cpu > 50).map((t) => t.cpu),
				idle: tasks.filter((t) => t.idle).map((t) => t.cpu)
			};
			cpuRuns.push(run);
			console.log(
				`thread-time run ${i + 1}/${ctx.args.lhRuns} (x${SLOWDOWN}): longest task after the first paint ${formatMs(run.longest)}; ` +
					`over 50 ms: ${run.over50.length ? run.over50.map((c) => formatMs(c)).join(', ') : 'none'}; ` +
					`idle-callback tasks: ${run.idle.length ? `${run.idle.length}, longest ${formatMs(Math.max(...run.idle))}, total ${formatMs(run.idle.reduce((a, b) => a + b, 0))}` : 'none'}`
			);
		}

		// When the height is final at a real 4x slowdown.
		const context = await browser.newContext(phone.options);
		const page = await context.newPage();
		watchPage(page, ctx, 'height/4x');
		await page.addInitScript(heightRecorder);
		await page.addInitScript(frameRecorder);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
		await ctx.ensureServer();
		await page.goto(`${ctx.baseUrl}/`, { waitUntil: 'networkidle' });
		await page.waitForFunction(() => document.documentElement.dataset.scrollyReady === 'true', null, {
			timeout: 20_000
		});
		await page.waitForFunction(MEASURED, null, { timeout: 20_000 });
		const slow = await page.evaluate(() => {
			const log = /** @type {{ t: number, h: number }[]} */ (/** @type {any} */ (window).__heights);
			const at = (/** @type {string} */ n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
			return {
				fcp: at('first-contentful-paint'),
				ready: at('scrolly-ready'),
				measured: at('sizes-measured'),
				lastChange: log.at(-1)?.t ?? null,
				heights: log.map((e) => e.h),
				tasks: /** @type {{ start: number, duration: number }[]} */ (/** @type {any} */ (window).__bench.longtasks)
			};
		});
		await context.close();
		const fcp = slow.fcp;
		const longAfter =
			fcp === null
				? []
				: slow.tasks.filter((/** @type {{ start: number, duration: number }} */ t) => t.start + 1 >= fcp);
		console.log(
			`real ${SLOWDOWN}x (phone): first paint ${formatMs(slow.fcp ?? NaN)}, scroll driver ready ${formatMs(slow.ready ?? NaN)}, ` +
				`sizes measured ${slow.measured === null ? 'never' : formatMs(slow.measured)}, height last changed ${formatMs(slow.lastChange ?? NaN)} ` +
				`(heights ${slow.heights.join(' → ')}); tasks over 50 ms after the first paint: ${longAfter.length ? longAfter.map((/** @type {{ start: number, duration: number }} */ t) => `${formatMs(t.duration)} at ${formatMs(t.start)}`).join(', ') : 'none'}`
		);

		const px = (/** @type {number} */ n) => `${n} px`;
		const row = (/** @type {string} */ metric, /** @type {(r: any) => string} */ f) => ({
			section: 'Page height (scrolled top to bottom)',
			metric,
			values: Object.fromEntries(Object.entries(data).map(([k, r]) => [k, f(r)]))
		});
		const cost = (/** @type {string} */ metric, /** @type {string} */ value) => ({
			section: `Page height: cost (phone, thread time x${SLOWDOWN}, ${cpuRuns.length} loads)`,
			metric,
			values: { phone: value }
		});
		const idleAll = cpuRuns.flatMap((r) => r.idle);
		return {
			rows: [
				row('At first paint', (r) => px(r.atPaint)),
				row('At load (network idle, scroll driver ready)', (r) => px(r.load)),
				row('At the end', (r) => px(r.end)),
				row('Least / most, from load', (r) => `${r.min} / ${r.max} px`),
				row('Drift from load', (r) => `${(r.drift * 100).toFixed(2)} %`),
				row('Drift from the first paint', (r) => `${(r.sincePaint.drift * 100).toFixed(2)} %`),
				cost('Longest task after first paint, median', formatMs(median(cpuRuns.map((r) => r.longest)))),
				cost('Tasks over 50 ms after first paint, per load', cpuRuns.map((r) => r.over50.length).join(', ')),
				cost('Idle-callback tasks, longest', idleAll.length ? formatMs(Math.max(...idleAll)) : 'none'),
				cost(`Height final at a real ${SLOWDOWN}x slowdown (after navigation)`, formatMs(slow.lastChange ?? NaN))
			],
			data: { viewports: data, cpuRuns, slow }
		};
	}
};
