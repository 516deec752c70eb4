/**
 * Records clips in one Chromium page: the clips page (/<slug>/clip/, a route of src/routes/[story]/) records each clip itself
 * (a virtual clock, the stills' serializer, WebCodecs or gifenc) and hands the file over in parts.
 * Used by `npm run clips` and the bench.
 */
import { writeFile } from 'node:fs/promises';
import { clipPageUrl } from './lib.mjs';

/** The browser lacks the encoder a format needs. */
export class EncoderMissingError extends Error {}

/**
 * @typedef {{ id: string, number: number, kicker: string | null, title: string, words: string, seconds: number | null }} ClipStep
 * @typedef {{ talkMinutes: number | null, steps: ClipStep[] }} ClipStory
 */

/**
 * Opens the clips page.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} storyUrl the story's address in the served build, `<server>/<slug>`
 * @param {{ lacks?: string[] }} [o] codecs to hide from the page, as a browser without them would
 */
export async function openClipPage(browser, storyUrl, o = {}) {
	// The frame is laid out off screen in its own box; the window's size does not matter.
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const page = await context.newPage();
	/** @type {string[]} */
	const errors = [];
	page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
	});
	if (o.lacks?.length) await page.addInitScript(hideCodecs, o.lacks);
	await page.goto(clipPageUrl(storyUrl));
	await page.waitForFunction(() => /** @type {any} */ (window).__clip, null, { timeout: 20_000 });
	/** @type {ClipStory} */
	const story = await page.evaluate(() => /** @type {any} */ (window).__clip.story());
	return {
		story,
		/**
		 * Records one clip into `file`.
		 * @param {{ ids: string[], timeline: import('../../src/lib/drivers/shared/recording/plan.js').Timeline, width: number, height: number,
		 *   out: { width: number, height: number }, theme: 'light' | 'dark', format: import('../../src/lib/drivers/shared/recording/formats.js').ClipFormat, hashes?: boolean }} c
		 * @param {string} file
		 * @returns {Promise<{ bytes: number, stats: import('../../src/lib/drivers/shared/recording/record.svelte').RecordStats, hashes?: string[] }>}
		 *   bytes written, where the time went and, when `c.hashes`, each frame's canvas hash as the encoder was handed it
		 */
		async record(c, file) {
			const result = await page.evaluate((req) => /** @type {any} */ (window).__clip.record(req), {
				ids: c.ids,
				timeline: c.timeline,
				layout: { width: c.width, height: c.height },
				out: c.out,
				theme: c.theme,
				format: c.format,
				hashes: c.hashes
			});
			if (errors.length) throw new Error(errors.join('; '));
			if (result.missing) throw new EncoderMissingError(result.missing);
			/** @type {Buffer[]} */
			const parts = [];
			for (let i = 0; i < result.parts; i++) {
				parts.push(Buffer.from(await page.evaluate((n) => /** @type {any} */ (window).__clip.part(n), i), 'base64'));
			}
			const bytes = Buffer.concat(parts);
			if (bytes.length !== result.bytes)
				throw new Error(`the clip arrived cut (${bytes.length} of ${result.bytes} bytes)`);
			await writeFile(file, bytes);
			return { bytes: bytes.length, stats: result.stats, hashes: result.hashes };
		},
		/**
		 * Why this browser cannot write `format` at this size, or null when it can.
		 * @param {import('../../src/lib/drivers/shared/recording/formats.js').ClipFormat} format
		 * @param {number} width
		 * @param {number} height
		 * @returns {Promise<string | null>}
		 */
		problem: (format, width, height) =>
			page.evaluate(
				([f, w, h]) => /** @type {any} */ (window).__clip.problem(f, w, h),
				/** @type {const} */ ([format, width, height])
			),
		close: () => context.close()
	};
}

/**
 * Runs in the page before its scripts: the encoder reports the listed codecs (e.g. "avc", "vp09")
 * as unsupported, as a browser built without them does.
 * @param {string[]} lacks
 */
function hideCodecs(lacks) {
	const VE = /** @type {any} */ (globalThis).VideoEncoder;
	if (!VE) return;
	const real = VE.isConfigSupported.bind(VE);
	VE.isConfigSupported = async (/** @type {any} */ config) =>
		lacks.some((c) => String(config.codec).startsWith(c)) ? { supported: false, config } : real(config);
}
