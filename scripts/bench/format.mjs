/**
 * How the bench prints its figures, pure: bytes, milliseconds and percentages, console and
 * Markdown tables, and the summary table (scripts/bench/format.test.ts).
 */

/**
 * @param {number} bytes
 * @returns {string}
 */
export function formatBytes(bytes) {
	if (!Number.isFinite(bytes)) return '–';
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/**
 * @param {number} ms
 * @param {number} [digits]
 * @returns {string}
 */
export function formatMs(ms, digits = 0) {
	if (!Number.isFinite(ms)) return '–';
	return `${ms.toFixed(digits)} ms`;
}

/**
 * @param {number} fraction
 * @param {number} [digits]
 * @returns {string}
 */
export function formatPercent(fraction, digits = 1) {
	if (!Number.isFinite(fraction)) return '–';
	return `${(fraction * 100).toFixed(digits)} %`;
}

/** @typedef {string | number | null | undefined} Cell */

/**
 * @param {Cell} v
 * @returns {string}
 */
function cell(v) {
	if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return '–';
	return String(v);
}

/**
 * A plain-text table with aligned columns, for the console. Columns whose name is in `right`
 * are right-aligned (numbers).
 * @param {readonly string[]} headers
 * @param {readonly (readonly Cell[])[]} rows
 * @param {{ right?: readonly number[] }} [opts]
 * @returns {string}
 */
export function textTable(headers, rows, opts = {}) {
	const right = new Set(opts.right ?? []);
	const all = [headers.map(cell), ...rows.map((r) => headers.map((_, i) => cell(r[i])))];
	const widths = headers.map((_, i) => Math.max(...all.map((r) => r[i].length)));
	const line = (/** @type {string[]} */ r) =>
		r
			.map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
			.join('  ')
			.trimEnd();
	return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/**
 * A GitHub-flavoured Markdown table. Pipes inside cells are escaped.
 * @param {readonly string[]} headers
 * @param {readonly (readonly Cell[])[]} rows
 * @param {{ right?: readonly number[] }} [opts]
 * @returns {string}
 */
export function markdownTable(headers, rows, opts = {}) {
	const right = new Set(opts.right ?? []);
	const esc = (/** @type {Cell} */ v) => cell(v).replace(/\|/g, '\\|');
	const row = (/** @type {readonly Cell[]} */ r) => `| ${headers.map((_, i) => esc(r[i])).join(' | ')} |`;
	const sep = `|${headers.map((_, i) => (right.has(i) ? '---:' : '---')).join('|')}|`;
	return [row(headers), sep, ...rows.map(row)].join('\n');
}

/**
 * @typedef {object} SummaryRow
 * @property {string} section
 * @property {string} metric
 * @property {Record<string, Cell>} values by column key (e.g. `phone`, `desktop`)
 */

/**
 * The summary as Markdown: one row per metric, one column per key that any row uses, in order
 * of first appearance, named by `labels` where given.
 * @param {readonly SummaryRow[]} rows
 * @param {Record<string, string>} [labels]
 * @returns {string}
 */
export function summaryMarkdown(rows, labels = {}) {
	/** @type {string[]} */
	const keys = [];
	for (const r of rows) for (const k of Object.keys(r.values)) if (!keys.includes(k)) keys.push(k);
	const headers = ['Section', 'Metric', ...keys.map((k) => labels[k] ?? k)];
	const body = rows.map((r) => [r.section, r.metric, ...keys.map((k) => r.values[k])]);
	return markdownTable(headers, body, { right: keys.map((_, i) => i + 2) });
}
