/**
 * The embeds inside other sites' pages (issue #25): host pages served from another origin than
 * the embeds (`hosts/server.mjs`), as a CMS serves them. A step embed is sized to its content by
 * our loader, by a pym.js parent and by a page listening as AMP does, at each width; the story
 * embed steps with the host's scroll (reading, a wheel fling, a jump), its figure pinned in the
 * host's viewport, and reads flat in a plain iframe; bad input changes nothing. Every test fails
 * on a console error, host or embed, and on a request the embed makes off its host.
 */
import type { Frame, Page } from '@playwright/test';
import { audit } from './axe.ts';
import { SLUG, steps } from './fixtures.ts';
import { uiWords } from '../../src/lib/model/locale/ui/words.ts';
import {
	EMBED_ORIGIN,
	embedFrame,
	expect,
	expectSized,
	frameElement,
	heights,
	hostUrl,
	test
} from './embed-helpers.ts';

const STORY = `/${SLUG}/embed/`;
const STEP = steps[1];
const stepEmbed = `/${SLUG}/embed/${STEP.id}/`;

test.describe('a step embed', () => {
	for (const kind of ['loader', 'pym', 'amp'])
		test(`is sized to its content by a ${kind} host, and again after each change of width`, async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(hostUrl(kind, stepEmbed));
			const frame = await embedFrame(page);
			if (kind === 'pym') expect(frame.url()).toContain('childId=graphic');
			await expect(frame.locator('h1')).toHaveText(await frame.locator('h1').innerText());
			await expectSized(page, frame);
			for (const width of [1280, 320, 768]) {
				await page.setViewportSize({ width, height: 800 });
				await expectSized(page, frame);
			}
			// Its chart is the step's, drawn at build time; the host sized it whole (no scrollbar inside).
			await expect(frame.locator('[data-chart-state]')).toHaveAttribute(
				'data-chart-state',
				`${STEP.chart.id}:${STEP.state}`
			);
			const h = await heights(page, frame);
			expect(await frame.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThanOrEqual(h.iframe + 2);
		});

	test('shows a value at its first tap, opens its data table and links the step in the story', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(hostUrl('loader', stepEmbed));
		const frame = await embedFrame(page);
		await expectSized(page, frame);
		// The chart's code arrives at the reader's first move; a tap made meanwhile is not lost.
		await frame.locator('[data-tip]').first().click();
		await expect(frame.getByRole('status').filter({ hasText: /\S/ }).first()).toBeVisible();
		await expect(frame.locator('[data-chart-ready]')).toBeAttached();
		const before = (await heights(page, frame)).iframe;
		await frame.getByText('Data', { exact: true }).click();
		await expect(frame.locator('table')).toBeVisible();
		await expectSized(page, frame);
		expect((await heights(page, frame)).iframe).toBeGreaterThan(before);
		await expect(frame.locator('a.back')).toHaveAttribute('href', `../../#${STEP.id}`);
		await expect(frame.locator('a.back')).toHaveAttribute('target', '_blank');
	});
});

/** The story embed's state: the current step and the figure's chart. */
const current = (frame: Frame) =>
	frame.evaluate(() => ({
		step: document.querySelector('[data-step][aria-current="step"]')?.id ?? null,
		chart: document.querySelector('.scrolly > .figure [data-chart-state]')?.getAttribute('data-chart-state') ?? null
	}));

/** Where the figure is in the host's viewport (px from its top). */
async function figureTop(page: Page, frame: Frame): Promise<number> {
	const iframe = await frameElement(page).evaluate((el) => el.getBoundingClientRect().top);
	return (
		iframe + (await frame.evaluate(() => document.querySelector('.scrolly > .figure')!.getBoundingClientRect().top))
	);
}

/** The step at the trigger line, from geometry alone, as the host shows the frame now. */
async function stepInView(page: Page, frame: Frame): Promise<string> {
	const top = await frameElement(page).evaluate((el) => el.getBoundingClientRect().top);
	const vh = page.viewportSize()!.height;
	return frame.evaluate(
		({ top, vh }) => {
			const offset = Number(document.querySelector<HTMLElement>('[data-offset]')!.dataset.offset);
			const line = -top + vh * offset;
			let id = document.querySelector('[data-step]')!.id;
			for (const el of document.querySelectorAll('[data-step]')) if (el.getBoundingClientRect().top <= line) id = el.id;
			return id;
		},
		{ top, vh }
	);
}

/** Scrolls the host so that step `i`'s top is `past` px above the frame's trigger line. */
async function scrollToStep(page: Page, frame: Frame, i: number, past = 40): Promise<void> {
	const y = await frame.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, steps[i].id);
	const offset = Number(await frame.locator('[data-offset]').getAttribute('data-offset'));
	const frameTop = await frameElement(page).evaluate((el) => el.getBoundingClientRect().top + scrollY);
	const vh = page.viewportSize()!.height;
	await page.evaluate((top) => scrollTo({ top, behavior: 'instant' }), frameTop + y - vh * offset + past);
}

