/**
 * Tap a mark, see its value. Phones drop some direct labels for room, so every mark answers a tap
 * with "<label>: <value>" (values formatted as everywhere else; a value nobody reported says so).
 * The expected words come from data/ and the shared formats, never from the page.
 */
import type { Locator } from '@playwright/test';
import {
	test,
	expect,
	settleOn,
	steps,
	story,
	ready,
	scrollToStep,
	currentSteps,
	nextFrames,
	poll,
	BASE
} from './fixtures.ts';
import { chartView } from '../../src/lib/kinds/view.ts';
import {
	NOT_REPORTED,
	formatPct,
	formatPoints,
	formatScore,
	formatTokens,
	formatUsd,
	formatWeek
} from '../../src/lib/model/format.ts';

/** The rows each chart reads (its roles), as the build binds them in story.yaml. */
const viewOf = (chart: string) => chartView(story.data, steps.find((s) => s.chart.id === chart)!.chart);
const data = {
	ranks: viewOf('ranking').ranks,
	parts: viewOf('share').parts,
	totals: viewOf('share').totals,
	timeline: viewOf('timeline').timeline,
	scores: viewOf('benchmark').scores,
	pairs: viewOf('prices').pairs
};
/** The series the timeline draws first (its first `series-<group>` word). */
const firstSeries = Object.keys(data.timeline[0].values)[0];
const seriesWord = steps.find((s) => s.chart.id === 'timeline')!.chart.words[`series-${firstSeries}`];
const PLOT = '[data-chart-state]';

/** The first step showing a chart in a state (steps come from data/, so no id is hard-coded). */
function stepFor(chart: string, state: string): string {
	const step = steps.find((s) => s.chart.id === chart && s.state === state);
	if (!step) throw new Error(`no step shows ${chart}:${state}`);
	return step.id;
}

/**
 * A point inside the mark that really hits it (an arc's box is mostly not the arc), relative to
 * the plot's box, as `page.tap(plot, { position })` wants it.
 */
async function hitPoint(mark: Locator): Promise<{ x: number; y: number }> {
	const point = await mark.evaluate((el) => {
		const box = el.getBoundingClientRect();
		for (let i = 1; i < 12; i++) {
			for (let j = 1; j < 12; j++) {
				const x = box.left + (box.width * i) / 12;
				const y = box.top + (box.height * j) / 12;
				const hit = document.elementFromPoint(x, y);
				if (hit && hit.closest('[data-tip]') === el) {
					const plot = el.closest('[data-chart-state]')!.getBoundingClientRect();
					return { x: x - plot.left, y: y - plot.top };
				}
			}
		}
		return null;
	});
	if (!point) throw new Error('no point of the mark answers a tap');
	return point;
}

interface Case {
	what: string;
	step: string;
	mark: string;
	tip: string;
}

const rank = (n: number) => data.ranks.find((r) => r.rank === n)!;
const provider = (id: string) => data.parts.find((p) => p.id === id)!;
const country = (c: string) => data.totals.find((r) => r.group === c)!;
const firstReported = data.timeline.find((w) => w.values[firstSeries] !== null)!;
const firstGap = data.timeline.find((w) => Object.values(w.values).every((v) => v === null))!;
const score = (model: string, metric: string) => data.scores.find((b) => b.label === model && b.metric === metric)!;
const firstMetric = steps.find((s) => s.chart.id === 'benchmark')!.state;
const topScore = (metric: string) =>
	data.scores.filter((b) => b.metric === metric && b.value !== null).sort((a, b) => b.value! - a.value!)[0];
const withError = data.scores.find((b) => b.error !== null)!;
const missing = data.scores.find((b) => b.value === null)!;
const priciest = [...data.pairs].sort((a, b) => b.second - a.second)[0];
const us = country('US');
const cn = country('CN');
const [leader, follower] = us.value >= cn.value ? [us, cn] : [cn, us];
const unnamed = data.ranks.find((r) => r.label === null)!;

