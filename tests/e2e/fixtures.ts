import { test as base, expect, type Page } from '@playwright/test';
import { loadStory } from '../../src/lib/story/load.server.ts';
import type { Step, Story } from '../../src/lib/story/types.ts';

/** The story as the build reads it: tests take their expectations from data/, never a copy. */
export const story: Story = loadStory(process.cwd());
export const steps: Step[] = story.steps;

interface Guard {
	consoleErrors: string[];
	foreignRequests: string[];
}

/**
 * Every test fails if the page logs an error or asks any host but ours for anything.
 */
export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const guard: Guard = { consoleErrors: [], foreignRequests: [] };
			const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
			page.on('console', (msg) => {
				if (msg.type() === 'error') guard.consoleErrors.push(msg.text());
			});
			page.on('pageerror', (err) => guard.consoleErrors.push(String(err)));
			page.on('request', (req) => {
				const url = req.url();
				if (!url.startsWith(origin) && !url.startsWith('data:')) guard.foreignRequests.push(url);
			});
			await use(guard);
			expect(guard.consoleErrors, 'console errors').toEqual([]);
			expect(guard.foreignRequests, 'requests to other hosts').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };

/** Waits until the client has hydrated and wired the scroll driver. */
export async function ready(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.dataset.scrollyReady === 'true');
}

/** Scrolls so that a step's top sits just above the trigger line, the way a reader gets there. */
export async function scrollToStep(page: Page, id: string): Promise<void> {
	await page.evaluate((stepId) => {
		const el = document.getElementById(stepId);
		const root = document.querySelector<HTMLElement>('[data-offset]');
		if (!el || !root) throw new Error(`no step ${stepId}`);
		const line = Number(root.dataset.offset) * window.innerHeight;
		const top = el.getBoundingClientRect().top + window.scrollY;
		window.scrollTo({ top: top - line + 8, behavior: 'instant' });
	}, id);
}

/** The id of the step marked current, and how many steps are marked. */
export async function currentSteps(page: Page): Promise<string[]> {
	return page.$$eval('[aria-current="step"]', (els) => els.map((el) => el.id));
}

/** The chart and state the figure draws, as "chart:state". */
export async function chartState(page: Page): Promise<string | null> {
	return page.locator('[data-chart-state]').getAttribute('data-chart-state');
}

/** The step whose top last crossed the trigger line, computed from geometry in the page. */
export async function stepInView(page: Page): Promise<string> {
	return page.evaluate(() => {
		const root = document.querySelector<HTMLElement>('[data-offset]')!;
		const line = Number(root.dataset.offset) * window.innerHeight;
		const els = Array.from(document.querySelectorAll<HTMLElement>('[data-step]'));
		let id = els[0].id;
		for (const el of els) {
			if (el.getBoundingClientRect().top <= line) id = el.id;
			else break;
		}
		return id;
	});
}

/**
 * Scrolls to a step and waits until it is current and its state is drawn by the live chart (its
 * code loaded and on the page), then `pause` ms more for tweens and fades to end.
 */
export async function settleOn(page: Page, id: string, pause = 1100): Promise<void> {
	await scrollToStep(page, id);
	await expect.poll(() => currentSteps(page), { message: `step ${id}` }).toEqual([id]);
	const step = steps.find((s) => s.id === id)!;
	await expect.poll(() => chartState(page)).toBe(expectedState(step));
	await expect(page.locator(`[data-chart-ready="${step.chart}"]`)).toHaveCount(1);
	await page.waitForTimeout(pause);
}

export function expectedState(step: Step): string {
	return `${step.chart}:${step.state}`;
}
