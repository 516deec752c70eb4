/**
 * Draws stills in one browser: each page opens a step's still page (/<slug>/still/<id>/, a route of src/routes/[story]/),
 * waits until the frame says it is drawn (`data-still-ready`: live chart, fonts, words fitted, two
 * frames) and saves it as PNG (a screenshot at the still's device scale), SVG (the page's own
 * DOM-to-SVG serializer) or, for PDF, gathers the SVGs into one document printed a page per step.
 * Pages work in parallel (`jobs`); used by `npm run stills`, `npm run publish` and the bench.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { frameSize } from '../../src/lib/drivers/shared/frame/frame-size.js';
import { DECK_NAME, stillFileName } from './lib.mjs';

/**
 * @typedef {import('./lib.mjs').StepRef} StepRef
 * @typedef {object} RenderOptions
 * @property {import('@playwright/test').Browser} browser
 * @property {string} baseUrl where build/ is served
 * @property {StepRef[]} steps
 * @property {number} width pixels at scale 1
 * @property {number} height
 * @property {number} scale
 * @property {'light' | 'dark'} theme
 * @property {'png' | 'svg' | 'pdf'} format
 * @property {string} dir the folder the files go to
 * @property {(step: StepRef, ext: string) => string} [name] a still's file name, relative to `dir`
 *   (default NN-id.ext)
 * @property {number} [jobs] pages in parallel (default 1)
 * @property {string} [title] the PDF's title
 * @property {(p: { step: StepRef, file: string | null, ms: number, done: number, total: number }) => void} [onProgress]
 */

/**
 * @param {RenderOptions} o
 * @returns {Promise<{ files: string[], ms: number[] }>}
 */
export async function renderStills(o) {
	const frame = frameSize(o.width, o.height);
	// A context per page: two pages of one context, drawn at once, can screenshot each other's
	// half-painted tiles.
	const newContext = () =>
		o.browser.newContext({
			viewport: { width: frame.width, height: frame.height },
			deviceScaleFactor: frame.zoom * o.scale,
			reducedMotion: 'reduce'
		});
	/** @type {import('@playwright/test').BrowserContext[]} */
	const contexts = [];
	/** @type {string[]} */
	const errors = [];
	const name = o.name ?? ((s, ext) => stillFileName(s.number, s.id, ext));
	/** @type {string[]} */
	const files = [];
	/** @type {number[]} */
	const ms = [];
	/** @type {Map<string, string>} */
	const svgs = new Map();
	let fontCss = '';
	let done = 0;
	const queue = [...o.steps];
	try {
		const worker = async () => {
			const context = await newContext();
			contexts.push(context);
			const page = await context.newPage();
			// Screenshots straight from the browser, skipping the round trips Playwright's own adds
			// (caret, animations, fonts), which a finished still does not need. This session's
			// screenshots follow this session's metrics: the same as the context's.
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setDeviceMetricsOverride', {
				width: frame.width,
				height: frame.height,
				deviceScaleFactor: frame.zoom * o.scale,
				mobile: false
			});
			page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
			});
			let loaded = false;
			for (let step = queue.shift(); step; step = queue.shift()) {
				const t0 = performance.now();
				// The first still loads the page; the next ones move it to their step in place.
				if (!loaded) await page.goto(`${o.baseUrl}/still/${step.id}/?theme=${o.theme}`);
				else
					await page.evaluate(([id, theme]) => /** @type {any} */ (window).__still.show(id, theme), [step.id, o.theme]);
				loaded = true;
				await page.waitForSelector(`[data-still-ready="${step.id}"]`, { state: 'attached', timeout: 20_000 });
				if (errors.length) throw new Error(`still ${step.id}: ${errors.join('; ')}`);
				/** @type {string | null} */
				let file = null;
				if (o.format === 'png') {
					file = path.join(o.dir, name(step, 'png'));
					await mkdir(path.dirname(file), { recursive: true });
					// Fast PNG encoding: about half the time of the default, files a fifth larger.
					const shot = await cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true });
					await writeFile(file, Buffer.from(shot.data, 'base64'));
				} else {
					const svg = await page.evaluate(
						(opts) => /** @type {any} */ (window).__still.svg(opts),
						o.format === 'svg'
							? { width: o.width * o.scale, height: o.height * o.scale, idPrefix: 's-' }
							: {
									fonts: false,
									width: frame.width,
									height: frame.height,
									idPrefix: `p${step.number}-`,
									stripePatterns: true
								}
					);
					if (o.format === 'svg') {
						file = path.join(o.dir, name(step, 'svg'));
						await mkdir(path.dirname(file), { recursive: true });
						await writeFile(file, svg);
					} else {
						svgs.set(step.id, svg);
						if (!fontCss) fontCss = await page.evaluate(() => /** @type {any} */ (window).__still.fontCss());
					}
				}
				const took = performance.now() - t0;
				ms.push(took);
				if (file) files.push(file);
				o.onProgress?.({ step, file, ms: took, done: ++done, total: o.steps.length });
			}
			await page.close();
		};
		await Promise.all(Array.from({ length: Math.min(o.jobs ?? 1, o.steps.length) }, worker));
		if (o.format === 'pdf') {
			const file = path.join(o.dir, DECK_NAME);
			await printDeck(
				contexts[0],
				o.steps.map((s) => /** @type {string} */ (svgs.get(s.id))),
				fontCss,
				frame,
				file,
				o.title ?? 'Stills'
			);
			files.push(file);
		}
	} finally {
		await Promise.all(contexts.map((c) => c.close()));
	}
	return { files, ms };
}

/**
 * One PDF, a page per drawing, the page the still's CSS size (1280x720 px is a 16:9 slide of
 * 13.33 x 7.5 in): vector marks and real text, the fonts embedded.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string[]} svgs
 * @param {string} fontCss
 * @param {{ width: number, height: number }} frame
 * @param {string} file
 * @param {string} title
 */
async function printDeck(context, svgs, fontCss, frame, file, title) {
	const page = await context.newPage();
	const html =
		`<!doctype html><html><head><meta charset="utf-8"><title>${title.replace(/[<&]/g, '')}</title><style>` +
		`@page{size:${frame.width}px ${frame.height}px;margin:0}html,body{margin:0;padding:0}` +
		`.page{width:${frame.width}px;height:${frame.height}px;overflow:hidden}.page+.page{break-before:page}svg{display:block}` +
		fontCss +
		'</style></head><body>' +
		svgs.map((s) => `<div class="page">${s}</div>`).join('') +
		'</body></html>';
	await page.setContent(html);
	await page.evaluate(async () => {
		await document.fonts.ready;
		await Promise.all([...document.fonts].map((f) => f.load()));
	});
	await page.pdf({ path: file, width: `${frame.width}px`, height: `${frame.height}px`, printBackground: true });
	await page.close();
}