const CASES: Case[] = [
	{
		what: 'a bar (ranking)',
		step: stepFor('ranking', 'named'),
		mark: `bar:rank-${rank(1).rank}`,
		tip: `${rank(1).label}: ${formatTokens(rank(1).value)}`
	},
	{
		what: 'an empty slot (a rank nobody itemized)',
		step: stepFor('ranking', 'all'),
		mark: `slot:rank-${unnamed.rank}`,
		tip: `Rank ${unnamed.rank} (not itemized): ${NOT_REPORTED}`
	},
	{
		what: 'an arc (share by provider)',
		step: stepFor('share', 'parts'),
		mark: `arc:${provider('anthropic').id}`,
		tip: `${provider('anthropic').label}: ${formatPct(provider('anthropic').value)}`
	},
	{
		what: 'an arc (share by country: the country, not the lab)',
		step: stepFor('share', 'totals'),
		mark: 'arc:google',
		tip: `${us.label}: ${formatPct(us.value)}`
	},
	{
		what: 'the gap arc',
		step: stepFor('share', 'gap'),
		mark: 'arc:gap',
		tip: `Gap, ${leader.label} minus ${follower.label}: ${formatPoints(
			Math.round((leader.value - follower.value) * 1e6) / 1e6
		)}`
	},
	{
		what: 'a point (timeline)',
		step: stepFor('timeline', 'start'),
		mark: `point:${firstSeries}:${firstReported.start}`,
		tip: `${seriesWord}, ${formatWeek(firstReported.start, firstReported.end!)}: ${formatTokens(firstReported.values[firstSeries])}`
	},
	{
		what: 'a week nobody reported (timeline)',
		step: stepFor('timeline', 'start'),
		mark: `band:unreported:${firstGap.start}`,
		tip: `${formatWeek(firstGap.start, firstGap.end!)}: ${NOT_REPORTED}`
	},
	{
		what: 'a dot (benchmark)',
		step: stepFor('benchmark', firstMetric),
		mark: `dot-end:${firstMetric}:${topScore(firstMetric).label}`,
		tip: `${topScore(firstMetric).label}: ${formatScore(topScore(firstMetric).value, {
			approximate: topScore(firstMetric).approximate,
			error: topScore(firstMetric).error
		})}`
	},
	{
		what: 'a dot with an error bar (benchmark)',
		step: stepFor('benchmark', withError.metric),
		mark: `dot-end:${withError.metric}:${withError.label}`,
		tip: `${withError.label}: ${formatScore(score(withError.label, withError.metric).value, {
			approximate: withError.approximate,
			error: withError.error
		})}`
	},
	{
		what: 'a score nobody reported (benchmark)',
		step: stepFor('benchmark', missing.metric),
		mark: `slot:${missing.metric}:${missing.label}`,
		tip: `${missing.label}: ${NOT_REPORTED}`
	},
	{
		what: 'a bar (prices)',
		step: stepFor('prices', 'output'),
		mark: `bar:${priciest.label}`,
		tip: `${priciest.label}: ${formatUsd(priciest.second)}`
	},
	{
		what: 'an output dot (prices, input to output)',
		step: stepFor('prices', 'input-output'),
		mark: `dot-end:${priciest.label}`,
		tip: `${priciest.label}: ${formatUsd(priciest.first)} in / ${formatUsd(priciest.second)} out`
	}
];

