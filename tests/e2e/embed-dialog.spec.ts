/**
 * Where a journalist finds the embed code: the reading figure's and the stage's "Embed" dialog
 * (the code for the step and the story, copied, its variants and themes, axe, Escape and focus),
 * the oEmbed link of the story, a share page and the embed pages, with the JSON it names; and the
 * step's code in another site's page, whose words must not move as the embed loads (layout shift
 * at most 0.01). Runs in the desktop project; the phone's test and the stage's set their own sizes.
 */
import type { Page } from '@playwright/test';
import { test, expect, steps, story, BASE, SLUG, ready } from './fixtures.ts';
import { openStage } from './stage-fixtures.ts';
import { audit } from './axe.ts';
import { absolute, cardPath, EMBED_LOADER_PATH, stepEmbedPath, storyEmbedPath } from '../../src/lib/model/site.ts';
import { DEFAULT_HEIGHT } from '../../src/lib/drivers/shared/embed/embed-code.ts';
import { STEP_WIDTHS } from '../../src/lib/drivers/shared/embed/heights.js';
import { uiWords } from '../../src/lib/model/locale/ui/words.ts';

const step = steps[3];
const site = story.meta.site;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** `s` as a regular expression matches it, literally. */
const lit = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Embed' });
const stepCode = (page: Page) => page.getByRole('textbox', { name: /^This step:/ });
const storyCode = (page: Page) => page.getByRole('textbox', { name: 'The whole story' });

/** Clicks "Embed" until its dialog shows: the figure's button works once the figure has hydrated. */
async function openDialog(page: Page, scope = page.locator('body')): Promise<void> {
	await expect(async () => {
		await scope.getByRole('button', { name: 'Embed', exact: true }).click();
		await expect(dialog(page)).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 15_000 });
}

/** The step's and the story's code name their embeds, at the story's address, with the loader. */
async function expectCodes(page: Page, id: string): Promise<void> {
	await expect(stepCode(page)).toHaveValue(
		new RegExp(
			`<iframe id="[\\w-]+" src="${lit(absolute(stepEmbedPath(SLUG, id), site))}" title="[^"]+" loading="lazy"`
		)
	);
	await expect(stepCode(page)).toHaveValue(
		new RegExp(`height:var\\(--embed-height,${DEFAULT_HEIGHT.step}px\\)"></iframe>`)
	);
	await expect(stepCode(page)).toHaveValue(
		new RegExp(`<script async src="${lit(absolute(EMBED_LOADER_PATH, site))}">`)
	);
	await expect(storyCode(page)).toHaveValue(
		new RegExp(
			`<iframe id="[\\w-]+" src="${lit(absolute(storyEmbedPath(SLUG), site))}" title="${lit(story.meta.title)}"`
		)
	);
}

/** Escape closes the dialog and gives the focus back to the button that opened it. */
async function expectEscapeCloses(page: Page): Promise<void> {
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toBeHidden();
	await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-embed'))).toBe(true);
}

test('the reading figure’s "Embed": the step’s and the story’s code, copied, its variants and themes; axe; Escape', async ({
	page
}, info) => {
	await page.goto(`${BASE}#${step.id}`);
	await ready(page);
	await openDialog(page, page.locator('figure.chart-figure'));
	await expectCodes(page, step.id);

	// Copy: the clipboard holds the code as shown.
	await dialog(page)
		.getByRole('button', { name: /^Copy the code: This step/ })
		.click();
	await expect(page.getByTestId('embed-status')).toHaveText(/Copied/);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await stepCode(page).inputValue());
	await dialog(page).getByRole('button', { name: 'Copy the code: The whole story' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await storyCode(page).inputValue());

	// The theme goes into the address; the variants say where they work.
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect(stepCode(page)).toHaveValue(new RegExp(`${lit(stepEmbedPath(SLUG, step.id))}\\?theme=dark"`));
	await page.getByRole('radio', { name: 'Follow the reader’s setting' }).check();
	await expect(storyCode(page)).toHaveValue(/\/embed\/\?theme=auto"/);
	await page.getByRole('radio', { name: 'Iframe only' }).check();
	await expect(page.getByTestId('embed-hosts')).toContainText('AMP');
	await expect(storyCode(page)).not.toHaveValue(/<script/);
	await page.getByRole('radio', { name: 'pym.js' }).check();
	await expect(stepCode(page)).toHaveValue(/new pym\.Parent\(/);
	await page.getByRole('radio', { name: /With our loader/ }).check();

	await audit(page, info, 'embed dialog open');
	await expectEscapeCloses(page);
	// The page stays where it was: Escape was the dialog's.
	expect(new URL(page.url()).pathname).toBe(BASE);
});

test('an edition’s "Embed": the code names the edition’s embeds, in its language', async ({ page }) => {
	const ar = uiWords('ar');
	await page.goto('/test-story/ar/');
	await ready(page);
	await expect(async () => {
		await page.getByRole('button', { name: ar['embed-button'], exact: true }).click();
		await expect(page.getByRole('dialog', { name: ar['embed-button'] })).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 15_000 });
	const codes = await page
		.getByRole('dialog')
		.locator('textarea')
		.evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
	expect(codes).toHaveLength(2);
	expect(codes[0]).toMatch(/ src="[^"]*\/test-story\/ar\/embed\/[^"/]+\/"/);
	expect(codes[1]).toMatch(/ src="[^"]*\/test-story\/ar\/embed\/"/);
});

test('copying refused: the code is selected, and the dialog says how to copy it', async ({ page, context }) => {
	await context.clearPermissions();
	await page.goto(`${BASE}#${step.id}`);
	await ready(page);
	await page.evaluate(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new Error('refused')) }
		});
	});
	await openDialog(page, page.locator('figure.chart-figure'));
	await dialog(page)
		.getByRole('button', { name: /^Copy the code: This step/ })
		.click();
	await expect(page.getByTestId('embed-status')).toHaveText(/Ctrl\+C/);
	await expect(stepCode(page)).toBeFocused();
	const selected = await stepCode(page).evaluate((t: HTMLTextAreaElement) => t.selectionEnd - t.selectionStart);
	expect(selected).toBe((await stepCode(page).inputValue()).length);
});

