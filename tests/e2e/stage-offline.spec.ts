/**
 * The talk with the network cut and no server: build/<slug>/talk.html opened from the disk (file://),
 * as from a USB stick. Every request must stay in the file (file: or data:), the charts must draw,
 * and the stage and the presenter view must still steer each other.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { SLUG, steps, story, notesText } from './fixtures.ts';
import { formatDate } from '../../src/lib/model/format.ts';
import { stageStep } from './stage-fixtures.ts';
import { parseUnicodeRange } from '../../src/lib/drivers/shared/frame/svg/font-faces.ts';

const talk = pathToFileURL(resolve('build', SLUG, 'talk.html')).href;
const test = base.extend({
	context: async ({ browser }, use) => {
		const context = await browser.newContext({ offline: true, viewport: { width: 1920, height: 1080 } });
		await use(context);
		await context.close();
	}
});

test('the offline talk runs from file:// with the network blocked, presenter view included', async ({ context }) => {
	const outside: string[] = [];
	const errors: string[] = [];
	await context.route(/^(https?|wss?):/, (route) => {
		outside.push(route.request().url());
		return route.abort();
	});
	context.on('request', (r) => {
		if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url());
	});
	const page = await context.newPage();
	page.on('pageerror', (e) => errors.push(String(e)));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

	const start = steps[6];
	await page.goto(`${talk}#${start.id}`);
	await expect(page.locator('[data-stage-ready="true"]')).toHaveCount(1);
	expect(await stageStep(page)).toBe(start.id);
	await expect(page.locator(`[data-chart-ready="${start.chart.id}"]`)).toHaveCount(1);
	const marks = page.locator(`[data-chart-state] [data-chart="${start.chart.id}"] :is(path, rect, circle)`);
	expect(await marks.count()).toBeGreaterThan(0);
	const plot = await page.locator('[data-chart-state]').boundingBox();
	expect(plot!.width).toBeGreaterThan(800);
	// In the groups' colours: the stylesheets the components import are inside the file too.
	const fills = await marks.evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).fill))]);
	expect(fills.filter((f) => f !== 'none' && f !== 'rgb(0, 0, 0)').length, fills.join(' ')).toBeGreaterThan(1);

	// Steps, with their charts, and the hash that resumes a reload.
	await page.keyboard.press('PageDown');
	await expect.poll(() => stageStep(page)).toBe(steps[7].id);
	await expect(page.locator(`[data-chart-state="${steps[7].chart.id}:${steps[7].state}"]`)).toHaveCount(1);
	expect(page.url()).toBe(`${talk}#${steps[7].id}`);
	await page.reload();
	await expect(page.locator('[data-stage-ready="true"]')).toHaveCount(1);
	expect(await stageStep(page)).toBe(steps[7].id);

	// The presenter view opens from the same file and the two windows move each other.
	const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
	presenter.on('pageerror', (e) => errors.push(String(e)));
	await expect(presenter.getByTestId('presenter-step')).toHaveText(new RegExp(`^Step 8 of ${steps.length}`));
	await expect(presenter.getByTestId('presenter-notes')).toContainText(
		notesText(steps[7]).trim().split(/\s+/).slice(0, 4).join(' ')
	);
	await presenter.keyboard.press('PageDown');
	await expect.poll(() => stageStep(page)).toBe(steps[8].id);
	await page.bringToFront();
	await page.keyboard.press('PageUp');
	await expect(presenter.getByTestId('presenter-step')).toHaveText(new RegExp(`^Step 8 of`));
	// The talk's own copy of the dates: the presenter's header and the first step.
	const dates = `Published ${formatDate(story.meta.published!)}`;
	await expect(presenter.locator('.status .story-dates')).toContainText(dates);
	await page.keyboard.press('Home');
	await expect(page.locator(`[data-step="${steps[0].id}"] .story-dates`)).toContainText(dates);
	await page.screenshot({ path: 'test-results/screens/stage/offline-talk.png' });

	expect(outside, 'requests that left the file').toEqual([]);
	expect(errors, 'errors').toEqual([]);
});

test("an edition's talk carries its script's font and only the slices it draws", async ({ context }) => {
	const page = await context.newPage();
	await page.goto(pathToFileURL(resolve('build', SLUG, 'zh', 'talk.html')).href);
	await expect(page.locator('[data-stage-ready="true"]')).toHaveCount(1);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	const loaded = await page.evaluate(async () => {
		await document.fonts.ready;
		return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
	});
	expect(loaded).toContain('Noto Sans SC');
	// Each talk holds the slices its own words need: the English one no Han character's.
	const hanRanges = (at: string[]) =>
		[...readFileSync(resolve('build', ...at, 'talk.html'), 'utf8').matchAll(/unicode-range:\s*([^;}]+)/g)]
			.flatMap((m) => parseUnicodeRange(m[1]))
			.filter(([a, b]) => b >= 0x4e00 && a <= 0x9fff);
	expect(hanRanges([SLUG])).toEqual([]);
	expect(hanRanges([SLUG, 'zh']).length).toBeGreaterThan(10);
});