const hosted = async (page: Page) => {
	const frame = await embedFrame(page);
	await expect(frame.locator('html[data-hosted]')).toBeAttached();
	await expect(frame.locator('html[data-scrolly-ready]')).toBeAttached();
	return frame;
};

test.describe('the story embed, with the loader', () => {
	for (const size of [
		{ width: 390, height: 844 },
		{ width: 1280, height: 800 }
	])
		test(`steps with the host's scroll at ${size.width}x${size.height}, its figure pinned in the host's view`, async ({
			page
		}) => {
			await page.setViewportSize(size);
			await page.goto(hostUrl('loader', STORY));
			const frame = await hosted(page);
			await expectSized(page, frame);
			for (const [i, step] of steps.entries()) {
				await scrollToStep(page, frame, i);
				await expect.poll(() => current(frame)).toEqual({ step: step.id, chart: `${step.chart.id}:${step.state}` });
				// While the host scrolls within the step, the figure stays where it is in the host's view.
				if (i % 4 !== 1) continue;
				const at = await figureTop(page, frame);
				expect(Math.abs(at)).toBeLessThanOrEqual(2);
				for (const dy of [60, 60, 60]) {
					await page.mouse.wheel(0, dy);
					await expect.poll(() => figureTop(page, frame).then((y) => Math.abs(y - at) <= 2)).toBe(true);
				}
			}
		});

	test('lands on the right step after a wheel fling, the End key and a jump to a step, under its strict policy', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		// In every frame: the policy's refusals, which must stay none.
		await page.addInitScript(() => {
			const refused: string[] = [];
			Object.assign(window, { refused });
			document.addEventListener('securitypolicyviolation', (e) =>
				refused.push(`${e.violatedDirective} ${e.blockedURI}`)
			);
		});
		await page.goto(hostUrl('loader', STORY));
		const frame = await hosted(page);
		const policy = await frame.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("script-src 'self' 'sha256-");
		await page.mouse.move(640, 400);
		for (let n = 0; n < 12; n++) await page.mouse.wheel(0, 900);
		// Never a stale chart: once the scroll ends, the step at the line is current.
		await expect.poll(async () => (await current(frame)).step === (await stepInView(page, frame))).toBe(true);
		expect((await current(frame)).step).not.toBe(steps[0].id);
		await page.keyboard.press('End');
		await expect.poll(() => current(frame).then((c) => c.step)).toBe(steps.at(-1)!.id);
		// The embed's address names a step: the host is scrolled to it.
		const target = steps[9];
		await page.goto(hostUrl('loader', `${STORY}#${target.id}`));
		const deep = await hosted(page);
		await expect.poll(() => current(deep)).toEqual({ step: target.id, chart: `${target.chart.id}:${target.state}` });
		expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
		expect(await deep.evaluate(() => (window as unknown as { refused: string[] }).refused)).toEqual([]);
	});
});

test.describe('the story embed, without the loader', () => {
	test('reads flat in a plain iframe: each step’s words, then its drawing, scrolling inside the frame', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(hostUrl('plain', STORY, { h: 600 }));
		const frame = await embedFrame(page);
		await expect(frameElement(page)).toHaveJSProperty('offsetHeight', 600);
		await expect(frame.locator('.scrolly > .figure')).toBeHidden();
		expect(await frame.locator('html[data-hosted]').count()).toBe(0);
		for (const step of steps) {
			const section = frame.locator(`[data-step="${step.id}"]`);
			await section.scrollIntoViewIfNeeded();
			await expect(section.locator('.card')).toBeVisible();
			const plot = section.locator('.flat-figure [data-chart-state]');
			await expect(plot).toHaveAttribute('data-chart-state', `${step.chart.id}:${step.state}`);
			const box = await plot.boundingBox();
			expect(box!.width).toBeGreaterThan(200);
			expect(box!.height).toBeGreaterThan(150);
			expect(await plot.locator('svg, [data-tip]').count()).toBeGreaterThan(0);
		}
		expect(await frame.evaluate(() => document.scrollingElement!.scrollTop)).toBeGreaterThan(0);
	});

	test('an AMP host sizes the flat story to its content', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(hostUrl('amp', STORY));
		const frame = await embedFrame(page);
		await expectSized(page, frame);
		expect(await page.evaluate(() => (window as unknown as { ampSized: number }).ampSized)).toBeGreaterThan(0);
		await expect(frame.locator('.scrolly > .figure')).toBeHidden();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a step embed shows its drawn chart and words; the story embed reads flat', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${EMBED_ORIGIN}${stepEmbed}`);
		await expect(page.locator('h1')).toBeVisible();
		const plot = page.locator('[data-chart-state]');
		await expect(plot).toHaveAttribute('data-chart-state', `${STEP.chart.id}:${STEP.state}`);
		expect(await plot.locator('[data-mark]').count()).toBeGreaterThan(0);
		expect((await plot.boundingBox())!.height).toBeGreaterThan(150);
		await page.getByText('Data', { exact: true }).click();
		await expect(page.locator('table')).toBeVisible();
		await page.goto(`${EMBED_ORIGIN}${STORY}`);
		await expect(page.locator('.flat-figure [data-chart-state]')).toHaveCount(steps.length);
		await expect(page.locator('.scrolly > .figure')).toBeHidden();
	});
});

