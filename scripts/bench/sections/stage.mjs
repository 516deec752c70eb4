/**
 * The bench's stage section: how fast the stage answers a presenter. At 1920x1080 it steps through
 * every step with real key presses and times, per press, the key to the new step's words on
 * screen (the first frame that shows them) and the key to its final chart (the first frame of a
 * drawing that then stays still for three frames, drawn by the live chart); then a fast run of
 * presses (60 ms apart, through the story and back) counts long tasks and frame intervals.
 * Figures go in the summary's desktop column, marked 1920×1080.
 */
import { formatMs } from '../format.mjs';
import { frameStats, longTaskStats, percentile } from '../stats.mjs';
import { frameRecorder, intervals, startRecording, stopRecording } from '../in-page.mjs';
import { watchPage } from '../pages.mjs';

const VIEWPORT = { width: 1920, height: 1080 };
const FAST_GAP_MS = 60;

/** In the page (after `frameRecorder`): watches frames after each key press until words and chart are final. */
function instrument() {
	/** @type {any} */
	const w = window;
	/** The drawing as a string, and whether the live chart of the current state is alone on screen. */
	const look = () => {
		const plot = document.querySelector('[data-chart-state]');
		if (!plot) return { sig: '', ready: false };
		const state = plot.getAttribute('data-chart-state') ?? '';
		const ready = plot.querySelector('[data-chart-ready]')?.getAttribute('data-chart-ready') ?? '';
		const layers = plot.querySelectorAll('[data-chart]').length;
		const parts = [state, ready, String(layers)];
		for (const el of plot.querySelectorAll('path, rect, circle, line')) {
			for (const a of ['d', 'x', 'y', 'width', 'cx', 'cy', 'style']) parts.push(el.getAttribute(a) ?? '');
		}
		for (const el of plot.querySelectorAll('[data-chart] div'))
			parts.push(/** @type {HTMLElement} */ (el).style.cssText);
		return { sig: parts.join('|'), ready: ready !== '' && state.startsWith(`${ready}:`) && layers === 1 };
	};
	/** Resolves with { words, final }: ms from the key event to the first frame showing step `id`'s
	 * words, and to the first frame of a drawing that then stays the same for three frames. */
	w.__stageWatch = (/** @type {string} */ id) =>
		new Promise((resolve) => {
			const onkey = (/** @type {KeyboardEvent} */ e) => {
				const t0 = e.timeStamp;
				removeEventListener('keydown', onkey, true);
				let words = -1;
				let last = '';
				let still = 0;
				let stillSince = 0;
				const frame = (/** @type {number} */ now) => {
					const shown = document.querySelector('[data-step][aria-current="step"]')?.id === id;
					if (words < 0 && shown) words = now - t0;
					const { sig, ready } = look();
					if (shown && ready && sig === last) {
						still += 1;
					} else {
						still = 0;
						stillSince = now;
					}
					last = sig;
					if (words >= 0 && still >= 3) resolve({ words, final: stillSince - t0 });
					else if (now - t0 > 8000) resolve({ words, final: NaN });
					else requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
			};
			addEventListener('keydown', onkey, true);
		});
}

export const stageSection = {
	name: 'stage',
	title: 'Stage at 1920×1080: key press to words and to final chart; a fast run of presses',
	/** @param {any} ctx */
	async run(ctx) {
		const browser = await ctx.browser();
		const context = await browser.newContext({ viewport: VIEWPORT });
		const page = await context.newPage();
		watchPage(page, ctx, 'stage');
		await page.addInitScript(frameRecorder);
		await page.addInitScript(instrument);
		await ctx.ensureServer();
		await page.goto(`${ctx.baseUrl}/present/`, { waitUntil: 'networkidle' });
		await page.waitForSelector('[data-stage-ready="true"]', { timeout: 15_000 });
		const steps = await page.$$eval('[data-step]', (els) => els.map((el) => el.id));
		// One press at a time, waiting for each step to come to rest.
		/** @type {{ id: string, words: number, final: number }[]} */
		const presses = [];
		for (let i = 1; i < steps.length; i++) {
			// The watcher is in place before the key goes down.
			await page.evaluate(
				(id) => void (/** @type {any} */ (window.__stageResult = /** @type {any} */ (window).__stageWatch(id))),
				steps[i]
			);
			await page.keyboard.press('PageDown');
			const r = await page.evaluate(() => /** @type {any} */ (window).__stageResult);
			presses.push({ id: steps[i], ...r });
		}

		// A fast run: through the story and back, a press every 60 ms, as an impatient clicker would.
		await page.keyboard.press('Home');
		await page.waitForTimeout(1500);
		await startRecording(page);
		for (const key of ['PageDown', 'PageUp']) {
			for (let i = 1; i < steps.length; i++) {
				await page.keyboard.press(key);
				await page.waitForTimeout(FAST_GAP_MS);
			}
		}
		await page.waitForTimeout(1500);
		const rec = await stopRecording(page);
		const current = await page.evaluate(() => document.querySelector('[data-step][aria-current="step"]')?.id);
		const fast = { longtasks: rec.during.map((t) => t.duration), frames: intervals(rec.frames), current };
		if (fast.current !== steps[0]) ctx.problem(`stage: the fast run ended on ${fast.current}, not ${steps[0]}`);
		await context.close();

		const words = presses.map((p) => p.words).filter((v) => v >= 0);
		const finals = presses.map((p) => p.final).filter((v) => Number.isFinite(v));
		if (finals.length < presses.length)
			ctx.problem(`stage: ${presses.length - finals.length} presses never reached a still chart within 8 s`);
		const lt = longTaskStats(fast.longtasks);
		const fr = frameStats(fast.frames);
		const row = (/** @type {string} */ metric, /** @type {string | number} */ value) => ({
			section: 'Stage 1920×1080',
			metric,
			values: { desktop: value }
		});
		return {
			rows: [
				row('Presses measured', `${presses.length}`),
				row('Key → words on screen, p50', formatMs(percentile(words, 50), 1)),
				row('Key → words on screen, p95', formatMs(percentile(words, 95), 1)),
				row('Key → final chart, p50', formatMs(percentile(finals, 50))),
				row('Key → final chart, p95', formatMs(percentile(finals, 95))),
				row(`Fast run (${2 * (steps.length - 1)} presses, ${FAST_GAP_MS} ms apart): long tasks`, lt.count),
				row('Fast run: longest task', formatMs(lt.max)),
				row('Fast run: frame interval p95', formatMs(fr.p95, 1)),
				row('Fast run: frame interval max', formatMs(fr.max, 1))
			],
			data: { presses, fast: { longTasks: lt, frames: fr } }
		};
	}
};
