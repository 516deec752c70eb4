/**
 * Smoke tests of the test stories (tests/fixtures/stories/<slug>/, built beside the China story by
 * `npm run build:test`, which `npm test` runs): the engine draws a story it was not written for.
 * Per test story: the list of stories (axe-clean) leads to it; every step scrolls in on a phone with its chart
 * drawn at real size; the stage steps through every step by key and opens the presenter view;
 * `npm run stills -- --story <slug>` draws one still per step, none blank.
 */
import path from 'node:path';
import { devices, type Page } from '@playwright/test';
import { loadStory } from '../../src/lib/loading/load.server.ts';
import { storyFolders } from '../../src/lib/loading/stories.server.ts';
import { test, expect, ready, settleOn, chartState, expectedState } from './fixtures.ts';
import { audit } from './axe.ts';
import { files, pixels, pngSize, runScript } from './stills-helpers.ts';

/** The test stories the test build holds (TEST_STORIES as `npm run build:test` reads it). */
const folders = storyFolders(process.cwd(), { ...process.env, TEST_STORIES: process.env.TEST_STORIES || '1' }).filter(
	(f) => f.test
);
const stories = folders.map((f) => ({ slug: f.slug, story: loadStory(f.dir) }));

test('the test build holds the test stories, marked as tests, beside the stories to publish', async ({ request }) => {
	expect(stories.length, 'no test story: is tests/fixtures/stories/ empty?').toBeGreaterThan(0);
	const res = await request.get('/stories.json');
	expect(res.ok()).toBe(true);
	const built = ((await res.json()) as { stories: { slug: string; test: boolean }[] }).stories;
	for (const { slug } of stories) {
		expect(built, `${slug} is not in the build: build with npm run build:test`).toContainEqual(
			expect.objectContaining({ slug, test: true })
		);
	}
	expect(built.filter((s) => !s.test).length).toBeGreaterThan(0);
});

