/**
 * Motion follows the reader's preference. With `prefers-reduced-motion: reduce`, a new state of the
 * same chart is drawn final at once: two animation frames after the step changes, every mark has
 * its final geometry. Without it, the same change is animated (so this test can fail both ways),
 * and no CSS transition or animation anywhere in the figure or the steps lasts longer than 0 s.
 */
import type { Page } from '@playwright/test';
import { test, expect, settleOn, steps, ready, BASE } from './fixtures.ts';

type Box = { x: number; y: number; w: number; h: number };
type Snapshot = Record<string, Box>;

/** The first step showing a chart in a state, and the step right after it (same chart). */
function pair(chart: string, from: string, to: string): [string, string] {
	const i = steps.findIndex(
		(s, k) => s.chart.id === chart && s.state === from && steps[k + 1]?.chart.id === chart && steps[k + 1]?.state === to
	);
	if (i < 0) throw new Error(`no step ${chart}:${from} followed by ${chart}:${to}`);
	return [steps[i].id, steps[i + 1].id];
}

const PAIRS = [
	pair('ranking', 'named', 'all'),
	pair('share', 'totals', 'gap'),
	pair('timeline', 'peak', 'all'),
	pair('prices', 'top-ranked', 'input-output')
];

/**
 * Scrolls to `id` the way `scrollToStep` does and snapshots every mark's box two animation frames
 * after the step's `aria-current` turns on, then at every animation frame until `until` ms later
 * (so a busy machine that drops frames still yields mid-change samples), then once more at `until`.
 * `t` is the time of each snapshot since `aria-current` changed.
 */
function framesAfterChange(page: Page, id: string, until: number): Promise<{ t: number; marks: Snapshot }[]> {
	return page.evaluate(
		({ id, until }) => {
			const snap = (): Record<string, { x: number; y: number; w: number; h: number }> => {
				const out: Record<string, { x: number; y: number; w: number; h: number }> = {};
				for (const el of document.querySelectorAll('[data-chart-state] [data-mark]')) {
					const r = el.getBoundingClientRect();
					out[el.getAttribute('data-mark')!] = { x: r.x, y: r.y, w: r.width, h: r.height };
				}
				return out;
			};
			const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
			const el = document.getElementById(id)!;
			return new Promise((resolve) => {
				const observer = new MutationObserver(async () => {
					if (el.getAttribute('aria-current') !== 'step') return;
					observer.disconnect();
					const t0 = performance.now();
					const out: { t: number; marks: ReturnType<typeof snap> }[] = [];
					await frame();
					await frame();
					out.push({ t: performance.now() - t0, marks: snap() });
					while (performance.now() - t0 < Math.min(until, 1000)) {
						await frame();
						out.push({ t: performance.now() - t0, marks: snap() });
					}
					await new Promise((r) => setTimeout(r, Math.max(0, until - (performance.now() - t0))));
					out.push({ t: performance.now() - t0, marks: snap() });
					resolve(out);
				});
				observer.observe(el, { attributes: true, attributeFilter: ['aria-current'] });
				const root = document.querySelector<HTMLElement>('[data-offset]')!;
				const line = Number(root.dataset.offset) * window.innerHeight;
				const top = el.getBoundingClientRect().top + window.scrollY;
				window.scrollTo({ top: top - line + 8, behavior: 'instant' });
			});
		},
		{ id, until }
	);
}

/** Largest difference of any box edge or size between two snapshots, over the marks in both. */
function maxDiff(a: Snapshot, b: Snapshot): { px: number; mark: string } {
	let worst = { px: 0, mark: '' };
	for (const key of Object.keys(b)) {
		const p = a[key];
		const q = b[key];
		if (!p) continue;
		const px = Math.max(Math.abs(p.x - q.x), Math.abs(p.y - q.y), Math.abs(p.w - q.w), Math.abs(p.h - q.h));
		if (px > worst.px) worst = { px, mark: key };
	}
	return worst;
}

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('marks are final two frames after each step change, and no CSS transition or animation lasts longer than 0 s', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto(BASE);
		await ready(page);
		// The figure and the steps at rest: the first step, then after each measured change.
		const checkCss = async (id: string) => {
			const moving = await page.evaluate(() => {
				const long = (list: string) => list.split(',').some((t) => parseFloat(t) > 0);
				const out: string[] = [];
				const els = document.querySelectorAll('.chart-figure, .chart-figure *, [data-step], [data-step] *');
				for (const el of els) {
					for (const pseudo of [null, '::before', '::after']) {
						const cs = getComputedStyle(el, pseudo);
						const animated = cs.animationName !== 'none' && long(cs.animationDuration);
						if (long(cs.transitionDuration) || long(cs.transitionDelay) || animated) {
							out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}${pseudo ?? ''}`);
						}
					}
				}
				return out;
			});
			expect.soft(moving, `elements still animated at ${id}`).toEqual([]);
		};
		await settleOn(page, steps[0].id);
		await checkCss(steps[0].id);

		for (const [from, to] of PAIRS) {
			await test.step(`${from} -> ${to}`, async () => {
				await settleOn(page, from);
				const frames = await framesAfterChange(page, to, 1500);
				const early = frames[0].marks;
				const late = frames.at(-1)!.marks;
				expect(Object.keys(late).length, 'marks drawn').toBeGreaterThan(0);
				expect(Object.keys(early).sort(), 'the same marks exist at once').toEqual(Object.keys(late).sort());
				const diff = maxDiff(early, late);
				expect(diff.px, `largest move after two frames (${diff.mark})`).toBeLessThanOrEqual(0.5);
				// framesAfterChange ended 1.5 s after the change; the chart must also be at rest now.
				await settleOn(page, to);
				await checkCss(to);
			});
		}
	});
});

test.describe('full motion', () => {
	test.use({ reducedMotion: 'no-preference' });

	test('each change of state is animated', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(BASE);
		await ready(page);
		for (const [from, to] of PAIRS) {
			await test.step(`${from} -> ${to}`, async () => {
				// Two test workers on two cores can starve the page's frame loop for a moment; then too
				// few frames land in the first 500 ms to judge, and the change is measured again (from
				// the start), up to three times. The judgement below is the same whichever run it uses.
				let frames: Awaited<ReturnType<typeof framesAfterChange>> = [];
				for (let attempt = 0; attempt < 3; attempt++) {
					// settleOn waits until every tween and fade of the previous change has ended.
					await settleOn(page, from);
					frames = await framesAfterChange(page, to, 1500);
					if (frames.filter((f) => f.t <= 500).length > 2) break;
				}
				const late = frames.at(-1)!.marks;
				expect(Object.keys(late).length, 'marks drawn').toBeGreaterThan(0);
				// Mid-change (the tweens last 650 ms), some mark is visibly away from where it ends up.
				const mid = frames.filter((f) => f.t <= 500);
				expect(mid.length, 'frames sampled in the first 500 ms').toBeGreaterThan(2);
				const moved = Math.max(...mid.map((f) => maxDiff(f.marks, late).px));
				expect(moved, 'largest distance from the final geometry in the first 500 ms').toBeGreaterThan(2);
			});
		}
	});
});
