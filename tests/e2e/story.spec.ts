import {
	test,
	expect,
	steps,
	ready,
	scrollToStep,
	currentSteps,
	chartState,
	stepInView,
	expectedState
} from './fixtures.ts';

test.describe('the story, scrolled', () => {
	test('every step becomes current in turn and its chart state follows', async ({ page }, info) => {
		await page.goto('/');
		await ready(page);
		const historyLength = await page.evaluate(() => history.length);

		for (const [i, step] of steps.entries()) {
			await scrollToStep(page, step.id);
			await expect.poll(() => currentSteps(page), { message: `step ${step.id}` }).toEqual([step.id]);
			await expect.poll(() => chartState(page)).toBe(expectedState(step));
			await expect(page).toHaveURL(new RegExp(`#${step.id}$`));

			// The drawing is really there: a plot of real size with marks inside it.
			const plot = page.locator('[data-chart-state]');
			const box = await plot.boundingBox();
			expect(box, 'plot box').not.toBeNull();
			expect(box!.width, `plot width at ${step.id}`).toBeGreaterThan(200);
			expect(box!.height, `plot height at ${step.id}`).toBeGreaterThan(120);
			const marks = plot.locator(`[data-chart="${step.chart}"] :is(path, rect, circle, line)`);
			expect(await marks.count(), `marks at ${step.id}`).toBeGreaterThan(0);

			if (info.project.name === 'desktop' || info.project.name === 'phone-portrait') {
				await page.waitForTimeout(900);
				await page.screenshot({
					path: `test-results/screens/${info.project.name}/${String(i + 1).padStart(2, '0')}-${step.id}.png`
				});
			}
		}
		// replaceState, not pushState: stepping through the story adds no history entries.
		expect(await page.evaluate(() => history.length)).toBe(historyLength);
	});

	test('the End key and a jump to the top land on the step in view', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await scrollToStep(page, steps[2].id);
		await expect.poll(() => currentSteps(page)).toEqual([steps[2].id]);

		await page.keyboard.press('End');
		await page.waitForTimeout(1500);
		const atEnd = await stepInView(page);
		expect(atEnd).toBe(steps.at(-1)!.id);
		await expect.poll(() => currentSteps(page)).toEqual([atEnd]);
		await expect.poll(() => chartState(page)).toBe(expectedState(steps.at(-1)!));

		await page.keyboard.press('Home');
		await page.waitForTimeout(1500);
		await expect.poll(() => currentSteps(page)).toEqual([steps[0].id]);
		await expect.poll(() => chartState(page)).toBe(expectedState(steps[0]));
	});

	test('a fast fling ends on the chart of the step actually in view', async ({ page, isMobile }) => {
		test.skip(isMobile, 'mouse wheel flings are for desktop; touch flings are tested in the phone suite');
		await page.goto('/');
		await ready(page);
		await page.mouse.move(200, 300);
		for (let k = 0; k < 12; k++) await page.mouse.wheel(0, 1400);
		await page.waitForTimeout(1200);
		const inView = await stepInView(page);
		const step = steps.find((s) => s.id === inView)!;
		expect(steps.indexOf(step)).toBeGreaterThan(3);
		await expect.poll(() => currentSteps(page)).toEqual([inView]);
		await expect.poll(() => chartState(page)).toBe(expectedState(step));

		// And straight back up in one jump.
		await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
		await page.waitForTimeout(600);
		await expect.poll(() => currentSteps(page)).toEqual([steps[0].id]);
		await expect.poll(() => chartState(page)).toBe(expectedState(steps[0]));
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
		await page.goto(`/#${target.id}`);
		await ready(page);
		await expect.poll(() => currentSteps(page)).toEqual([target.id]);
		await expect.poll(() => chartState(page)).toBe(expectedState(target));
		await expect(page).toHaveURL(new RegExp(`#${target.id}$`));
		expect(await stepInView(page)).toBe(target.id);

		const seen = await page.evaluate(() => (window as unknown as { __states: string[] }).__states);
		// At most the prerendered first state, then the target: nothing in between.
		const between = seen.filter((s) => s !== expectedState(steps[0]) && s !== expectedState(target));
		expect(between).toEqual([]);
	});

	test('only one step is ever current', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		for (const step of [steps[5], steps[1], steps.at(-2)!, steps[0]]) {
			await scrollToStep(page, step.id);
			await expect.poll(() => currentSteps(page)).toEqual([step.id]);
		}
	});
});