test('once published, the code reserves the heights publish measured (heights.json)', async ({ page }) => {
	await page.route(`**${storyEmbedPath(SLUG)}heights.json`, (route) =>
		route.fulfill({ json: { [stepEmbedPath(SLUG, step.id)]: { '320': 700, '600': 650 } } })
	);
	await page.goto(`${BASE}#${step.id}`);
	await ready(page);
	await openDialog(page, page.locator('figure.chart-figure'));
	await expect(stepCode(page)).toHaveValue(/height:var\(--embed-height,700px\)" data-heights="320:700,600:650"/);
	await expect(stepCode(page)).toHaveValue(/@container \(min-width:600px\)\{#[\w-]+\{--embed-height:650px\}\}/);
	// The story has none in that file: its default.
	await expect(storyCode(page)).toHaveValue(
		new RegExp(`height:var\\(--embed-height,${DEFAULT_HEIGHT.story}px\\)"></iframe>`)
	);
});

test('on a phone: the dialog fits the screen and passes axe', async ({ page }, info) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`${BASE}#${step.id}`);
	await ready(page);
	await openDialog(page, page.locator('figure.chart-figure'));
	await expectCodes(page, step.id);
	const box = await dialog(page).boundingBox();
	expect(box && box.x >= 0 && box.x + box.width <= 390 && box.y >= 0 && box.y + box.height <= 844).toBe(true);
	await page.screenshot({ path: info.outputPath('embed-dialog-390x844.png') });
	await audit(page, info, 'embed dialog on a phone');
	await expectEscapeCloses(page);
});

test('the stage’s "Embed": the code for the step on stage and the story; Escape closes it, not the stage', async ({
	page
}, info) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	const onStage = steps[5];
	await openStage(page, onStage.id);
	await openDialog(page, page.getByRole('navigation', { name: 'Stage controls' }));
	await expectCodes(page, onStage.id);
	await dialog(page)
		.getByRole('button', { name: /^Copy the code: This step/ })
		.click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await stepCode(page).inputValue());
	// Keys typed in the dialog are its own: the stage does not move.
	await page.keyboard.press('ArrowRight');
	await page.screenshot({ path: info.outputPath('embed-dialog-stage-1920x1080.png') });
	await audit(page, info, 'stage embed dialog open');
	await expectEscapeCloses(page);
	expect(new URL(page.url()).pathname).toBe(`${BASE}present/`);
	expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(onStage.id);
});

