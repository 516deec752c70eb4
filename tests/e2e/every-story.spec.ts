/**
 * Every story of the build, found when the suite runs: every folder of data/stories/ and, in the
 * test build (`npm run build:test`, which `npm test` runs), every test story of
 * tests/fixtures/stories/. A story a newsroom adds is walked here with no edit of tests/.
 *
 * Every story, the China story (`SLUG`) included: at 320x568 on a phone and on the stage at
 * 1920x1080 and 1280x720, every step's labels are clear (`label-checks.ts`: none overlaps another,
 * none leaves the plot, a donut's centre fits its hole). Every story but the China story, whose own
 * specs walk it in full (phone, stage, stage-fit, stills...), gets the smoke depth besides: the list
 * of stories (axe-clean) leads to it; every step scrolls in on a 390x844 phone with its chart drawn
 * at real size; the stage steps through every step by key and opens the presenter view;
 * `npm run stills -- --story <slug>` draws one still per step, none blank; its embeds draw every
 * step at 320 px (the China story's are walked in full in `embed.spec.ts`).
 */
import path from 'node:path';
import { devices, type Page } from '@playwright/test';
import { loadStory } from '../../src/lib/loading/load.server.ts';
import { storyFolders } from '../../src/lib/loading/stories.server.ts';
import type { Step } from '../../src/lib/model/types.ts';
import { test, expect, ready, settleOn, chartState, expectedState, SLUG } from './fixtures.ts';
import { settledOn, stageStep } from './stage-fixtures.ts';
import { labelProblems } from './label-checks.ts';
import { audit } from './axe.ts';
import { files, pixels, pngSize, runScript } from './stills-helpers.ts';

/** The stories the test build holds (TEST_STORIES as `npm run build:test` reads it), read now. */
const folders = storyFolders(process.cwd(), { ...process.env, TEST_STORIES: process.env.TEST_STORIES || '1' });
const stories = folders.map((f) => ({ slug: f.slug, test: f.test, story: loadStory(f.dir) }));
const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
const shots = (slug: string) => `test-results/screens/every-story/${slug}`;
const shotName = (steps: Step[], step: Step) => `${String(steps.indexOf(step) + 1).padStart(2, '0')}-${step.id}.png`;

test('the spec walks every story of the build, and the test build marks its test stories', async ({ request }) => {
	expect(stories.filter((s) => s.test).length, 'no test story: is tests/fixtures/stories/ empty?').toBeGreaterThan(0);
	const res = await request.get('/stories.json');
	expect(res.ok()).toBe(true);
	const built = ((await res.json()) as { stories: { slug: string; test: boolean }[] }).stories;
	expect(
		built.map((s) => `${s.slug}${s.test ? ' (test)' : ''}`),
		'the build and this spec read the same stories: build with npm run build:test'
	).toEqual(stories.map((s) => `${s.slug}${s.test ? ' (test)' : ''}`));
	expect(built.filter((s) => !s.test).length).toBeGreaterThan(0);
});

