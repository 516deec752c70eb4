/**
 * Editions, at smoke depth (docs/testing.md): every edition of the build reads on the smallest
 * phone (320x568) in its language (`<html lang>`, and `dir="rtl"` for Arabic), every step with its
 * chart drawn, its labels clear, nothing wider than the screen and the step's card inside it, and
 * its words and chart words in that language; its head names the other languages; the language
 * switch opens the same step in another language, on the reading page and on the stage; the stage
 * steps through every step by the arrow that runs the language's way (← right to left) at
 * 1920x1080, inside the screen with its labels clear; the Arabic edition, read right to left,
 * passes axe. A draft says so and is kept from search engines.
 */
import { devices, type Page } from '@playwright/test';
import { loadStory } from '../../src/lib/loading/load.server.ts';
import { loadEditions } from '../../src/lib/loading/editions/editions.server.ts';
import { storyFolders } from '../../src/lib/loading/stories.server.ts';
import { LANGS } from '../../src/lib/model/locale/langs.ts';
import { test, expect, ready, settleOn, chartState, currentSteps, expectedState } from './fixtures.ts';
import { settledOn, stageStep } from './stage-fixtures.ts';
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

	const dir = LANGS[lang].dir;
	const shots = `test-results/screens/editions/${slug}-${lang}`;

	test.describe(`edition ${slug}/${lang}`, () => {
		test.describe('on the smallest phone', () => {
			// The labels' and the cards' tightest fit; at rest, as the label checks read it.
			test.use({ ...pixel, viewport: { width: 320, height: 568 }, reducedMotion: 'reduce' });

			test('reads in its language on a phone: every step, its chart drawn, nothing in English but names', async ({
				page
			}, info) => {
				test.setTimeout(90_000);
				await page.goto(base);
				await ready(page);
				await expect(page.locator('html')).toHaveAttribute('lang', LANGS[lang].tag);
				if (dir === 'rtl') await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
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
					problems.push(...(await sideways(page)).map((p) => `${step.id}: ${p}`));
					problems.push(...(await layersApart(page)).map((p) => `${step.id}: ${p}`));
					await page.screenshot({ path: `${shots}/320x568/${step.id}.png` });
				}
				expect(problems, 'labels clear; layers in line; nothing wider than the screen, no card outside it').toEqual([]);
				const chrome = await page.locator('header.story-header, #sources').allInnerTexts();
				expect(chrome.join('\n')).not.toMatch(/\b(Published|Updated|Sources and method|Scroll to begin)\b/);
				if (dir === 'rtl') {
					// Right to left: the headline starts at the right edge of its column.
					const h1 = await page.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).direction);
					expect(h1).toBe('rtl');
					await audit(page, info, `the ${lang} edition`);
				}
			});
		});

		test.describe('on a 390x844 phone', () => {
			test.use({ ...pixel, viewport: { width: 390, height: 844 } });

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

		test('on the stage at 1920x1080, every step by the arrow that runs its way, inside the screen, labels clear', async ({
			page
		}) => {
			test.setTimeout(90_000);
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.setViewportSize({ width: 1920, height: 1080 });
			await page.goto(`${base}present/`);
			await expect(page.locator('[data-stage-ready="true"]')).toHaveCount(1);
			// Right to left, ← goes on and → back (`src/lib/drivers/stage/keys.ts`).
			const [on, back] = dir === 'rtl' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
			const problems: string[] = [];
			for (const [i, step] of story.steps.entries()) {
				if (i > 0) await page.keyboard.press(on);
				await settledOn(page, step);
				problems.push(...(await labelProblems(page)).map((p) => `${step.id}: ${p}`));
				await page.screenshot({ path: `${shots}/stage-1920x1080/${step.id}.png` });
			}
			// The scaled canvas stays on the screen, whichever side the text starts from.
			const canvas = await page.locator('.stage .canvas').boundingBox();
			expect(canvas && canvas.x >= -1 && canvas.x + canvas.width <= 1921, 'the stage inside the screen').toBe(true);
			expect(problems, 'labels clear').toEqual([]);
			await page.keyboard.press(back);
			await expect.poll(() => stageStep(page)).toBe(story.steps.at(-2)?.id);
			// The keys help shows the arrows as they run.
			await page.keyboard.press('?');
			const next = page.locator('dialog.help tr').first().locator('kbd').first();
			await expect(next).toHaveText(dir === 'rtl' ? '←' : '→');
		});
	});
}

/**
 * What leaves the phone's screen sideways: a page wider than the screen, or text of the current
 * step's card outside it (a card can clip its overflow, so the page's width alone misses it).
 */
function sideways(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		const over = document.documentElement.scrollWidth - window.innerWidth;
		if (over > 0) out.push(`the page is ${over} px wider than the screen`);
		const card = document.querySelector('[data-step][aria-current="step"]');
		if (!card) return [...out, 'no current step card'];
		const range = document.createRange();
		range.selectNodeContents(card);
		for (const r of range.getClientRects())
			if (r.width > 0 && (r.left < -1 || r.right > window.innerWidth + 1))
				out.push(`the card's text runs from ${Math.round(r.left)} to ${Math.round(r.right)} px`);
		return out;
	});
}

/**
 * The chart's layers that do not line up: every SVG and HTML layer of a plot spans the same box,
 * or its marks and its labels part (right to left, a layer placed by its left and its right both
 * loses its left; the label checks compare text with text, never with marks).
 */
function layersApart(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const plot of document.querySelectorAll('[data-chart-state] .layercake-container')) {
			const layers = [...plot.querySelectorAll(':scope > svg, :scope > .layercake-layout-html')];
			const boxes = layers.map((l) => l.getBoundingClientRect());
			for (const b of boxes.slice(1))
				if (Math.abs(b.left - boxes[0].left) > 1 || Math.abs(b.right - boxes[0].right) > 1)
					out.push(
						`a layer spans ${Math.round(b.left)}-${Math.round(b.right)} px, another ${Math.round(boxes[0].left)}-${Math.round(boxes[0].right)}`
					);
		}
		return out;
	});
}