test.describe('tap a mark, see its value', () => {
	// Marks are tapped at rest (each state drawn final at once), not mid-tween.
	test.use({ reducedMotion: 'reduce' });

	test('on a phone, a tap on any kind of mark shows its value inside the viewport', async ({ page }, info) => {
		test.skip(info.project.name !== 'phone-portrait', 'taps are for the phone in portrait');
		await page.goto(BASE);
		await ready(page);
		const tip = page.getByTestId('mark-tip');
		const viewport = page.viewportSize()!;

		for (const c of CASES) {
			await settleOn(page, c.step);
			const mark = page.locator(`[data-chart-state] [data-mark="${c.mark}"]`);
			await expect(mark, `${c.what}: ${c.mark}`).toHaveCount(1);
			await page.tap(PLOT, { position: await hitPoint(mark) });

			await expect(tip, c.what).toBeVisible();
			await expect(tip, c.what).toHaveText(c.tip);
			// The tip lives in a polite status region, so a screen reader hears it too.
			await expect(page.locator('[role="status"]').filter({ has: tip })).toHaveCount(1);
			const box = (await tip.boundingBox())!;
			expect(box.x, `${c.what}: left edge`).toBeGreaterThanOrEqual(0);
			expect(box.y, `${c.what}: top edge`).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width, `${c.what}: right edge`).toBeLessThanOrEqual(viewport.width);
			expect(box.y + box.height, `${c.what}: bottom edge`).toBeLessThanOrEqual(viewport.height);

			if (c === CASES[0]) {
				await page.screenshot({ path: `test-results/screens/${info.project.name}/tip-bar.png` });
			}
			if (c.mark === 'arc:google') {
				await page.screenshot({ path: `test-results/screens/${info.project.name}/tip-arc.png` });
			}
			if (c.mark.startsWith('point:')) {
				await page.screenshot({ path: `test-results/screens/${info.project.name}/tip-point.png` });
			}

			// A tap on something that is not a mark dismisses it.
			await page.locator('#chart-title').tap();
			await expect(tip).toHaveCount(0);
		}
	});
});

test.describe('a tip comes and goes', () => {
	test('a tip goes on Escape and with a new step; hovering shows nothing; marks take taps, labels do not', async ({
		page
	}, info) => {
		test.skip(info.project.name !== 'desktop' && info.project.name !== 'phone-portrait', 'one wide, one narrow');
		await page.goto(BASE);
		await ready(page);
		const first = stepFor('ranking', 'named');
		await settleOn(page, first);
		const tip = page.getByTestId('mark-tip');
		const bar = page.locator(`[data-chart-state] [data-mark="bar:rank-${rank(2).rank}"]`);
		const at = await hitPoint(bar);

		// Hover alone: nothing.
		if (!info.project.use.hasTouch) {
			await page.hover(PLOT, { position: at });
			// The tip has no timer: whatever a pointer handler showed is drawn two frames later.
			await nextFrames(page);
			await expect(tip).toHaveCount(0);
		}

		// Marks are tap targets; label boxes let taps through.
		const styles = await page.locator('[data-chart-state]').evaluate((plot) => ({
			marks: [...plot.querySelectorAll('[data-tip]')].map((el) => getComputedStyle(el).pointerEvents),
			labels: [...plot.querySelectorAll('.labels, .labels .box, .axis, .notes')].map(
				(el) => getComputedStyle(el).pointerEvents
			)
		}));
		expect(styles.marks.length).toBeGreaterThan(0);
		expect(new Set(styles.marks)).toEqual(new Set(['auto']));
		expect(new Set(styles.labels)).toEqual(new Set(['none']));

		const press = (position: { x: number; y: number }) =>
			info.project.use.hasTouch ? page.tap(PLOT, { position }) : page.click(PLOT, { position });
		await press(at);
		await expect(tip).toHaveText(`${rank(2).label}: ${formatTokens(rank(2).value)}`);
		await page.keyboard.press('Escape');
		await expect(tip).toHaveCount(0);

		await press(at);
		await expect(tip).toBeVisible();
		await page.screenshot({ path: `test-results/screens/${info.project.name}/tip-ranking.png` });
		const next = steps[steps.findIndex((s) => s.id === first) + 1];
		await scrollToStep(page, next.id);
		await poll(() => currentSteps(page)).toEqual([next.id]);
		await expect(tip).toHaveCount(0);
	});
});
