/**
 * The bench's embeds section: the first view's weight of a step embed and of the story embed
 * beside the reading page's (each page alone, loaded until the network is idle, before any move);
 * then, in a host page of another origin with our loader (`tests/e2e/hosts/hosts.mjs`, served
 * here on the bench's port + 2), how long the iframe's height takes to follow a change of the
 * host's width, and where the story embed's figure is in the host's view while the host scrolls
 * (sampled at each frame on both sides, paired by time).
 */
import { createServer } from 'node:http';
import { formatBytes, formatMs, textTable } from '../format.mjs';
import { watchPage } from '../pages.mjs';
import { gzipSize, resourceKind, weightTotals } from '../responses.mjs';
import { median } from '../stats.mjs';
import { hostPage } from '../../../tests/e2e/hosts/hosts.mjs';

/** @typedef {import('../context.mjs').Section} Section */
/** @typedef {import('../format.mjs').SummaryRow} SummaryRow */

/** At most this much JavaScript (gzip) in a step embed's first view (issue #25). */
const STEP_JS_BUDGET = 20 * 1024;

/**
 * A page's first view: every response until the network is idle, by kind.
 * @param {import('@playwright/test').Browser} browser
 * @param {import('@playwright/test').BrowserContextOptions} options
 * @param {string} url
 * @param {import('../context.mjs').Ctx} ctx
 */
async function firstView(browser, options, url, ctx) {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	watchPage(page, ctx, `embeds/${new URL(url).pathname}`);
	/** @type {import('../responses.mjs').WeightEntry[]} */
	const entries = [];
	/** @type {Promise<void>[]} */
	const pending = [];
	page.on('response', (res) =>
		pending.push(
			(async () => {
				const body = await res.body().catch(() => Buffer.alloc(0));
				const kind = resourceKind(res.request().resourceType(), res.url(), res.headers()['content-type']);
				entries.push({ url: res.url(), kind, raw: body.length, gzip: gzipSize(body) });
			})()
		)
	);
	await page.goto(url, { waitUntil: 'networkidle' });
	await Promise.all(pending);
	await context.close();
	return weightTotals(entries);
}

/**
 * A host page server (another origin: 127.0.0.1, where the site is localhost).
 * @param {number} port
 * @param {string} embedOrigin
 */
