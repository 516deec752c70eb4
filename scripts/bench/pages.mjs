/**
 * Opening the story's pages for a section: the reading page with the frame recorder, once its
 * scroll driver is wired (`openReading`), and any page's errors recorded as problems (`watchPage`).
 */
import { frameRecorder } from './in-page.mjs';

/**
 * The reading page in a fresh context, with the frame recorder, once its scroll driver is wired.
 * @param {import('./context.mjs').Ctx} ctx
 * @param {import('@playwright/test').BrowserContextOptions} options
 * @param {string} where names the page in problems
 * @param {(() => void)[]} [init] more in-page scripts, run before the page's own
 */
export async function openReading(ctx, options, where, init = []) {
	const browser = await ctx.browser();
	const context = await browser.newContext(options);
	const page = await context.newPage();
	watchPage(page, ctx, where);
	for (const script of [frameRecorder, ...init]) await page.addInitScript(script);
	await ctx.ensureServer();
	await page.goto(`${ctx.baseUrl}/`, { waitUntil: 'networkidle' });
	try {
		await page.waitForFunction(() => document.documentElement.dataset.scrollyReady === 'true', null, {
			timeout: 10_000
		});
	} catch {
		ctx.problem(`${where}: html[data-scrolly-ready] never appeared (scroll driver not wired?)`);
	}
	return { context, page };
}

/**
 * Records console errors, page errors and failed requests of a page as problems.
 * @param {import('@playwright/test').Page} page
 * @param {import('./context.mjs').Ctx} ctx
 * @param {string} where
 */
export function watchPage(page, ctx, where) {
	page.on('console', (msg) => {
		if (msg.type() === 'error' || msg.type() === 'warning')
			ctx.problem(`${where}: console.${msg.type()}: ${msg.text()}`);
	});
	page.on('pageerror', (err) => ctx.problem(`${where}: page error: ${err.message}`));
	page.on('requestfailed', (req) =>
		ctx.problem(`${where}: request failed: ${req.url()} (${req.failure()?.errorText})`)
	);
}
