import { test as base, expect, type Page } from '@playwright/test';
import { loadStory } from '../../src/lib/loading/load.server.ts';
import { STORIES_DIR } from '../../src/lib/loading/stories.server.ts';
import type { Step, Story } from '../../src/lib/model/types.ts';
import { plainText } from '../../src/lib/model/text.ts';

/** The story these specs walk: the China story, data/stories/<SLUG>/. */
export const SLUG = 'china-ai-market';
/** Its pages' base path in the build: `${BASE}` reads, `${BASE}present/` is its stage. */
export const BASE = `/${SLUG}/`;

/** The story as the build reads it: tests take their expectations from data/, never a copy. */
export const story: Story = loadStory(`${STORIES_DIR}/${SLUG}`);
export const steps: Step[] = story.steps;
/** A step's speaker notes as the presenter view's text reads them (its bold and links as words). */
export const notesText = (s: Step): string => plainText(s.notes);

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

/**
 * `expect.poll` at a quicker pace than its default (100, 250, 500 then 1000 ms): a step change
 * lands a frame or two after the scroll, and a walk through the story polls hundreds of times.
 */
export function poll<T>(fn: () => Promise<T> | T, message?: string) {
	return expect.poll(fn, { message, intervals: [16, 32, 50, 100, 250] });
}

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
 * Waits until the figure has stopped moving, by watching it rather than sleeping: the live chart
 * `chart` (if given) is ready and alone in the stack (an outgoing chart has faded out), no CSS
 * transition, CSS animation or Web Animation (the cross-fade) runs anywhere in the page, and the
 * plot is unchanged, markup (the tweens write attributes) and every element's box, over
 * consecutive animation frames spanning at least `quietMs` (and three frames). Throws, saying
 * which condition never held, after `timeout` ms.
 */
export async function chartSettled(
	page: Page,
	chart?: string,
	{ quietMs = 150, timeout = 15_000 }: { quietMs?: number; timeout?: number } = {}
): Promise<void> {
	await page.evaluate(
		({ chart, quietMs, timeout }) => {
			const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
			const snap = (): string => {
				const plot = document.querySelector<HTMLElement>('[data-chart-state]');
				if (!plot) return '';
				const boxes: string[] = [];
				for (const el of [plot, ...plot.querySelectorAll('*')]) {
					const r = el.getBoundingClientRect();
					boxes.push(`${r.x.toFixed(2)},${r.y.toFixed(2)},${r.width.toFixed(2)},${r.height.toFixed(2)}`);
				}
				return `${plot.outerHTML}\n${boxes.join(' ')}`;
			};
			const why = (): string | null => {
				if (chart && !document.querySelector(`[data-chart-ready="${chart}"]`)) return `chart ${chart} not ready`;
				const layers = document.querySelectorAll('[data-chart]').length;
				if (layers !== 1) return `${layers} chart layers`;
				const running = document.getAnimations().filter((a) => a.playState === 'running');
				if (running.length) return `${running.length} animations running`;
				return null;
			};
			return new Promise<void>((resolve, reject) => {
				const start = performance.now();
				let last = '';
				let quietSince = -1;
				let quietFrames = 0;
				const loop = async () => {
					for (;;) {
						const now = await frame();
						const blocked = why();
						const s = snap();
						if (blocked || s !== last) {
							last = s;
							quietSince = now;
							quietFrames = 0;
						} else quietFrames++;
						if (!blocked && quietFrames >= 3 && now - quietSince >= quietMs) return resolve();
						if (now - start > timeout) {
							return reject(new Error(`chart did not settle in ${timeout} ms: ${blocked ?? 'the plot kept changing'}`));
						}
					}
				};
				loop();
			});
		},
		{ chart, quietMs, timeout }
	);
}

/**
 * Waits until scrolling (a smooth scroll, a fling, a re-anchoring after a resize) has stopped:
 * the scroll position and the viewport size unchanged over animation frames spanning `quietMs`.
 */
export async function scrollStill(page: Page, quietMs = 300, timeout = 15_000): Promise<void> {
	await page.evaluate(
		({ quietMs, timeout }) => {
			const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
			const pos = () => `${scrollX},${scrollY},${innerWidth},${innerHeight}`;
			return new Promise<void>((resolve, reject) => {
				const start = performance.now();
				let last = pos();
				let quietSince = start;
				let quietFrames = 0;
				const loop = async () => {
					for (;;) {
						const now = await frame();
						const p = pos();
						if (p !== last) {
							last = p;
							quietSince = now;
							quietFrames = 0;
						} else quietFrames++;
						if (quietFrames >= 3 && now - quietSince >= quietMs) return resolve();
						if (now - start > timeout) return reject(new Error(`scrolling did not stop in ${timeout} ms`));
					}
				};
				loop();
			});
		},
		{ quietMs, timeout }
	);
}

/** Two animation frames: whatever an input handler changed is rendered by then. */
export async function nextFrames(page: Page): Promise<void> {
	await page.evaluate(
		() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))))
	);
}

/**
 * Scrolls to a step and waits until it is current, its state is drawn by the live chart (its
 * code loaded and on the page) and every tween and fade has ended (`chartSettled`). `of`: the
 * steps of the story on the page (the China story's by default).
 */
export async function settleOn(page: Page, id: string, of: Step[] = steps): Promise<void> {
	await scrollToStep(page, id);
	await poll(() => currentSteps(page), `step ${id}`).toEqual([id]);
	const step = of.find((s) => s.id === id)!;
	await poll(() => chartState(page)).toBe(expectedState(step));
	await chartSettled(page, step.chart.id);
}

export function expectedState(step: Step): string {
	return `${step.chart.id}:${step.state}`;
}

/** Records every layout shift from the first byte on (not those right after an input). */
export async function recordShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
		w.__shifts = [];
		new PerformanceObserver((list) => {
			// LayoutShift entries (not in TypeScript's DOM library yet).
			type Shift = PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
				sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
			};
			for (const e of list.getEntries() as Shift[]) {
				if (e.hadRecentInput) continue;
				w.__shifts.push({
					value: e.value,
					sources: (e.sources ?? []).map((s) => {
						const n = s.node;
						const name =
							n instanceof Element
								? `${n.tagName.toLowerCase()}.${(n.getAttribute('class') ?? '').split(' ')[0]}`
								: n
									? `#text "${n.textContent?.trim().slice(0, 24)}"`
									: '?';
						const dy = Math.round(s.currentRect.y - s.previousRect.y);
						const dx = Math.round(s.currentRect.x - s.previousRect.x);
						return `${name} moved ${dx},${dy}`;
					})
				});
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

export type Shift = { step: string; value: number; sources: string[] };

/** Layout shifts recorded since the last call, labelled with where the story was. */
export async function takeShifts(page: Page, step: string): Promise<Shift[]> {
	const got = await page.evaluate(() =>
		(window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts.splice(0)
	);
	return got.map((g) => ({ step, ...g }));
}