test.describe('accessibility', () => {
	test('axe finds nothing serious in the embeds, flat and stepped, light and dark, table open', async ({
		page
	}, info) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(hostUrl('plain', STORY, { h: 800 }));
		await audit(await embedFrame(page), info, 'the flat story embed');
		await page.goto(hostUrl('loader', stepEmbed));
		let frame = await embedFrame(page);
		await frame.getByText('Data', { exact: true }).click();
		await expect(frame.locator('table')).toBeVisible();
		await audit(frame, info, 'a step embed, its table open');
		await page.goto(hostUrl('loader', `${stepEmbed}?theme=dark`));
		await audit(await embedFrame(page), info, 'a step embed, dark');
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(hostUrl('loader', STORY));
		frame = await hosted(page);
		await scrollToStep(page, frame, 4);
		await expect.poll(() => current(frame).then((c) => c.step)).toBe(steps[4].id);
		await audit(frame, info, 'the story embed, stepped by its host');
	});
});

test.describe('bad input', () => {
	test('an unknown step in an embed address gives a page that says so and links the story', async ({
		page,
		embedGuard
	}) => {
		embedGuard.allow(/no-such-step\/: Failed to load resource: the server responded with a status of 404/);
		// As a static host answers a missing path: with the site's 404.html.
		await page.route(`${EMBED_ORIGIN}/${SLUG}/embed/no-such-step/`, async (route) =>
			route.fulfill({ status: 404, response: await route.fetch({ url: `${EMBED_ORIGIN}/404.html` }) })
		);
		const response = await page.goto(`${EMBED_ORIGIN}/${SLUG}/embed/no-such-step/`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('#missing')).toContainText('has no step “no-such-step”');
		await expect(page.locator('#missing a')).toHaveAttribute('href', `/${SLUG}/`);
		// An edition's embed links its edition; the page says it is missing in each language published.
		embedGuard.allow(/no-such-step\/: Failed to load resource: the server responded with a status of 404/);
		await page.route(`${EMBED_ORIGIN}/test-story/ar/embed/no-such-step/`, async (route) =>
			route.fulfill({ status: 404, response: await route.fetch({ url: `${EMBED_ORIGIN}/404.html` }) })
		);
		await page.goto(`${EMBED_ORIGIN}/test-story/ar/embed/no-such-step/`);
		await expect(page.locator('#missing a')).toHaveAttribute('href', '/test-story/ar/');
		await expect(page.locator('p.other[lang="ar"][dir="rtl"]')).toHaveText(uiWords('ar')['not-found-title']);
	});

	test('an unknown theme falls back to light; dark and auto are honoured', async ({ page }) => {
		const paper = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(`${EMBED_ORIGIN}${stepEmbed}?theme=sepia`);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		const light = await paper();
		await page.goto(`${EMBED_ORIGIN}${stepEmbed}?theme=dark`);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await paper()).not.toBe(light);
		await page.goto(`${EMBED_ORIGIN}${stepEmbed}?theme=auto`);
		expect(await paper()).not.toBe(light);
		await page.emulateMedia({ colorScheme: 'light' });
		expect(await paper()).toBe(light);
	});

	test('a host posting messages of another shape, or from another origin, changes nothing', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(hostUrl('hostile', STORY));
		const frame = await hosted(page);
		await expectSized(page, frame);
		await scrollToStep(page, frame, 3);
		await expect.poll(() => current(frame).then((c) => c.step)).toBe(steps[3].id);
		const before = {
			...(await heights(page, frame)),
			y: await page.evaluate(() => scrollY),
			now: await current(frame)
		};
		expect(await page.evaluate(() => (window as unknown as { hostile: () => number }).hostile())).toBeGreaterThan(0);
		// Two frames later, and again once the host has scrolled and stopped: nothing moved.
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		expect({
			...(await heights(page, frame)),
			y: await page.evaluate(() => scrollY),
			now: await current(frame)
		}).toEqual(before);
	});
});
