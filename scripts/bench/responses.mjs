/**
 * What the weight section weighs, pure: a response's kind, its gzip -9 size, whether it leaves
 * this machine, and the totals per kind (scripts/bench/responses.test.ts).
 */
import { gzipSync } from 'node:zlib';

/**
 * Bytes of a body once gzipped at level 9, what a compressing server would send.
 * @param {Uint8Array | string} body
 * @returns {number}
 */
export function gzipSize(body) {
	if (typeof body === 'string') body = Buffer.from(body);
	if (body.length === 0) return 0;
	return gzipSync(body, { level: 9 }).length;
}

/** @typedef {'script' | 'stylesheet' | 'font' | 'document' | 'other'} ResourceKind */

/**
 * The kind of a response, from Playwright's resource type, falling back to the content type and
 * the file extension (a `modulepreload` may be reported as `other`).
 * @param {string} resourceType
 * @param {string} url
 * @param {string} [contentType]
 * @returns {ResourceKind}
 */
export function resourceKind(resourceType, url, contentType = '') {
	if (resourceType === 'script' || resourceType === 'stylesheet' || resourceType === 'font') {
		return resourceType;
	}
	if (resourceType === 'document') return 'document';
	const ct = contentType.toLowerCase();
	let path = url;
	try {
		path = new URL(url).pathname;
	} catch {
		// not a URL: use it as is
	}
	if (ct.includes('javascript') || /\.(m?js)$/i.test(path)) return 'script';
	if (ct.includes('text/css') || /\.css$/i.test(path)) return 'stylesheet';
	if (ct.startsWith('font/') || /\.(woff2?|ttf|otf)$/i.test(path)) return 'font';
	return 'other';
}

/**
 * Whether a request goes to a host other than this machine (data: and blob: URLs stay local).
 * @param {string} url
 * @returns {boolean}
 */
export function isForeign(url) {
	let u;
	try {
		u = new URL(url);
	} catch {
		return false;
	}
	if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return false;
	return !['localhost', '127.0.0.1', '[::1]', '::1'].includes(u.hostname);
}

/**
 * @typedef {object} WeightEntry
 * @property {string} url
 * @property {ResourceKind} kind
 * @property {number} raw
 * @property {number} gzip
 */

/**
 * Raw and gzip totals per kind, plus an `all` total and a request count.
 * @param {readonly WeightEntry[]} entries
 * @returns {Record<ResourceKind | 'all', { count: number, raw: number, gzip: number }>}
 */
export function weightTotals(entries) {
	/** @type {Record<string, { count: number, raw: number, gzip: number }>} */
	const totals = {};
	for (const k of ['script', 'stylesheet', 'font', 'document', 'other', 'all']) {
		totals[k] = { count: 0, raw: 0, gzip: 0 };
	}
	for (const e of entries) {
		for (const k of [e.kind, 'all']) {
			totals[k].count += 1;
			totals[k].raw += e.raw;
			totals[k].gzip += e.gzip;
		}
	}
	return /** @type {any} */ (totals);
}
