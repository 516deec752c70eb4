/**
 * The bench's load section: a calm first load. On the phone viewport, with the CPU slowed 4x
 * (Lighthouse's mobile factor, here real, through the DevTools protocol, not simulated), it loads
 * the reading page fresh `--lh-runs` times and lists the main-thread tasks over 50 ms from the
 * first paint to the page at rest (network idle, then 2 s): the work that would keep a reader's
 * first tap waiting. The goal: none. It also times when the scroll driver is listening (the
 * `scrolly-ready` mark), from the start of the navigation. With `--trace`, the first run is traced and each long task
 * printed with what it spent its time on.
 *
 * Then, as many loads again without throttling, traced: each task's thread time times 4, as
 * Lighthouse simulates a slow phone. Wall time at a real 4x slowdown moves with the machine's load
 * (other processes take the CPU mid-task); thread time hardly does, so this is the figure to compare
 * builds by on a shared machine.
 */
import { cpuTasksAfterPaint, summarizeLongTasks, TRACE_CATEGORIES } from '../traces.mjs';
import { formatMs } from '../format.mjs';
import { median } from '../stats.mjs';
import { frameRecorder } from '../in-page.mjs';
import { watchPage } from '../pages.mjs';

const SLOWDOWN = 4;

export const loadSection = {
	name: 'load',
	title: `First load at ${SLOWDOWN}x CPU slowdown (phone): tasks over 50 ms after the first paint`,
	/** @param {any} ctx */
	async run(ctx) {
		const browser = await ctx.browser();
		const phone = ctx.viewports.find((/** @type {any} */ v) => v.key === 'phone');
		/** @type {{ fcp: number, ready: number, tasks: { start: number, duration: number }[], blocking: number }[]} */
		const runs = [];
		for (let i = 0; i < ctx.args.lhRuns; i++) {
			const context = await browser.newContext(phone.options);
			const page = await context.newPage();
			watchPage(page, ctx, `load/run ${i + 1}`);
			await page.addInitScript(frameRecorder);
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
			await ctx.ensureServer();
			const tracing = ctx.args.trace && i === 0;
			if (tracing) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
			await page.goto(`${ctx.baseUrl}/`, { waitUntil: 'networkidle' });
			await page.waitForTimeout(2000);
			if (tracing) {
				const buf = await browser.stopTracing();
				const json = JSON.parse(buf.toString('utf8'));
				const { tasks } = summarizeLongTasks(json.traceEvents ?? json);
				for (const t of tasks)
					console.log(
						`  traced task ${formatMs(t.duration)}: ${t.top.map((x) => `${x.name} ${formatMs(x.self)}`).join(', ')}`
					);
			}
			const got = await page.evaluate(() => ({
				fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
				ready: performance.getEntriesByName('scrolly-ready')[0]?.startTime ?? NaN,
				tasks: /** @type {any} */ (window).__bench.longtasks
			}));
			await context.close();
			const after = got.tasks.filter((/** @type {{ start: number }} */ t) => t.start + 1 >= got.fcp);
			const run = {
				fcp: got.fcp,
				ready: got.ready,
				tasks: after,
				blocking: after.reduce((a, t) => a + Math.max(0, t.duration - 50), 0)
			};
			runs.push(run);
			console.log(
				`run ${i + 1}/${ctx.args.lhRuns}: first paint ${formatMs(run.fcp)}, scroll driver ready ${formatMs(run.ready)}; tasks over 50 ms after it: ${run.tasks.length}` +
					(run.tasks.length
						? ` (${run.tasks.map((t) => `${formatMs(t.duration)} at ${formatMs(t.start)}`).join(', ')})`
						: '') +
					`; blocking ${formatMs(run.blocking)}`
			);
		}
		/** @type {{ tasks: { start: number, cpu: number }[], blocking: number }[]} */
		const cpuRuns = [];
		for (let i = 0; i < ctx.args.lhRuns; i++) {
			const context = await browser.newContext(phone.options);
			const page = await context.newPage();
			watchPage(page, ctx, `load/cpu run ${i + 1}`);
			// `loading` holds the first-paint mark.
			await browser.startTracing(page, { categories: [...TRACE_CATEGORIES, 'loading'] });
			await page.goto(`${ctx.baseUrl}/`, { waitUntil: 'networkidle' });
			await page.waitForTimeout(1500);
			const json = JSON.parse((await browser.stopTracing()).toString('utf8'));
			await context.close();
			const run = cpuTasksAfterPaint(json.traceEvents ?? json, SLOWDOWN);
			cpuRuns.push(run);
			console.log(
				`thread-time run ${i + 1}/${ctx.args.lhRuns}: tasks over 50 ms (thread time x${SLOWDOWN}) after the first paint: ${run.tasks.length}` +
					(run.tasks.length
						? ` (${run.tasks.map((t) => `${formatMs(t.cpu)} at +${formatMs(t.start)}`).join(', ')})`
						: '') +
					`; blocking ${formatMs(run.blocking)}`
			);
		}
		const longest = Math.max(0, ...runs.flatMap((r) => r.tasks.map((t) => t.duration)));
		const row = (/** @type {string} */ metric, /** @type {string} */ value) => ({
			section: `First load, ${SLOWDOWN}x CPU (${runs.length} runs)`,
			metric,
			values: { phone: value }
		});
		const ready = runs.map((r) => r.ready).filter(Number.isFinite);
		return {
			rows: [
				row(
					'Scroll driver ready after navigation, median (range)',
					ready.length
						? `${formatMs(median(ready))} (${Math.min(...ready).toFixed(0)}-${formatMs(Math.max(...ready))})`
						: 'never'
				),
				row('Tasks over 50 ms after first paint, per run', runs.map((r) => r.tasks.length).join(', ')),
				row('Longest task after first paint', formatMs(longest)),
				row('Blocking time after first paint (over 50 ms), median', formatMs(median(runs.map((r) => r.blocking)))),
				row(`Tasks over 50 ms by thread time x${SLOWDOWN}, per run`, cpuRuns.map((r) => r.tasks.length).join(', ')),
				row(
					`Longest task by thread time x${SLOWDOWN}`,
					formatMs(Math.max(0, ...cpuRuns.flatMap((r) => r.tasks.map((t) => t.cpu))))
				),
				row(`Blocking time by thread time x${SLOWDOWN}, median`, formatMs(median(cpuRuns.map((r) => r.blocking))))
			],
			data: { slowdown: SLOWDOWN, runs, cpuRuns }
		};
	}
};
