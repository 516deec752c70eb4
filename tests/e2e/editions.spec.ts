/**
 * Editions, at smoke depth (docs/testing.md): every edition of the build reads on a 390x844 phone
 * in its language (`<html lang>`, and `dir="rtl"` for Arabic), every step with its chart drawn,
 * its labels clear, and its words and chart words in that language; its head names the other languages; the
 * language switch opens the same step in another language, on the reading page and on the stage;
 * the Arabic edition, read right to left, passes axe. A draft says so and is kept from search engines.
 */
import { devices } from '@playwright/test';
import { loadStory } from '../../src/lib/loading/load.server.ts';
import { loadEditions } from '../../src/lib/loading/editions/editions.server.ts';
import { storyFolders } from '../../src/lib/loading/stories.server.ts';
import { LANGS } from '../../src/lib/model/locale/langs.ts';
import { test, expect, ready, settleOn, chartState, currentSteps, expectedState } from './fixtures.ts';
import { stageStep } from './stage-fixtures.ts';
import { audit } from './axe.ts';
import { labelProblems } from './label-checks.ts';

const folders = storyFolders(process.cwd(), { ...process.env, TEST_STORIES: process.env.TEST_STORIES || '1' });
const editions = folders.flatMap((f) => {
	const story = loadStory(f.dir);
	return loadEditions(f.dir, story).map((e) => ({ slug: f.slug, english: story, edition: e }));
});
const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
/** Words an English sentence frame would leave in a caption, a title, a table or a label. */
const ENGLISH = /\b(the|of|and|reported|not|led|ahead|to|in|at)\b/;
/** Names: Latin words from a capital on ("State of AI", "The Hype", "Claude Opus 4.6"), and any word with a digit or a dot. */
const NAMES = /\b[A-Z][\w.-]*(?:\s+(?:of|and|the|[A-Z0-9][\w.-]*))*|[\w-]*\d[\w.-]*|\w+\.\w+/g;

test('the build holds an edition read right to left and one in Chinese', () => {
	expect(editions.map((e) => `${e.slug}/${e.edition.lang} ${e.edition.status}`).sort()).toEqual([
		'china-ai-market/zh draft',
		'test-story/ar published'
	]);
});

for (const { slug, english, edition } of editions) {
	const { lang, story, status } = edition;
	const base = `/${slug}/${lang}/`;

	test.describe(`edition ${slug}/${lang}`, () => {
		test.use({ ...pixel, viewport: { width: 390, height: 844 } });

		test('reads in its language on a phone: every step, its chart drawn, nothing in English but names', async ({
			page
		}, info) => {
			test.setTimeout(90_000);
			await page.goto(base);
			await ready(page);
			await expect(page.locator('html')).toHaveAttribute('lang', LANGS[lang].tag);
			if (LANGS[lang].dir === 'rtl') await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			else expect(await page.locator('html').getAttribute('dir')).toBeNull();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.meta.title);
			// A draft is for review: it says so, and search engines are asked to leave it out.
			const robots = page.locator('meta[name="robots"]');
			if (status === 'draft') {
				await expect(page.getByRole('note')).toBeVisible();
				await expect(robots).toHaveAttribute('content', 'noindex');
			} else await expect(robots).toHaveCount(0);
			const problems: string[] = [];
			for (const step of story.steps) {
				await settleOn(page, step.id, story.steps);
				expect(await chartState(page)).toBe(expectedState(step));
				const figure = page.locator('figure.chart-figure').first();
				const box = await page.locator('[data-chart-state]').boundingBox();
				expect(box && box.width > 250 && box.height > 100, `${step.id}: the chart drawn at real size`).toBe(true);
				const words = (await figure.innerText()).replace(NAMES, '');
				expect(words, `${step.id}: the figure's words`).not.toMatch(ENGLISH);
				problems.push(...(await labelProblems(page)).map((p) => `${step.id}: ${p}`));
				await page.screenshot({ path: `test-results/screens/editions/${slug}-${lang}/${step.id}.png` });
			}
			expect(problems, 'labels: none overlaps another or leaves the plot').toEqual([]);
			const chrome = await page.locator('header.story-header, #sources').allInnerTexts();
			expect(chrome.join('\n')).not.toMatch(/\b(Published|Updated|Sources and method|Scroll to begin)\b/);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, 'nothing sideways').toBeLessThanOrEqual(0);
			if (LANGS[lang].dir === 'rtl') {
				// Right to left: the headline starts at the right edge of its column.
				const h1 = await page.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).direction);
				expect(h1).toBe('rtl');
				await audit(page, info, `the ${lang} edition`);
			}
		});

		test('the figure links the step in the other language, and the stage’s switch keeps it', async ({ page }) => {
			const step = story.steps[Math.min(2, story.steps.length - 1)];
			await page.goto(`/${slug}/`);
			await ready(page);
			await settleOn(page, step.id, english.steps);
			// An English page names only the published languages; a draft links back to them itself.
			const link = page.locator('.chart-figure a.read-in', { hasText: LANGS[lang].short });
			await expect(page.locator('.story-header .langs a', { hasText: LANGS[lang].name })).toHaveCount(
				status === 'draft' ? 0 : 1
			);
			if (status === 'draft') {
				await expect(link).toHaveCount(0);
				await page.goto(base);
				await ready(page);
				await settleOn(page, step.id, story.steps);
				await page.locator('.chart-figure a.read-in', { hasText: 'EN' }).click();
				await expect(page).toHaveURL(new RegExp(`/${slug}/#${step.id}$`));
				return;
			}
			// The list of stories names the published edition, in its language.
			await page.goto('/');
			const listed = page.locator(`[data-story="${slug}"] .edition a[hreflang="${LANGS[lang].tag}"]`);
			await expect(listed).toHaveText(story.meta.title);
			await expect(page.locator(`[data-story="${slug}"] .edition`)).toHaveAttribute('lang', LANGS[lang].tag);
			await page.goto(`/${slug}/`);
			await ready(page);
			await settleOn(page, step.id, english.steps);
			const alternates = await page
				.locator('link[rel="alternate"][hreflang]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('hreflang')));
			expect(alternates).toEqual(['en', 'x-default', LANGS[lang].tag]);
			await link.click();
			await expect(page).toHaveURL(new RegExp(`${base}#${step.id}$`));
			await ready(page);
			await expect.poll(() => currentSteps(page)).toEqual([step.id]);
			await page.goto(`${base}present/#${step.id}`);
			await expect(page.locator('html')).toHaveAttribute('lang', LANGS[lang].tag);
			await expect.poll(() => stageStep(page)).toBe(step.id);
			await page.locator('.langs a', { hasText: 'English' }).click();
			await expect(page).toHaveURL(new RegExp(`/${slug}/present/#${step.id}$`));
		});
	});
}