function hostServer(port, embedOrigin) {
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
		const src = url.searchParams.get('src');
		if (!src) return void res.writeHead(204).end();
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(hostPage('loader', { embedOrigin, src, params: url.searchParams }));
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/**
 * How long the iframe's height takes to follow each change of the host's width (ms from the
 * host's resize event to the iframe's last height change), and whether it ends at the content's.
 * @param {import('@playwright/test').Page} page
 */
async function heightFollow(page) {
	await page.evaluate(() => {
		const f = /** @type {HTMLIFrameElement} */ (document.getElementById('embed'));
		const log = /** @type {[string, number][]} */ ([]);
		Object.assign(window, { benchLog: log });
		addEventListener('resize', () => log.push(['resize', performance.now()]));
		new ResizeObserver(() => log.push(['height', performance.now()])).observe(f);
	});
	const frame = await (await page.locator('#embed').elementHandle())?.contentFrame();
	/** @type {{ width: number, ms: number | null, off: number }[]} */
	const runs = [];
	for (const width of [1280, 320, 768, 390, 600]) {
		await page.evaluate(() => /** @type {any} */ (window.benchLog.length = 0));
		await page.setViewportSize({ width, height: 800 });
		// Quiet: no new entry for 300 ms.
		let n = -1;
		for (let i = 0; i < 40; i++) {
			const now = await page.evaluate(() => /** @type {any} */ (window).benchLog.length);
			if (now === n) break;
			n = now;
			await page.waitForTimeout(300);
		}
		/** @type {[string, number][]} */
		const log = await page.evaluate(() => /** @type {any} */ (window).benchLog);
		const resize = log.find(([k]) => k === 'resize')?.[1];
		const last = log.filter(([k]) => k === 'height').at(-1)?.[1];
		const iframe = await page.locator('#embed').evaluate((el) => el.getBoundingClientRect().height);
		const content = await frame?.evaluate(() => document.documentElement.getBoundingClientRect().height);
		runs.push({
			width,
			ms: resize !== undefined && last !== undefined ? Math.max(0, last - resize) : null,
			off: Math.abs(iframe - (content ?? 0))
		});
	}
	return runs;
}

/**
 * The story embed's figure in the host's view while the host scrolls within the story: each side
 * records its frames (the host: the iframe's top; the embed: the figure's top in the frame), on
 * one clock (`timeOrigin`); each host frame is paired with the embed's last frame before it.
 * @param {import('@playwright/test').Page} page
 */
async function pinDrift(page) {
	const frame = await (await page.locator('#embed').elementHandle())?.contentFrame();
	if (!frame) return null;
	await frame.waitForFunction(() => document.documentElement.dataset.scrollyReady === 'true', null, {
		timeout: 15_000
	});
	const rec = () => {
		const log = /** @type {[number, number][]} */ ([]);
		Object.assign(window, { pinLog: log });
		const tick = () => {
			const node = /** @type {HTMLElement} */ (
				document.getElementById('embed') ?? document.querySelector('.scrolly > .figure')
			);
			log.push([performance.timeOrigin + performance.now(), node.getBoundingClientRect().top]);
			if (log.length < 5000) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	};
	// Into the story, past its first step, then a slow read: a wheel notch every 50 ms.
	const top = await page.locator('#embed').evaluate((el) => el.getBoundingClientRect().top + scrollY);
	await page.evaluate((y) => scrollTo(0, y), top + 1500);
	await page.evaluate(rec);
	await frame.evaluate(rec);
	await page.mouse.move(200, 400);
	for (let i = 0; i < 40; i++) {
		await page.mouse.wheel(0, 40);
		await page.waitForTimeout(50);
	}
	await page.waitForTimeout(400);
	/** @type {[number, number][]} */
	const host = await page.evaluate(() => /** @type {any} */ (window).pinLog);
	/** @type {[number, number][]} */
	const embed = await frame.evaluate(() => /** @type {any} */ (window).pinLog);
	const drift = [];
	let j = 0;
	for (const [t, iframeTop] of host) {
		while (j + 1 < embed.length && embed[j + 1][0] <= t) j++;
		if (embed[j] && embed[j][0] <= t) drift.push(Math.abs(iframeTop + embed[j][1]));
	}
	const atRest = Math.abs((host.at(-1)?.[1] ?? 0) + (embed.at(-1)?.[1] ?? 0));
	drift.sort((a, b) => a - b);
	return {
		frames: drift.length,
		/** Frames with the figure more than 2 px off its place. */
		off: drift.filter((d) => d > 2).length,
		median: median(drift),
		p95: drift[Math.floor(drift.length * 0.95)] ?? null,
		max: drift.at(-1) ?? null,
		atRest
	};
}

/** @type {Section} */
export const embedsSection = {
	name: 'embeds',
	title: 'Embeds: first-view weight; height after a change of width; the pinned figure in a host',
	async run(ctx) {
		const browser = await ctx.browser();
		await ctx.ensureServer();
		const site = new URL(ctx.baseUrl);
		const firstStep = ctx.story.steps[0]?.id ?? null;
		const pages = {
			reading: `${ctx.baseUrl}/`,
			'story embed': `${ctx.baseUrl}/embed/`,
			...(firstStep ? { 'step embed': `${ctx.baseUrl}/embed/${firstStep}/` } : {})
		};
		/** @type {SummaryRow[]} */
		const rows = [];
		/** @type {Record<string, unknown>} */
		const data = {};
		/** @type {Record<string, Record<string, string>>} */
		const cells = {};
		for (const vp of ctx.viewports) {
			const table = [];
			for (const [name, url] of Object.entries(pages)) {
				const t = await firstView(browser, vp.options, url, ctx);
				table.push([
					name,
					formatBytes(t.script.gzip),
					formatBytes(t.document.gzip),
					formatBytes(t.all.gzip),
					t.all.count
				]);
				(cells[`${name} JS`] ??= {})[vp.key] = formatBytes(t.script.gzip);
				(cells[`${name} all`] ??= {})[vp.key] = formatBytes(t.all.gzip);
				data[`${vp.key}/${name}`] = t;
				if (name === 'step embed' && t.script.gzip > STEP_JS_BUDGET)
					ctx.problem(
						`embeds/${vp.key}: the step embed's first view has ${formatBytes(t.script.gzip)} of JavaScript (over 20 KB)`
					);
			}
			const reading = /** @type {any} */ (data[`${vp.key}/reading`]).all.gzip;
			const story = /** @type {any} */ (data[`${vp.key}/story embed`]).all.gzip;
			if (story > reading)
				ctx.problem(
					`embeds/${vp.key}: the story embed's first view (${formatBytes(story)}) is heavier than the reading page's (${formatBytes(reading)})`
				);
			console.log(`\n${vp.label}: first view, gzip -9`);
			console.log(textTable(['page', 'JavaScript', 'HTML', 'all', 'requests'], table, { right: [1, 2, 3, 4] }));
		}
		for (const [metric, values] of Object.entries(cells))
			rows.push({ section: 'Embeds, first view (gzip -9)', metric, values });

		// In a host page.
		const hostPort = Number(site.port) + 2;
		const server = /** @type {import('node:http').Server} */ (await hostServer(hostPort, site.origin));
		ctx.onCleanup(() => server.close());
		const host = (/** @type {string} */ src) => `http://127.0.0.1:${hostPort}/loader/?src=${encodeURIComponent(src)}`;
		const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
		const page = await context.newPage();
		watchPage(page, ctx, 'embeds/host');
		if (firstStep) {
			await page.goto(host(`${site.pathname}/embed/${firstStep}/`), { waitUntil: 'networkidle' });
			const follow = await heightFollow(page);
			console.log("\nA step embed in a host with the loader: the iframe's height after a change of width");
			console.log(
				textTable(
					['width', 'ms to the last height', 'iframe − content (px)'],
					follow.map((r) => [r.width, r.ms === null ? 'no change' : formatMs(r.ms, 1), r.off.toFixed(1)]),
					{ right: [1, 2] }
				)
			);
			const ms = follow.map((r) => r.ms).filter((x) => x !== null);
			rows.push({
				section: 'Embeds in a host',
				metric: 'height follows width, median / max (ms)',
				values: { desktop: `${formatMs(median(ms), 1)} / ${formatMs(Math.max(...ms), 1)}` }
			});
			data.heightFollow = follow;
		}
		/** @type {SummaryRow} */
		const pin = {
			section: 'Embeds in a host',
			metric: 'figure off its place while scrolling: frames over 2 px; most (px)',
			values: {}
		};
		for (const vp of ctx.viewports) {
			await page.setViewportSize(vp.options.viewport);
			await page.goto(host(`${site.pathname}/embed/`), { waitUntil: 'networkidle' });
			const drift = await pinDrift(page);
			data[`pin/${vp.key}`] = drift;
			if (!drift) continue;
			console.log(
				`\n${vp.label}: the story embed's figure in the host's view while the host scrolls (px off its place; ${drift.off} of ${drift.frames} frames more than 2 px off): median ${drift.median?.toFixed(1)}, 95th ${drift.p95?.toFixed(1)}, most ${drift.max?.toFixed(1)}; at rest ${drift.atRest.toFixed(1)}`
			);
			pin.values[vp.key] = `${drift.off} of ${drift.frames}; ${drift.max?.toFixed(1)}`;
		}
		rows.push(pin);
		await context.close();
		return { rows, data };
	}
};
