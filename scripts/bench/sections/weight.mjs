/**
 * The bench's weight section: what the reading page loads before any scrolling, on the phone and
 * the desktop viewport: each response's kind and size (raw and gzip -9), the JavaScript files, and
 * any request to another host (there should be none).
 */
import { formatBytes, textTable } from '../format.mjs';
import { watchPage } from '../pages.mjs';
import { gzipSize, isForeign, resourceKind, weightTotals } from '../responses.mjs';

/** @typedef {import('../format.mjs').SummaryRow} SummaryRow */
/** @typedef {import('../context.mjs').Section} Section */

/** @type {Section} */
export const weightSection = {
	name: 'weight',
	title: 'First view weight (before any scrolling)',
	async run(ctx) {
		const browser = await ctx.browser();
		/** @type {SummaryRow[]} */
		const rows = [];
		/** @type {Record<string, unknown>} */
		const data = {};
		/** @type {Record<string, Record<string, import('../format.mjs').Cell>>} */
		const cols = {};
		for (const vp of ctx.viewports) {
			const context = await browser.newContext(vp.options);
			const page = await context.newPage();
			watchPage(page, ctx, `weight/${vp.key}`);
			/** @type {import('../responses.mjs').WeightEntry[]} */
			const entries = [];
			/** @type {Promise<void>[]} */
			const pending = [];
			/** @type {string[]} */
			const foreign = [];
			let recording = true;
			page.on('request', (req) => {
				if (recording && isForeign(req.url())) foreign.push(req.url());
			});
			page.on('response', (res) => {
				if (!recording || !/^https?:/.test(res.url())) return;
				pending.push(
					(async () => {
						const kind = resourceKind(res.request().resourceType(), res.url(), res.headers()['content-type']);
						/** @type {Buffer} */
						let body = Buffer.alloc(0);
						if (res.status() < 300 || res.status() >= 400) {
							try {
								body = await res.body();
							} catch {
								const len = Number(res.headers()['content-length'] ?? 0);
								ctx.problem(`weight/${vp.key}: no body for ${res.url()} (content-length ${len})`);
							}
						}
						entries.push({ url: res.url(), kind, raw: body.length, gzip: gzipSize(body) });
					})()
				);
			});
			await ctx.ensureServer();
			await page.goto(`${ctx.baseUrl}/`, { waitUntil: 'networkidle' });
			recording = false;
			await Promise.all(pending);
			await context.close();

			const totals = weightTotals(entries);
			const js = entries.filter((e) => e.kind === 'script').sort((a, b) => b.gzip - a.gzip);
			console.log(`\n${vp.label}: ${entries.length} responses`);
			console.log(
				textTable(
					['type', 'requests', 'raw', 'gzip -9'],
					/** @type {const} */ (['script', 'stylesheet', 'font', 'document', 'other', 'all']).map((k) => [
						k === 'all' ? 'TOTAL' : k,
						totals[k].count,
						formatBytes(totals[k].raw),
						formatBytes(totals[k].gzip)
					]),
					{ right: [1, 2, 3] }
				)
			);
			console.log(`JavaScript: ${formatBytes(totals.script.raw)} raw, ${formatBytes(totals.script.gzip)} gzip`);
			console.log(`Total:      ${formatBytes(totals.all.raw)} raw, ${formatBytes(totals.all.gzip)} gzip`);
			console.log(`Requests to other hosts: ${foreign.length}${foreign.length ? '\n  ' + foreign.join('\n  ') : ''}`);
			console.log('\nJavaScript files:');
			console.log(
				textTable(
					['file', 'raw', 'gzip -9'],
					js.map((e) => [new URL(e.url).pathname, formatBytes(e.raw), formatBytes(e.gzip)]),
					{ right: [1, 2] }
				)
			);
			if (foreign.length) ctx.problem(`weight/${vp.key}: ${foreign.length} request(s) to other hosts`);

			cols[vp.key] = {
				jsGzip: formatBytes(totals.script.gzip),
				jsRaw: formatBytes(totals.script.raw),
				cssGzip: formatBytes(totals.stylesheet.gzip),
				totalGzip: formatBytes(totals.all.gzip),
				totalRaw: formatBytes(totals.all.raw),
				requests: totals.all.count,
				foreign: foreign.length
			};
			data[vp.key] = { totals, entries, foreign };
		}
		const row = (/** @type {string} */ metric, /** @type {string} */ k) =>
			rows.push({
				section: 'First view',
				metric,
				values: Object.fromEntries(Object.entries(cols).map(([vk, c]) => [vk, c[k]]))
			});
		row('JavaScript (gzip -9)', 'jsGzip');
		row('JavaScript (raw)', 'jsRaw');
		row('CSS (gzip -9)', 'cssGzip');
		row('All responses (gzip -9)', 'totalGzip');
		row('All responses (raw)', 'totalRaw');
		row('Requests', 'requests');
		row('Requests to other hosts', 'foreign');
		return { rows, data };
	}
};
