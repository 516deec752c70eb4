/**
 * Figures in the copy written as references to the data, so the words always say what the chart
 * says: `{ranking[Zephyr-X2].tokens}` is the `tokens` of the row of ranking.csv that holds
 * "Zephyr-X2", written out when the story is built ("8.21").
 *
 * Syntax: `{dataset[row].column}` or `{dataset[row].column|format}`.
 * - `row` is one or more cell values separated by commas; the row is the one that holds them all
 *   (`{scores[Nova Lite 4.7, metric-a].score}`). Exactly one row must match.
 * - `format` is a format of the charts (src/lib/model/format.ts): `number` (the default: up to
 *   two decimals, thousands grouped: 1,753 and 4.91), `usd` ($0.40, $15), `pct` (17.8%), `tokens`
 *   (8.21T), `points` (9.5 pts).
 * - the dataset must be one the step cites (its `cite:` or its chart's), so the credit line under
 *   the step names the source of every figure in it.
 *
 * A reference that does not resolve stops the build at its line in story.yaml.
 */
import { decimals, formatPct, formatPoints, formatTokens, formatUsd } from '../../model/format.ts';
import type { GuardDataset } from './dataset.ts';

export const FORMATS: Record<string, (v: number) => string> = {
	number: (v) => decimals(v, 0, 2),
	usd: (v) => formatUsd(v),
	pct: (v) => formatPct(v),
	tokens: (v) => formatTokens(v),
	points: (v) => formatPoints(v)
};

/** `{dataset[row].column|format}`: the dataset id, the row's values, the column and the format. */
export const REFERENCE = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\[([^\]{}]+)\]\.([A-Za-z0-9_]+)(?:\|([a-z]+))?\}/g;

export interface Reference {
	/** Index of the `{` in the text, and the reference's length. */
	index: number;
	length: number;
	source: string;
	dataset: string;
	selector: string[];
	column: string;
	format: string;
}

export function findReferences(text: string): Reference[] {
	return [...text.matchAll(REFERENCE)].map((m) => ({
		index: m.index!,
		length: m[0].length,
		source: m[0],
		dataset: m[1],
		selector: m[2].split(',').map((s) => s.trim()),
		column: m[3],
		format: m[4] ?? 'number'
	}));
}

/**
 * What a reference names, the same whether read from story.yaml's text or from the value YAML
 * reads there (where a line break in its row's values is folded into a space).
 */
export function referenceKey(ref: Reference): string {
	return `${ref.dataset}[${ref.selector.join(',')}].${ref.column}|${ref.format}`;
}

/**
 * `text` with the references that resolved written out: `resolved` holds each one's figure by
 * `referenceKey`; the others stay as written.
 */
export function writeOut(text: string, resolved: ReadonlyMap<string, string>): string {
	return text.replace(REFERENCE, (source) => resolved.get(referenceKey(findReferences(source)[0])) ?? source);
}

/** The rows of `ds` that hold every value of `selector` in some cell, as written. */
export function rowsHolding(ds: GuardDataset, selector: readonly string[]): GuardDataset['rows'] {
	return ds.rows.filter((row) => selector.every((s) => Object.values(row.cells).some((c) => c.raw === s)));
}

export type Resolved =
	{ ok: true; text: string; value: number; file: string; line: number } | { ok: false; detail: string };

/** The figure a reference stands for, formatted, or why it has none. */
export function resolveReference(
	ref: Reference,
	datasets: readonly GuardDataset[],
	cited: readonly string[]
): Resolved {
	const ds = datasets.find((d) => d.id === ref.dataset);
	const bad = (detail: string): Resolved => ({ ok: false, detail: `reference ${ref.source}: ${detail}` });
	if (!ds) return bad(`no dataset "${ref.dataset}"; expected one of ${datasets.map((d) => d.id).join(', ')}`);
	if (!cited.includes(ds.id))
		return bad(
			`the step does not cite "${ds.id}" (it cites ${cited.join(', ') || 'nothing'}); add it to the step's cite: so its source is credited`
		);
	if (!ds.header.includes(ref.column))
		return bad(`no column "${ref.column}" in ${ds.file}; expected one of ${ds.header.join(', ')}`);
	const format = FORMATS[ref.format];
	if (!format) return bad(`unknown format "${ref.format}"; expected one of ${Object.keys(FORMATS).join(', ')}`);
	const rows = rowsHolding(ds, ref.selector);
	if (rows.length === 0)
		return bad(`no row of ${ds.file} holds ${ref.selector.map((s) => JSON.stringify(s)).join(' and ')}`);
	if (rows.length > 1) {
		return bad(
			`${rows.length} rows of ${ds.file} hold ${ref.selector.map((s) => JSON.stringify(s)).join(' and ')} (lines ${rows.map((r) => r.line).join(', ')}); add a value that tells them apart, e.g. [${[...ref.selector, '...'].join(', ')}]`
		);
	}
	const [row] = rows;
	const cell = row.cells[ref.column];
	if (typeof cell.value !== 'number') {
		return bad(
			cell.value === null
				? `${ds.file}:${row.line} does not report "${ref.column}"; say so in words instead`
				: `${ds.file}:${row.line} field "${ref.column}" is ${JSON.stringify(cell.raw)}, not a number`
		);
	}
	return { ok: true, text: format(cell.value), value: cell.value, file: ds.file, line: row.line };
}