for (const { slug, test: isTest, story } of stories) {
	const steps = story.steps;
	// The China story's own specs walk it in full; here it gets the label checks alone.
	const smoke = slug !== SLUG;

	test.describe(`story "${slug}"`, () => {
		test.describe('at 320x568, at rest', () => {
			test.use({ ...pixel, viewport: { width: 320, height: 568 }, reducedMotion: 'reduce' });

			test("every step's labels are clear: none overlaps another or leaves the plot", async ({ page }) => {
				test.setTimeout(120_000);
				await page.goto(`/${slug}/`);
				await ready(page);
				const problems: string[] = [];
				for (const step of steps) {
					await settleOn(page, step.id, steps);
					expect(await chartState(page)).toBe(expectedState(step));
					if (smoke) await expectDrawn(page, step, 250);
					problems.push(...(await labelProblems(page)).map((p) => `${step.id}: ${p}`));
					await page.screenshot({ path: `${shots(slug)}/320x568/${shotName(steps, step)}` });
				}
				expect(problems).toEqual([]);
			});
		});

		if (smoke)
			test.describe('reading, on a 390x844 phone', () => {
				test.use({ ...pixel, viewport: { width: 390, height: 844 } });

				test('the list of stories leads to it; every step scrolls in with its chart drawn', async ({ page }, info) => {
					test.setTimeout(90_000);
					await page.goto('/');
					const entry = page.locator(`[data-story="${slug}"]`);
					if (isTest) await expect(entry).toContainText('Test story');
					await page.screenshot({ path: `test-results/screens/every-story/index.png`, fullPage: true });
					await audit(page, info, 'the list of stories');
					await entry.getByRole('link', { name: story.meta.title }).click();
					await expect(page).toHaveURL(new RegExp(`/${slug}/$`));
					await ready(page);
					await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.meta.title);
					const problems: string[] = [];
					for (const step of steps) {
						await settleOn(page, step.id, steps);
						expect(await chartState(page)).toBe(expectedState(step));
						await expectDrawn(page, step, 300);
						// A part-of-whole legend keys the hatch only while a hatched (derived) arc is drawn.
						const derivedKey = page.locator('[data-chart-state] [data-legend] [data-key="derived"]');
						if (await derivedKey.count()) {
							const keyShown = await derivedKey.evaluate((el) => getComputedStyle(el).visibility !== 'hidden');
							const hatchDrawn = await page.$$eval('[data-chart-state] [data-mark]:has(.hatch)', (els) =>
								els.some((el) => parseFloat(getComputedStyle(el).opacity) > 0.01)
							);
							expect(keyShown, `${step.id}: the hatch's key shown exactly when a hatched arc is`).toBe(hatchDrawn);
						}
						problems.push(...(await labelProblems(page)).map((p) => `${step.id}: ${p}`));
						await page.screenshot({ path: `${shots(slug)}/390x844/${shotName(steps, step)}` });
					}
					expect(problems, 'labels').toEqual([]);
				});
			});

		test("on the stage, every step by key at 1920x1080 and back at 1280x720, each step's labels clear", async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.setViewportSize({ width: 1920, height: 1080 });
			await page.goto(`/${slug}/present/`);
			await expect(page.locator('[data-stage-ready="true"]')).toHaveCount(1);
			const problems: string[] = [];
			const check = async (step: Step, size: string) => {
				await settledOn(page, step);
				expect(
					await page.locator(`[data-chart="${step.chart.id}"] [data-mark]`).count(),
					`${step.id}: marks drawn`
				).toBeGreaterThan(0);
				problems.push(...(await labelProblems(page)).map((p) => `${step.id} at ${size}: ${p}`));
				await page.screenshot({ path: `${shots(slug)}/stage-${size}/${shotName(steps, step)}` });
			};
			for (const [i, step] of steps.entries()) {
				if (i > 0) await page.keyboard.press('ArrowRight');
				await check(step, '1920x1080');
				if (i > 0) await expect(page).toHaveURL(new RegExp(`/${slug}/present/#${step.id}$`));
			}
			await page.setViewportSize({ width: 1280, height: 720 });
			for (const [i, step] of [...steps.entries()].reverse()) {
				if (i < steps.length - 1) await page.keyboard.press('ArrowLeft');
				await check(step, '1280x720');
			}
			expect(problems).toEqual([]);
		});

		if (smoke)
			test('S opens the presenter view on the same step, which steers the stage', async ({ page, context }) => {
				await page.setViewportSize({ width: 1920, height: 1080 });
				await page.goto(`/${slug}/present/`);
				await expect(page.locator('[data-stage-ready="true"]')).toHaveCount(1);
				await expect.poll(() => stageStep(page)).toBe(steps[0].id);
				const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
				await expect(presenter).toHaveURL(new RegExp(`/${slug}/presenter/#${steps[0].id}$`));
				await expect(presenter.getByTestId('presenter-step')).toContainText(`Step 1 of ${steps.length}`);
				// X34: the notes' bold and links render as such (links open beside the talk), not as typed.
				const notes = presenter.getByTestId('presenter-notes');
				const runs = steps[0].notes.flat();
				const strong = runs.flatMap((r) => (r.kind === 'strong' ? [r] : []));
				const links = runs.flatMap((r) => (r.kind === 'link' ? [r] : []));
				if (isTest)
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
				if (steps.length > 1) {
					await presenter.keyboard.press('ArrowRight');
					await expect.poll(() => stageStep(page)).toBe(steps[1].id);
				}
			});

		if (smoke)
			test('its embeds at 320x568: the flat story has every step’s words and chart drawn; a step embed its chart', async ({
				page
			}) => {
				await page.setViewportSize({ width: 320, height: 568 });
				await page.goto(`/${slug}/embed/`);
				for (const step of steps) {
					const section = page.locator(`[data-step="${step.id}"]`);
					await expect(section.locator('.card')).toBeVisible();
					const plot = section.locator('.flat-figure [data-chart-state]');
					await expect(plot).toHaveAttribute('data-chart-state', expectedState(step));
					const box = await plot.boundingBox();
					expect(box!.width, `${step.id}: plot width`).toBeGreaterThan(250);
					expect(box!.height, `${step.id}: plot height`).toBeGreaterThan(150);
					expect(await plot.locator('[data-mark]').count(), `${step.id}: marks drawn`).toBeGreaterThan(0);
				}
				const last = steps.at(-1)!;
				await page.goto(`/${slug}/embed/${last.id}/`);
				await expect(page.locator('[data-chart-state]')).toHaveAttribute('data-chart-state', expectedState(last));
				await expect(page.locator('h1')).toBeVisible();
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
			});

		if (smoke)
			test('npm run stills -- --story draws one still per step into its folder, none blank', async ({ page }, info) => {
				const out = info.outputPath('stills');
				const run = await runScript('stills.mjs', ['--no-build', '--story', slug, '--lang', story.lang, '--out', out]);
				expect(run.code, run.stderr).toBe(0);
				const dir = path.join(out, slug);
				expect(files(out)).toEqual([slug]);
				expect(files(dir)).toEqual(steps.map((s) => shotName(steps, s)));
				for (const f of files(dir)) {
					expect(pngSize(path.join(dir, f)), f).toEqual({ width: 1920, height: 1080 });
					const px = await pixels(page, path.join(dir, f));
					expect(px.inked, `${f} is blank`).toBeGreaterThan(0.03);
					expect(px.colours, `${f} has too few colours`).toBeGreaterThan(8);
				}
			});
	});
}

/** The figure of `step` is drawn: a plot at least `minWidth` px wide and 150 tall, with marks. */
async function expectDrawn(page: Page, step: Step, minWidth: number): Promise<void> {
	const plot = await page.locator('[data-chart-state]').boundingBox();
	expect(plot!.width, `${step.id}: plot width`).toBeGreaterThan(minWidth);
	expect(plot!.height, `${step.id}: plot height`).toBeGreaterThan(150);
	const marks = page.locator(`[data-chart-state] [data-chart="${step.chart.id}"] [data-mark]`);
	expect(await marks.count(), `${step.id}: marks drawn`).toBeGreaterThan(0);
}