for (const { slug, story } of stories) {
	const steps = story.steps;

	test.describe(`test story "${slug}"`, () => {
		test.describe('reading, on a phone', () => {
			const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
			test.use({ ...pixel, viewport: { width: 390, height: 844 } });

			test('the list of stories leads to it; every step scrolls in with its chart drawn', async ({ page }, info) => {
				test.setTimeout(90_000);
				await page.goto('/');
				const entry = page.locator(`[data-story="${slug}"]`);
				await expect(entry).toContainText('Test story');
				await page.screenshot({ path: `test-results/screens/test-stories/index.png`, fullPage: true });
				await audit(page, info, 'the list of stories');
				await entry.getByRole('link', { name: story.meta.title }).click();
				await expect(page).toHaveURL(new RegExp(`/${slug}/$`));
				await ready(page);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.meta.title);
				for (const [i, step] of steps.entries()) {
					await settleOn(page, step.id, steps);
					expect(await chartState(page)).toBe(expectedState(step));
					const plot = await page.locator('[data-chart-state]').boundingBox();
					expect(plot!.width, `${step.id}: plot width`).toBeGreaterThan(300);
					expect(plot!.height, `${step.id}: plot height`).toBeGreaterThan(150);
					const marks = page.locator(`[data-chart-state] [data-chart="${step.chart.id}"] [data-mark]`);
					expect(await marks.count(), `${step.id}: marks drawn`).toBeGreaterThan(0);
					// A part-of-whole legend keys the hatch only while a hatched (derived) arc is drawn.
					const derivedKey = page.locator('[data-chart-state] [data-legend] [data-key="derived"]');
					if (await derivedKey.count()) {
						const keyShown = await derivedKey.evaluate((el) => getComputedStyle(el).visibility !== 'hidden');
						const hatchDrawn = await page.$$eval('[data-chart-state] [data-mark]:has(.hatch)', (els) =>
							els.some((el) => parseFloat(getComputedStyle(el).opacity) > 0.01)
						);
						expect(keyShown, `${step.id}: the hatch's key shown exactly when a hatched arc is`).toBe(hatchDrawn);
					}
					// Four series share the timeline: no label shown may cover another, at 390 px.
					await expect.poll(() => overlappingLabels(page), { message: `${step.id}: point labels overlap` }).toEqual([]);
					await page.screenshot({
						path: `test-results/screens/test-stories/${slug}/${String(i + 1).padStart(2, '0')}-${step.id}.png`
					});
				}
			});
		});

		test('the stage steps through every step by key, and S opens the presenter view on the same step', async ({
			page,
			context
		}) => {
			await page.setViewportSize({ width: 1920, height: 1080 });
			await page.goto(`/${slug}/present/`);
			await expect(page.locator('[data-stage-ready="true"]')).toHaveCount(1);
			const current = () => page.$$eval('[data-step][aria-current="step"]', (els) => els.map((el) => el.id));
			for (const [i, step] of steps.entries()) {
				if (i > 0) await page.keyboard.press('ArrowRight');
				await expect.poll(current).toEqual([step.id]);
				if (i > 0) await expect(page).toHaveURL(new RegExp(`/${slug}/present/#${step.id}$`));
				await expect(page.locator(`[data-chart-ready="${step.chart.id}"]`)).toHaveCount(1);
				expect(
					await page.locator(`[data-chart="${step.chart.id}"] [data-mark]`).count(),
					`${step.id}: marks drawn`
				).toBeGreaterThan(0);
			}
			await page.keyboard.press('Home');
			await expect.poll(current).toEqual([steps[0].id]);
			const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
			await expect(presenter).toHaveURL(new RegExp(`/${slug}/presenter/#${steps[0].id}$`));
			await expect(presenter.getByTestId('presenter-step')).toContainText(`Step 1 of ${steps.length}`);
			// X34: the notes' bold and links render as such (links open beside the talk), not as typed.
			const notes = presenter.getByTestId('presenter-notes');
			const runs = steps[0].notes.flat();
			const strong = runs.flatMap((r) => (r.kind === 'strong' ? [r] : []));
			const links = runs.flatMap((r) => (r.kind === 'link' ? [r] : []));
			expect(
				strong.length + links.length,
				'the first step of a test story has notes with bold or a link'
			).toBeGreaterThan(0);
			for (const run of strong) await expect(notes.locator('strong', { hasText: run.text })).toHaveCount(1);
			for (const run of links) {
				const link = notes.getByRole('link', { name: run.text });
				await expect(link).toHaveAttribute('href', run.href);
				await expect(link).toHaveAttribute('target', '_blank');
			}
			await expect(notes).not.toContainText('**');
			await expect(notes).not.toContainText('](');
			await presenter.keyboard.press('ArrowRight');
			await expect.poll(current).toEqual([steps[1].id]);
		});

		test('npm run stills -- --story draws one still per step into its folder, none blank', async ({ page }, info) => {
			const out = info.outputPath('stills');
			const run = await runScript('stills.mjs', ['--no-build', '--story', slug, '--out', out]);
			expect(run.code, run.stderr).toBe(0);
			const dir = path.join(out, slug);
			expect(files(out)).toEqual([slug]);
			expect(files(dir)).toEqual(steps.map((s, i) => `${String(i + 1).padStart(2, '0')}-${s.id}.png`));
			for (const f of files(dir)) {
				expect(pngSize(path.join(dir, f)), f).toEqual({ width: 1920, height: 1080 });
				const px = await pixels(page, path.join(dir, f));
				expect(px.inked, `${f} is blank`).toBeGreaterThan(0.03);
				expect(px.colours, `${f} has too few colours`).toBeGreaterThan(8);
			}
		});
	});
}

/** Pairs of shown point labels (their text) whose boxes overlap in the current figure. */
function overlappingLabels(page: Page): Promise<string[]> {
	return page.locator('[data-chart-state] .point-labels .box.shown > .label').evaluateAll((els) => {
		const boxes = els.map((e) => ({ text: e.textContent?.trim() ?? '', r: e.getBoundingClientRect() }));
		const pairs: string[] = [];
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i].r, boxes[j].r];
				if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
					pairs.push(`${boxes[i].text} / ${boxes[j].text}`);
			}
		return pairs;
	});
}