test('oEmbed: the story, a share page and the embed pages name a rich oEmbed of their embed', async ({ page }) => {
	const shared = steps[2];
	const pages: [string, string, string | undefined][] = [
		[BASE, storyEmbedPath(SLUG), undefined],
		[`${BASE}s/${shared.id}/`, stepEmbedPath(SLUG, shared.id), shared.id],
		[storyEmbedPath(SLUG), storyEmbedPath(SLUG), undefined],
		[stepEmbedPath(SLUG, shared.id), stepEmbedPath(SLUG, shared.id), shared.id]
	];
	for (const [at, embed, id] of pages) {
		const html = await (await page.request.get(at)).text();
		const links = [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)];
		expect(links, at).toHaveLength(1);
		const href = new URL(links[0][1], 'http://localhost/');
		// The story's address is its meta.site; the build serves the same path here.
		expect(href.href, at).toBe(absolute(`${embed}oembed.json`, site));
		const response = await page.request.get(href.pathname);
		expect(response.ok(), at).toBe(true);
		const o = await response.json();
		expect(o, at).toMatchObject({ version: '1.0', type: 'rich', width: 600 });
		expect(o.height).toBe(id ? DEFAULT_HEIGHT.step : DEFAULT_HEIGHT.story);
		expect(/<iframe [^>]*\bsrc="([^"]+)"/.exec(o.html)?.[1], at).toBe(absolute(embed, site));
		expect(o.thumbnail_url).toBe(absolute(cardPath(SLUG, id ?? steps[0].id), site));
		expect(o.title).toContain(story.meta.title);
	}
});

/** A host page's words: the embed sits after the first paragraph, in the first screen. */
const words = (n: number) =>
	'<p>The host article’s own words, in its own type, a few lines that wrap around.</p>'.repeat(n);

test('the step’s code, with measured heights, in another site’s page: no layout shift above 0.01 as it loads', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(90_000);
	const embed = stepEmbedPath(SLUG, step.id);
	// What publish measures (scripts/publish/embeds.mjs), measured here the same way.
	const table: Record<string, number> = {};
	await page.goto(embed);
	for (const width of STEP_WIDTHS) {
		await page.setViewportSize({ width, height: 800 });
		table[width] = await page.evaluate(async () => {
			await document.fonts.ready;
			await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
			return Math.ceil(document.documentElement.getBoundingClientRect().height);
		});
	}
	await page.route(`**${storyEmbedPath(SLUG)}heights.json`, (r) => r.fulfill({ json: { [embed]: table } }));
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(`${BASE}#${step.id}`);
	await ready(page);
	await openDialog(page, page.locator('figure.chart-figure'));
	await expect(stepCode(page)).toHaveValue(/data-heights=/);
	// The code names the story's address; here another origin stands for it, served by the preview
	// (fetched by the test, as a browser refuses a public page's requests to this machine).
	const code = (await stepCode(page).inputValue()).replaceAll(absolute('/', site), 'http://embeds.test/');
	await context.route('http://embeds.test/**', async (r) =>
		r.fulfill({ response: await r.fetch({ url: r.request().url().replace('http://embeds.test', baseURL!) }) })
	);
	await context.route('http://host.test/', (r) =>
		r.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><meta name="viewport" content="width=device-width"><title>Host</title>
<script>window.reported=0;addEventListener('message',(e)=>{if(e.data&&e.data.storyEmbed===1&&e.data.type==='height')window.reported++});window.shift=0;new PerformanceObserver((l)=>{for(const e of l.getEntries())if(!e.hadRecentInput)window.shift+=e.value}).observe({type:'layout-shift',buffered:true});</script>
<body style="margin:0 12px;font:18px/1.55 Georgia,serif">${words(1)}${code}${words(10)}</body>`
		})
	);
	for (const width of [375, 390, 1280]) {
		const host = await context.newPage();
		await host.setViewportSize({ width, height: 800 });
		await host.goto('http://host.test/');
		const frame = host.locator('iframe');
		// The loader ran, and the frame's page has reported its height.
		await expect
			.poll(() => host.evaluate(() => (window as { storyEmbedLoader?: boolean }).storyEmbedLoader))
			.toBe(true);
		await expect
			.poll(() => host.evaluate(() => (window as unknown as { reported: number }).reported))
			.toBeGreaterThan(0);
		// The frame has its content's height (the page has reported it, and the loader set it), and the
		// layout shifts of that frame have been observed.
		const inside = await (await frame.elementHandle())!.contentFrame();
		await expect
			.poll(async () => {
				const outer = await frame.evaluate((f) => f.getBoundingClientRect().height);
				const content = await inside!.evaluate(() => document.documentElement.getBoundingClientRect().height);
				return Math.abs(outer - content) <= 2;
			})
			.toBe(true);
		await host.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		const { shift, height } = await frame.evaluate((f: HTMLIFrameElement) => ({
			shift: (window as unknown as { shift: number }).shift,
			height: f.getBoundingClientRect().height
		}));
		expect(shift, `layout shift at ${width} px`).toBeLessThanOrEqual(0.01);
		expect(height, `the frame's height at ${width} px`).toBeGreaterThan(300);
		await host.close();
	}
});
