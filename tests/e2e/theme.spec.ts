/**
 * The reader's colour scheme: the reading page and the list of stories follow it (CSS alone,
 * app.css), in the stage's colours. In each scheme, at a phone's size: the paper and the page's
 * `color-scheme`, axe and the chart labels' contrast at the first step and at a step of each chart
 * kind (a data table and a tap tip open on the way), a picture of each for a person to look at
 * (`test-results/screens/theme/`), and the list of stories. Then what must not follow: a still
 * downloaded from a dark page is light, an element that asks for a theme gets it inside a page of
 * the other, and the stage's T key turns its theme both ways on either system.
 * Runs in the phone-portrait project only (390x844).
 */
import type { Page } from '@playwright/test';
import { test, expect, settleOn, steps, ready, scrollStill, BASE } from './fixtures.ts';
import { audit, labelContrast } from './axe.ts';
import { pixels } from './stills-helpers.ts';

/** The papers of app.css, as the browser computes them. */
const PAPER = { light: 'rgb(251, 250, 247)', dark: 'rgb(18, 21, 28)' } as const;
const SCHEMES = ['dark', 'light'] as const;
/** The first step that shows each chart (one per kind in the China story), the first step first. */
const firstOfEach = steps.filter((s, i) => steps.findIndex((t) => t.chart.id === s.chart.id) === i);

/** The page's paper and colour scheme, as painted. */
const painted = (page: Page) =>
	page.evaluate(() => ({
		paper: getComputedStyle(document.body).backgroundColor,
		scheme: getComputedStyle(document.documentElement).colorScheme
	}));

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/theme/${name}.png` });

for (const scheme of SCHEMES) {
	test.describe(`a reader whose system prefers ${scheme}`, () => {
		test.use({ colorScheme: scheme, reducedMotion: 'reduce' });

		test('the story in that scheme: paper, axe and label contrast at a step of each chart kind', async ({
			page
		}, info) => {
			test.setTimeout(60_000);
			await page.goto(BASE);
			expect(await painted(page)).toEqual({ paper: PAPER[scheme], scheme });
			await ready(page);
			await shot(page, `${scheme}-top`);
			await audit(page, info, `${scheme} top`);

			const failures: string[] = [];
			for (const step of firstOfEach) {
				await settleOn(page, step.id);
				const labels = await labelContrast(page);
				expect(labels.n, `labels at ${step.id}`).toBeGreaterThan(0);
				failures.push(...labels.out.map((f) => `${step.id}: ${f}`));
				await shot(page, `${scheme}-${step.chart.id}`);
				if (step !== firstOfEach[0]) await audit(page, info, `${scheme} ${step.id}`);
			}
			expect(failures, 'chart labels under WCAG AA contrast').toEqual([]);

			// The last chart's data table, and a tap tip on one of its marks.
			await page.locator('.data-table summary').click();
			await shot(page, `${scheme}-table`);
			await audit(page, info, `${scheme} table open`);
			await page.locator('.data-table summary').click();
			const mark = page.locator('[data-chart-state] [data-tip]').first();
			await mark.tap();
			await expect(page.getByTestId('mark-tip')).toBeVisible();
			await shot(page, `${scheme}-tip`);
			await audit(page, info, `${scheme} tip`);

			await page.locator('#sources').scrollIntoViewIfNeeded();
			await scrollStill(page);
			await shot(page, `${scheme}-sources`);
			await audit(page, info, `${scheme} sources`);
		});

		test('the list of stories in that scheme', async ({ page }, info) => {
			await page.goto('/');
			expect(await painted(page)).toEqual({ paper: PAPER[scheme], scheme });
			await shot(page, `${scheme}-index`);
			await audit(page, info, `${scheme} list of stories`);
		});

		test.describe('without JavaScript', () => {
			test.use({ javaScriptEnabled: false });

			test('the story is in that scheme all the same: CSS chose it', async ({ page }) => {
				await page.goto(BASE);
				expect(await painted(page)).toEqual({ paper: PAPER[scheme], scheme });
			});
		});

		test("the stage's T key turns its theme both ways, from the system's", async ({ page }) => {
			await page.goto(`${BASE}present/`);
			const other = scheme === 'dark' ? ('light' as const) : ('dark' as const);
			const stage = page.locator('.stage');
			const stagePaper = () => stage.evaluate((el) => getComputedStyle(el).backgroundColor);
			for (const theme of [scheme, other, scheme]) {
				await expect(stage).toHaveAttribute('data-theme', theme);
				expect(await stagePaper(), `the stage in ${theme}`).toBe(PAPER[theme]);
				await page.keyboard.press('t');
			}
		});
	});
}

test.describe('what keeps its own theme', () => {
	test.use({ colorScheme: 'dark', reducedMotion: 'reduce' });

	test('an element that asks for a theme gets it inside a page of the other; a still downloaded from a dark page is light', async ({
		page
	}, info) => {
		await page.goto(`${BASE}#providers`);
		await ready(page);
		const inside = await page.evaluate(() => {
			const paperOf = (theme: string) => {
				const box = document.createElement('div');
				box.dataset.theme = theme;
				box.innerHTML = '<p style="background: var(--paper)">x</p>';
				document.body.append(box);
				const c = getComputedStyle(box.firstElementChild!).backgroundColor;
				box.remove();
				return c;
			};
			return { light: paperOf('light'), dark: paperOf('dark'), auto: paperOf('auto') };
		});
		expect(inside).toEqual({ light: PAPER.light, dark: PAPER.dark, auto: PAPER.dark });

		await expect(page.locator('[data-chart-ready="share"]')).toHaveCount(1);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download this step as PNG' }).click()
		]);
		const file = info.outputPath('dark-page-still.png');
		await download.saveAs(file);
		const px = await pixels(page, file);
		expect(px.inked).toBeGreaterThan(0.03);
		// The corner is the light theme's paper.
		expect(px.samples.slice(0, 3)).toEqual([251, 250, 247]);
	});
});
