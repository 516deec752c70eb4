import type { Page } from '@playwright/test';
import { BASE, expect, steps } from './fixtures.ts';
import type { Step } from '../../src/lib/model/types.ts';

/** Opens the stage (on a step, if given) and waits until every chart's code is loaded. */
export async function openStage(page: Page, id?: string): Promise<void> {
	await page.goto(id ? `${BASE}present/#${id}` : `${BASE}present/`);
	await expect(page.locator('[data-stage-ready="true"]')).toHaveCount(1);
	if (id) await expect.poll(() => stageStep(page)).toBe(id);
}

/** The id of the step marked current on the stage (exactly one is expected). */
export async function stageStep(page: Page): Promise<string> {
	const ids = await page.$$eval('[data-step][aria-current="step"]', (els) => els.map((el) => el.id));
	return ids.length === 1 ? ids[0] : `${ids.length} current: ${ids.join(',')}`;
}

export function indexOf(id: string): number {
	return steps.findIndex((s) => s.id === id);
}

/**
 * The drawing of the chart on screen, as data: every mark's kind, box (relative to the plot,
 * rounded to a pixel) and opacity, and every label's text. Two equal signatures are the same picture.
 */
export async function chartSignature(page: Page, root = '[data-chart-state]'): Promise<string> {
	return page.evaluate((sel) => {
		const plot = document.querySelector(sel);
		if (!plot) return 'no plot';
		const origin = plot.getBoundingClientRect();
		const layers = plot.querySelectorAll('[data-chart]');
		const parts: string[] = [`layers:${layers.length}`];
		for (const el of plot.querySelectorAll<SVGGraphicsElement | HTMLElement>(
			'path, rect, circle, line, [data-chart] div, [data-chart] span'
		)) {
			const b = el.getBoundingClientRect();
			if (b.width === 0 && b.height === 0) continue;
			const o = Number(getComputedStyle(el).opacity).toFixed(2);
			const text = el.children.length === 0 ? (el.textContent ?? '').trim() : '';
			parts.push(
				`${el.tagName}:${Math.round(b.x - origin.x)},${Math.round(b.y - origin.y)},${Math.round(b.width)},${Math.round(b.height)}:${o}:${text}`
			);
		}
		return parts.join('|');
	}, root);
}

/**
 * Waits until the stage shows `step` drawn by its live chart, the drawing has stopped moving (the
 * same over three frames) and no transition runs: the chart's final state, never a frame of one.
 */
export async function settledOn(page: Page, step: Step): Promise<string> {
	await expect.poll(() => stageStep(page)).toBe(step.id);
	await expect(
		page.locator(`[data-chart-state="${step.chart.id}:${step.state}"] [data-chart-ready="${step.chart.id}"]`)
	).toHaveCount(1);
	let last = '';
	await expect
		.poll(
			async () => {
				const a = await chartSignature(page);
				await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
				const b = await chartSignature(page);
				// No CSS transition (a label's colour, a fade) still running either: the signature
				// sees boxes and opacity, not colours, and axe reads the colours.
				const running = await page.evaluate(
					() => document.getAnimations().filter((x) => x.playState === 'running').length
				);
				const still = a === b && b === last && b.startsWith('layers:1|') && running === 0;
				last = b;
				return still;
			},
			{ message: `chart of ${step.id} comes to rest`, timeout: 10_000, intervals: [50] }
		)
		.toBe(true);
	return last;
}
