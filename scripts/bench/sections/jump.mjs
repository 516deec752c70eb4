/**
 * The bench's jump section: how soon a jump shows its step. On the phone and the desktop viewport,
 * with and without reduced motion, it jumps (one instant scroll, as a #link, the End key's end or
 * a scrollbar drag leave the page) one step forward, step after step, and across the whole story
 * (the first step to the last and back), and times in the page, from the frame the scroll ended
 * (its `scrollend`), the frames until the step is current and until the figure's drawing is final
 * (unchanged from then on). The goal: the step current within one frame of the scroll's end.
 */
import { formatMs } from '../format.mjs';
import { percentile } from '../stats.mjs';
import { jumpTo, jumpWatcher } from '../in-page.mjs';
import { openReading } from '../pages.mjs';

/** One-step jumps per configuration (each a step further down the story). */
const ONE_STEP_JUMPS = 8;
/** Whole-story jumps per configuration (alternately to the last step and back to the first). */
const WHOLE_JUMPS = 6;

export const jumpSection = {
	name: 'jump',
	title: `Jump to current step: ${ONE_STEP_JUMPS} one-step and ${WHOLE_JUMPS} whole-story instant jumps, from the scroll's end`,
	/** @param {any} ctx */
	async run(ctx) {
		/** @type {Record<string, Record<string, import('../in-page.mjs').JumpTiming[]>>} */
		const data = {};
		for (const vp of ctx.viewports) {
			for (const motion of /** @type {const} */ (['no-preference', 'reduce'])) {
				const where = `jump/${vp.key}/${motion}`;
				const { context, page } = await openReading(ctx, { ...vp.options, reducedMotion: motion }, where, [
					jumpWatcher
				]);
				const ids = await page.$$eval('[data-step]', (els) => els.map((el) => el.id));
				/** @type {import('../in-page.mjs').JumpTiming[]} */
				const one = [];
				for (let k = 1; k <= ONE_STEP_JUMPS && k < ids.length; k++) one.push(await jumpTo(page, ids[k]));
				/** @type {import('../in-page.mjs').JumpTiming[]} */
				const whole = [];
				for (let k = 0; k < WHOLE_JUMPS; k++)
					whole.push(await jumpTo(page, k % 2 === 0 ? /** @type {string} */ (ids.at(-1)) : ids[0]));
				await context.close();
				for (const [kind, runs] of /** @type {const} */ ([
					['one step', one],
					['whole story', whole]
				])) {
					const bad = runs.filter((r) => !r.ended || !r.isCurrent || !r.ready);
					if (bad.length)
						ctx.problem(`${where}: ${bad.length} ${kind} jumps never ended on their step's live chart within 8 s`);
				}
				data[`${vp.key}/${motion}`] = { one, whole };
				const line = (/** @type {string} */ kind, /** @type {import('../in-page.mjs').JumpTiming[]} */ runs) =>
					`${kind}: to current p50 ${formatMs(
						percentile(
							runs.map((r) => r.toCurrentMs),
							50
						),
						1
					)} ` +
					`(${runs.map((r) => r.toCurrentFrames).join(' ')} frames), to final chart p50 ${formatMs(
						percentile(
							runs.map((r) => r.toFinalMs),
							50
						)
					)}`;
				console.log(`${vp.label}, motion ${motion}: ${line('one step', one)}; ${line('whole story', whole)}`);
			}
		}
		/** @type {{ section: string, metric: string, values: Record<string, string> }[]} */
		const rows = [];
		for (const motion of ['no-preference', 'reduce']) {
			const section = `Jump (${motion === 'reduce' ? 'reduced motion' : 'motion'})`;
			for (const kind of /** @type {const} */ (['one', 'whole'])) {
				const name = kind === 'one' ? 'One-step jump' : 'Whole-story jump';
				for (const [what, key] of /** @type {const} */ ([
					['step current', 'toCurrentMs'],
					['chart final', 'toFinalMs']
				])) {
					/** @type {Record<string, string>} */
					const values = {};
					for (const vp of ctx.viewports) {
						const ms = data[`${vp.key}/${motion}`][kind].map((r) => r[key]);
						values[vp.key] =
							`${formatMs(percentile(ms, 50), key === 'toCurrentMs' ? 1 : 0)} / ${formatMs(percentile(ms, 95), key === 'toCurrentMs' ? 1 : 0)}`;
					}
					rows.push({ section, metric: `${name}: scroll end → ${what}, p50 / p95`, values });
				}
			}
		}
		return { rows, data };
	}
};
