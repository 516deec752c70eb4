/**
 * The story, scrolled, with motion as a reader gets it: one walk through every step checks each
 * step's state (and, on desktop and phone portrait, takes its screenshot once the chart is still
 * and measures layout shift from load to the last step), then the same page is jumped about (one
 * current step at a time, End and Home, a wheel fling). A deep link needs a page of its own, and
 * so does the timing of a jump (timed in the page, from the scroll's end). Runs
 * on desktop, phone portrait and the projector (phone landscape is walked step by step in
 * phone.spec at 844x390).
 */
import {
	test,
	expect,
	steps,
	ready,
	scrollToStep,
	currentSteps,
	chartState,
	stepInView,
	expectedState,
	chartSettled,
	scrollStill,
	poll,
	recordShifts,
	takeShifts,
	type Shift,
	BASE
} from './fixtures.ts';
import type { Page } from '@playwright/test';
import { jumpTo, jumpWatcher } from '../../scripts/bench/in-page.mjs';

test.describe('the story, scrolled', () => {
	test('every step in turn, then jumps, End and Home, and a fling: always the step in view and its chart', async ({
		page,
		isMobile
	}, info) => {
		test.setTimeout(120_000);
		// The most steps ever marked current at once, over the whole test (checked after every DOM
		// change, as a frame would show it).
		await page.addInitScript(() => {
			const w = window as unknown as { __mostCurrent: number };
			w.__mostCurrent = 0;
			new MutationObserver(() => {
				const n = document.querySelectorAll('[aria-current="step"]').length;
				if (n > w.__mostCurrent) w.__mostCurrent = n;
			}).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
		});
		await recordShifts(page);
		await page.goto(BASE);
		await ready(page);
		const historyLength = await page.evaluate(() => history.length);
		// Desktop and phone portrait: a screenshot of every step, and the layout shift over the walk.
		const shoot = info.project.name === 'desktop' || info.project.name === 'phone-portrait';
		const shifts: Shift[] = await takeShifts(page, 'load');

		await test.step('every step becomes current in turn and its chart state follows', async () => {
			for (const [i, step] of steps.entries()) {
				await scrollToStep(page, step.id);
				await poll(() => currentSteps(page), `step ${step.id}`).toEqual([step.id]);
				await poll(() => chartState(page)).toBe(expectedState(step));
				await expect(page).toHaveURL(new RegExp(`#${step.id}$`));
				// The current card, and it alone, is marked (its border; the cards are static HTML).
				await poll(() => markedCards(page), `marked card at ${step.id}`).toEqual([step.id]);
				// Screenshots wait for every tween and fade to end; elsewhere the live chart suffices.
				if (shoot) await chartSettled(page, step.chart.id);
				else await expect(page.locator(`[data-chart-ready="${step.chart.id}"]`)).toHaveCount(1);

				// The drawing is really there: a plot of real size with marks inside it.
				const plot = page.locator('[data-chart-state]');
				const box = await plot.boundingBox();
				expect(box, 'plot box').not.toBeNull();
				expect.soft(box!.width, `plot width at ${step.id}`).toBeGreaterThan(200);
				expect.soft(box!.height, `plot height at ${step.id}`).toBeGreaterThan(120);
				const marks = plot.locator(`[data-chart="${step.chart.id}"] :is(path, rect, circle, line)`);
				expect.soft(await marks.count(), `marks at ${step.id}`).toBeGreaterThan(0);

				if (shoot) {
					await page.screenshot({
						path: `test-results/screens/${info.project.name}/${String(i + 1).padStart(2, '0')}-${step.id}.png`
					});
				}
				shifts.push(...(await takeShifts(page, step.id)));
			}
			// replaceState, not pushState: stepping through the story adds no history entries.
			expect(await page.evaluate(() => history.length)).toBe(historyLength);
		});

		if (shoot) {
			await test.step('no layout shift during load and the scroll through every step', async () => {
				const cls = shifts.reduce((sum, s) => sum + s.value, 0);
				const worst = shifts
					.filter((s) => s.value >= 0.0005)
					.map((s) => `${s.step}: ${s.value.toFixed(4)} ${s.sources.slice(0, 4).join('; ')}`);
				info.annotations.push({ type: 'CLS', description: cls.toFixed(5) });
				expect.soft(cls, `layout shift (CLS) over the story; largest:\n${worst.join('\n')}`).toBeLessThan(0.001);
			});
		}

		await test.step('only one step is ever current', async () => {
			for (const step of [steps[5], steps[1], steps.at(-2)!, steps[0]]) {
				await scrollToStep(page, step.id);
				await poll(() => currentSteps(page)).toEqual([step.id]);
			}
		});

		await test.step('the End key and a jump to the top land on the step in view', async () => {
			await scrollToStep(page, steps[2].id);
			await poll(() => currentSteps(page)).toEqual([steps[2].id]);

			await page.keyboard.press('End');
			// The keyboard scroll is animated: wait until it has reached the end and stopped.
			await poll(() => stepInView(page)).toBe(steps.at(-1)!.id);
			await scrollStill(page);
			const atEnd = await stepInView(page);
			expect(atEnd).toBe(steps.at(-1)!.id);
			await poll(() => currentSteps(page)).toEqual([atEnd]);
			await poll(() => chartState(page)).toBe(expectedState(steps.at(-1)!));

			await page.keyboard.press('Home');
			await poll(() => page.evaluate(() => scrollY)).toBe(0);
			await scrollStill(page);
			await poll(() => currentSteps(page)).toEqual([steps[0].id]);
			await poll(() => chartState(page)).toBe(expectedState(steps[0]));
		});

		// Mouse wheel flings are for desktop; touch flings are tested in the phone suite.
		if (!isMobile) {
			await test.step('a fast fling ends on the chart of the step actually in view', async () => {
				await page.mouse.move(200, 300);
				for (let k = 0; k < 12; k++) await page.mouse.wheel(0, 1400);
				await scrollStill(page);
				const inView = await stepInView(page);
				const step = steps.find((s) => s.id === inView)!;
				expect(steps.indexOf(step)).toBeGreaterThan(3);
				await poll(() => currentSteps(page)).toEqual([inView]);
				await poll(() => chartState(page)).toBe(expectedState(step));

				// And straight back up in one jump.
				await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
				await scrollStill(page);
				await poll(() => currentSteps(page)).toEqual([steps[0].id]);
				await poll(() => chartState(page)).toBe(expectedState(steps[0]));
			});
		}
		// Jumps, keys and flings add no history entries either.
		expect(await page.evaluate(() => history.length)).toBe(historyLength);
		// And never two steps current at once, whatever the route.
		expect(await page.evaluate(() => (window as unknown as { __mostCurrent: number }).__mostCurrent)).toBe(1);
	});

	test('a deep link lands on its step and chart without replaying earlier ones', async ({ page }) => {
		const target = steps[Math.floor(steps.length * 0.8)];
		// Record every state the figure shows from the first byte on.
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { __states: string[] }).__states = seen;
			new MutationObserver(() => {
				const s = document.querySelector('[data-chart-state]')?.getAttribute('data-chart-state');
				if (s && seen.at(-1) !== s) seen.push(s);
			}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-chart-state'] });
		});
		await page.goto(`${BASE}#${target.id}`);
		await ready(page);
		await poll(() => currentSteps(page)).toEqual([target.id]);
		await poll(() => chartState(page)).toBe(expectedState(target));
		await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
		expect(await stepInView(page)).toBe(target.id);

		const seen = await page.evaluate(() => (window as unknown as { __states: string[] }).__states);
		// At most the prerendered first state, then the target: nothing in between.
		const between = seen.filter((s) => s !== expectedState(steps[0]) && s !== expectedState(target));
		expect(between).toEqual([]);
	});

	// Issue #17: a 400-character word (a pasted address, a name with no spaces) wraps inside every
	// card that shows a step's words, and the stills' SVG serializer breaks it into lines too.
	test('a 400-character word wraps on every card: reading page, stage, still and share card', async ({ page }) => {
		const word = 'Supercalifragilistic'.repeat(20);
		/** Puts the word in the first paragraph under `box`; says whether it stays inside the box. */
		const wraps = async (box: string) => {
			await expect(page.locator(`${box} p`).first()).toBeVisible();
			return page.evaluate(
				async ([selector, w]) => {
					const card = document.querySelector(selector)!;
					const p = card.querySelector('p:not(.kicker)')!;
					p.textContent = `A ${w} word.`;
					await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
					const c = card.getBoundingClientRect();
					const r = p.getBoundingClientRect();
					const lineHeight = parseFloat(getComputedStyle(p).lineHeight) || 20;
					return {
						inside: r.left >= c.left - 0.5 && r.right <= c.right + 0.5 && p.scrollWidth <= p.clientWidth + 1,
						lines: Math.round(r.height / lineHeight),
						pageOverflow: document.documentElement.scrollWidth > innerWidth
					};
				},
				[box, word] as const
			);
		};
		const expectWraps = (found: { inside: boolean; lines: number; pageOverflow: boolean }, where: string) => {
			expect(found.inside, `${where}: the word stays inside its card`).toBe(true);
			expect(found.lines, `${where}: broken over several lines`).toBeGreaterThan(2);
			expect(found.pageOverflow, `${where}: no sideways scroll`).toBe(false);
		};

		await page.goto(BASE);
		await ready(page);
		expectWraps(await wraps(`#${steps[0].id} .copy`), 'reading page');

		await page.goto(`${BASE}present/#${steps[0].id}`);
		expectWraps(await wraps('.words .copy'), 'stage');

		for (const [width, height, where] of [
			[1280, 720, 'still'],
			[1200, 630, 'share card']
		] as const) {
			await page.setViewportSize({ width, height });
			await page.goto(`${BASE}still/${steps[0].id}/`);
			await expect(page.locator(`[data-still-ready="${steps[0].id}"]`)).toHaveCount(1);
			expectWraps(await wraps('.still .words'), where);
			// The SVG drawing of the still breaks the word at the same places: several <text> lines,
			// none of them wider than the words' column.
			const svg = await page.evaluate(() =>
				(window as unknown as { __still: { svg: () => Promise<string> } }).__still.svg()
			);
			const lines = [...svg.matchAll(/<text x="([\d.]+)"[^>]*>([^<]*(?:Supercal|fragilistic)[^<]*)<\/text>/gi)];
			expect(lines.length, `${where}: the SVG's lines of the word`).toBeGreaterThan(2);
			const joined = lines.map((m) => m[2]).join('');
			expect(joined.replace(/[^A-Za-z]/g, '')).toContain(word);
			expect(new Set(lines.map((m) => m[1])).size, `${where}: every line of the word starts at the column's edge`).toBe(
				1
			);
		}
	});

	test('a jump shows its step within a frame of the scroll ending, with scrollend and without it', async ({
		browser,
		page
	}, info) => {
		test.skip(info.project.name === 'projector', 'the same layout as desktop');
		// Timed in the page by the frames it draws (the bench's jump watcher), never by the
		// runner's clock: from the frame the scroll ended to the first frame with the step current.
		// Reduced motion, so the chart's final drawing is the one to wait for.
		const check = async (p: typeof page, label: string) => {
			await p.emulateMedia({ reducedMotion: 'reduce' });
			await p.goto(BASE);
			await ready(p);
			// One step down, a few steps, the whole story down and back up.
			for (const target of [steps[1], steps[4], steps.at(-1)!, steps[0]]) {
				const t = await jumpTo(p, target.id);
				expect(t, `${label}: jump to ${target.id}`).toMatchObject({
					ended: true,
					isCurrent: true,
					ready: true,
					state: expectedState(target)
				});
				expect(
					t.toCurrentFrames,
					`${label}: frames from the scroll's end to ${target.id} current (${t.toCurrentMs.toFixed(1)} ms)`
				).toBeLessThanOrEqual(label === 'scrollend' ? 1 : 2);
				expect(await currentSteps(p)).toEqual([target.id]);
			}
		};
		await page.addInitScript(jumpWatcher);
		await check(page, 'scrollend');
		// A browser without `scrollend` (older Safari): the driver ends a scroll after a frame without one.
		const context = await browser.newContext({ ...info.project.use, baseURL: info.project.use.baseURL });
		try {
			const other = await context.newPage();
			await other.addInitScript(() => {
				delete (Window.prototype as unknown as { onscrollend?: unknown }).onscrollend;
				delete (window as unknown as { onscrollend?: unknown }).onscrollend;
			});
			await other.addInitScript(jumpWatcher);
			const errors: string[] = [];
			other.on('pageerror', (e) => errors.push(String(e)));
			other.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
			await check(other, 'no scrollend');
			expect(await other.evaluate(() => 'onscrollend' in window)).toBe(false);
			expect(errors).toEqual([]);
		} finally {
			await context.close();
		}
	});
});

/** The steps whose card is drawn as the current one: a border darker than a resting card's. */
function markedCards(page: Page): Promise<string[]> {
	return page.locator('section[data-step]').evaluateAll((sections) => {
		const rest = getComputedStyle(document.documentElement).getPropertyValue('--rule').trim();
		const probe = document.createElement('div');
		probe.style.color = rest;
		document.body.append(probe);
		const restColour = getComputedStyle(probe).color;
		probe.remove();
		return sections
			.filter((s) => {
				const card = s.querySelector('.card');
				return card !== null && getComputedStyle(card).borderTopColor !== restColour;
			})
			.map((s) => (s as HTMLElement).dataset.step ?? '');
	});
}
