/**
 * A story's dates, the same wherever they show: the reading page's "Published … · Updated …", its
 * corrections box and its log of updates, the canonical link, the `article:` tags and the
 * NewsArticle JSON-LD of every page a reader or a search engine reaches (reading, share, stage,
 * presenter), the stage's first step, the presenter view, and "Data as of …" on a still. Checked
 * on the China story and on the test story, whose invented log holds a correction and an update.
 */
import { loadStory } from '../../src/lib/loading/load.server.ts';
import { STORIES_DIR, TEST_STORIES_DIR } from '../../src/lib/loading/stories.server.ts';
import { EN_UI } from '../../src/lib/model/locale/ui/en.ts';
import { asOfLine, dataAsOf, lastUpdated, modifiedOn } from '../../src/lib/model/dates.ts';
import { formatDate } from '../../src/lib/model/format.ts';
import type { Story } from '../../src/lib/model/types.ts';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const STORIES: { slug: string; story: Story }[] = [
	{ slug: 'china-ai-market', story: loadStory(`${STORIES_DIR}/china-ai-market`) },
	{ slug: 'test-story', story: loadStory(`${TEST_STORIES_DIR}/test-story`) }
];

/** The dates line as the page should read it, from the story's data. */
function datesText(story: Story): string {
	const updated = lastUpdated(story.updates);
	const published = `Published ${formatDate(story.meta.published!)}`;
	return updated ? `${published} · Updated ${formatDate(updated)}` : published;
}

/** What a page's HTML, as built, says of the article: canonical link, article tags and JSON-LD. */
function head(html: string, url: string) {
	const ld = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]));
	const meta = (p: string) => new RegExp(`<meta property="${p}" content="([^"]*)"`).exec(html)?.[1] ?? null;
	return {
		ld,
		canonical: [...html.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => new URL(m[1], url).pathname),
		published: meta('article:published_time'),
		modified: meta('article:modified_time')
	};
}

/** The built HTML of `path`, as a search engine or a CMS fetches it (no script run). */
async function built(page: Page, path: string) {
	const res = await page.request.get(path);
	expect(res.ok(), path).toBe(true);
	return head(await res.text(), res.url());
}

for (const { slug, story } of STORIES) {
	test.describe(`${slug}: dated and corrected`, () => {
		const published = story.meta.published!;
		const modified = modifiedOn(story.meta, story.updates)!;
		const home = `/${slug}/`;

		test('the reading page: dates under the title, corrections at the top, the log at the end, the same dates in its head', async ({
			page
		}) => {
			expect(published, 'the story is published').toBeTruthy();
			await page.goto(home);
			const dates = page.locator('.story-header .story-dates');
			await expect(dates).toHaveText(datesText(story));
			await expect(dates.locator('time').first()).toHaveAttribute('datetime', published);

			const h = await built(page, home);
			expect(h.ld).toHaveLength(1);
			const [article] = h.ld;
			expect(article).toMatchObject({
				'@type': 'NewsArticle',
				headline: story.meta.title,
				description: story.meta.dek,
				datePublished: published,
				dateModified: modified,
				inLanguage: 'en'
			});
			expect(article.author[0].name).toBe(story.meta.author);
			expect(article.publisher.name).toBe(story.meta.publisher);
			const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
			expect(article.image).toEqual([ogImage]);
			expect(h.canonical).toEqual([home]);
			expect(new URL(article.url, page.url()).pathname).toBe(home);
			expect([h.published, h.modified]).toEqual([published, modified]);

			const corrections = story.updates.filter((u) => u.kind === 'correction');
			const box = page.locator('aside.corrections');
			await expect(box).toHaveCount(corrections.length ? 1 : 0);
			if (corrections.length) {
				await expect(box.locator('time')).toHaveText(corrections.map((c) => formatDate(c.date)).reverse());
				// At the top: above the first step.
				const [boxTop, stepTop] = await Promise.all([
					box.evaluate((el) => el.getBoundingClientRect().top),
					page
						.locator('[data-step]')
						.first()
						.evaluate((el) => el.getBoundingClientRect().top)
				]);
				expect(boxTop).toBeLessThan(stepTop);
				await box.getByRole('link', { name: 'Every update and correction' }).click();
				await expect(page.locator('#updates')).toBeInViewport();
			}
			const log = page.locator('#updates li');
			await expect(log).toHaveCount(story.updates.length ? story.updates.length + 1 : 0);
			if (story.updates.length) {
				const newestFirst = [...story.updates].reverse();
				await expect(log.locator('.when time')).toHaveText(
					[...newestFirst.map((u) => u.date), published].map((d) => formatDate(d))
				);
				await expect(log.locator('.kind')).toHaveText([
					...newestFirst.map((u) => (u.kind === 'correction' ? 'Correction' : 'Update')),
					'First published'
				]);
			}
		});

		test('share page, stage and presenter carry the same dates; the stage shows them on its first step', async ({
			page
		}) => {
			for (const path of [`s/${story.steps[1].id}/`, 'present/', 'presenter/']) {
				const h = await built(page, `${home}${path}`);
				expect(
					h.ld.map((a) => [a.datePublished, a.dateModified, a.headline]),
					path
				).toEqual([[published, modified, story.meta.title]]);
				expect(h.canonical, path).toEqual([home]);
				expect([h.published, h.modified], path).toEqual([published, modified]);
				if (path.startsWith('s/')) continue;
				await page.goto(`${home}${path}`);
				const line = path === 'present/' ? `[data-step="${story.steps[0].id}"] .story-dates` : '.status .story-dates';
				await expect(page.locator(line), path).toHaveText(datesText(story));
			}
		});

		test('a still says how recent its data is, in its corner', async ({ page }) => {
			const asOf = dataAsOf(story)!;
			await page.goto(`${home}still/${story.steps[0].id}/?size=1920x1080`);
			await expect(page.locator('[data-still-ready]')).toHaveCount(1);
			const line = page.locator('.foot .as-of');
			await expect(line).toHaveText(asOfLine(asOf, EN_UI, 'en'));
			const [still, box] = await Promise.all([page.locator('.still').boundingBox(), line.boundingBox()]);
			expect(box!.x + box!.width).toBeGreaterThan(still!.x + still!.width - 80);
			expect(box!.y).toBeGreaterThan(still!.y + still!.height - 80);
		});
	});
}
