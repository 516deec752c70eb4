import { test, expect, steps, story, expectedState, BASE } from './fixtures';

test.use({ javaScriptEnabled: false });

test('without JavaScript the whole story reads and the first chart is drawn', async ({ page }) => {
	await page.goto(BASE);
	await expect(page.locator('h1')).toHaveText(story.meta.title);

	// Every step, in order, with its words.
	const ids = await page.$$eval('[data-step]', (els) => els.map((el) => el.id));
	expect(ids).toEqual(steps.map((s) => s.id));
	for (const step of steps) {
		const first = step.copy[0].map((run) => run.text).join('');
		await expect(page.locator(`#${step.id}`)).toContainText(first.slice(0, 40));
	}

	// The prerendered chart is the first step's, with real marks of real size.
	const plot = page.locator('[data-chart-state]');
	await expect(plot).toHaveAttribute('data-chart-state', expectedState(steps[0]));
	const box = await plot.boundingBox();
	expect(box!.width).toBeGreaterThan(200);
	expect(box!.height).toBeGreaterThan(120);
	expect(await plot.locator('svg :is(path, rect)').count()).toBeGreaterThan(3);
	// Laid out by its own styles, which the page carries (not the chart's code): unstyled, a row
	// chart's legend and labels stack up far taller than its box.
	const drawing = await plot.locator('[data-build-drawing] > *').first().boundingBox();
	expect(drawing!.height, 'the drawing fits its plot').toBeLessThanOrEqual(box!.height + 1);

	// And the sources section, with every dataset.
	for (const d of story.datasets) await expect(page.locator(`#data-${d.id}`)).toContainText(d.title);
});
