/**
 * Figures in the words are references to the data, written out when the story is built, so the
 * words always say what the data says. Anything between braces in a step's copy or notes (or the
 * header's title, dek and method) is a reference; one that does not read stops the build at its
 * line. The grammar (docs/writing-a-story.md#figures-are-references shows it to editors):
 *
 *   reference := "{" value ("|" format)? "}"
 *   value     := cells | name "(" value ("," value)* ")"
 *   cells     := dataset ("[" row "]")? "." column ("#" n)?
 *
 * - `{ranking[Zephyr-X2].tokens}`: the `tokens` of the one row of ranking.csv that holds
 *   "Zephyr-X2" in some cell ("8.21"). `row` may name several values, separated by commas, that
 *   the row holds together (`{scores[Nova Lite 4.7, metric-a].score}`).
 * - `#n`: the n-th figure written in a cell's words (`{weekly[2026-03-30].note#1}`, the 4.6 of
 *   "its free tier (4.6T)"), or in the dataset's `title`, `about` or `limits` in story.yaml
 *   (`{ranking.limits#1}`): a figure a source states in words, quoted from where the data keeps it.
 * - derived figures, computed from the cells they name: `sum(...)`, `diff(a, b)` (a - b),
 *   `ratio(a, b)` (a / b), `max(...)`, `min(...)`, `count(...)`. Without `[row]`, `dataset.column`
 *   is every row's value (`sum(shares.pct)`); `count(dataset)` counts its rows, `count(dataset[value])`
 *   the rows that hold the value, `count(dataset.column)` the rows that report the column.
 * - `format`: `number` (the default: up to two decimals, thousands grouped), `usd`, `pct`,
 *   `tokens`, `points` (src/lib/model/format.ts), `words` ("six") and `Words` ("Six", to start a
 *   sentence).
 * - every dataset named must be one the step cites, so the credit under it names every source.
 */
import { decimals, formatPct, formatPoints, formatTokens, formatUsd } from '../../model/format.ts';
import type { LangCode } from '../../model/locale/langs.ts';
import type { GuardDataset } from './dataset.ts';
import { figuresIn, inWordsIn } from './numbers.ts';

const words = (v: number, capital: boolean, lang: LangCode): string | null => {
	const w = inWordsIn(v, lang);
	return w && capital ? w[0].toUpperCase() + w.slice(1) : w;
};

/** Each format prints a value in a language, or returns null when it cannot (words for 4.29). */
export const FORMATS: Record<string, (v: number, lang: LangCode) => string | null> = {
	number: (v) => decimals(v, 0, 2),
	usd: (v, lang) => formatUsd(v, lang),
	pct: (v, lang) => formatPct(v, 1, lang),
	tokens: (v, lang) => formatTokens(v, 2, lang),
	points: (v, lang) => formatPoints(v, 1, lang),
	words: (v, lang) => words(v, false, lang),
	Words: (v, lang) => words(v, true, lang)
};

const FUNCTIONS = ['sum', 'diff', 'ratio', 'max', 'min', 'count'] as const;
type FunctionName = (typeof FUNCTIONS)[number];
const ARITY: Record<FunctionName, [number, number]> = {
	sum: [1, Infinity],
	diff: [2, 2],
	ratio: [2, 2],
	max: [1, Infinity],
	min: [1, Infinity],
	count: [1, 1]
};

/** Braces in the words: every one is a reference (so a typo in one is never printed as typed). */
export const REFERENCE = /\{[^{}]*\}/g;

/**
 * A plain cell reference alone: what words the guard does not write out (an update's note, which
 * quotes what the page said) may not hold, and where they keep any other braces as typed.
 */
export const PLAIN_REFERENCE = /\{[a-z0-9]+(?:-[a-z0-9]+)*\[[^\]{}]+\]\.[A-Za-z0-9_]+(?:\|[a-z]+)?\}/g;

export type Value =
	| { type: 'cells'; dataset: string; selector: string[] | null; column: string; figure: number | null; source: string }
	| { type: 'call'; name: FunctionName; args: Value[] };

export interface Reference {
	/** Index of the `{` in the text, and the reference's length. */
	index: number;
	length: number;
	source: string;
	/** What it names, or why it names nothing (a mistake of syntax, in words). */
	value: Value | null;
	error: string | null;
	format: string;
}

const DATASET = /^[a-z0-9]+(?:-[a-z0-9]+)*/;
const COLUMN = /^[A-Za-z0-9_]+/;

/** Reads one value at `text[at]`; returns it and where it ends. Throws the mistake in words. */
function parseValue(text: string, at: number): [Value, number] {
	const rest = text.slice(at);
	const call = /^([a-z]+)\(/.exec(rest);
	if (call) {
		const name = call[1] as FunctionName;
		if (!FUNCTIONS.includes(name))
			throw new Error(`"${call[1]}" is no function; expected one of ${FUNCTIONS.join(', ')}`);
		const args: Value[] = [];
		let i = at + call[0].length;
		for (;;) {
			while (text[i] === ' ') i++;
			const [arg, end] = parseValue(text, i);
			args.push(arg);
			i = end;
			while (text[i] === ' ') i++;
			if (text[i] === ',') i++;
			else if (text[i] === ')') break;
			else
				throw new Error(`${name}(...) is not closed: expected "," or ")" after ${JSON.stringify(text.slice(at, i))}`);
		}
		const [least, most] = ARITY[name];
		if (args.length < least || args.length > most)
			throw new Error(
				`${name}(...) takes ${least === most ? least : `at least ${least}`} value${least === 1 && most === 1 ? '' : 's'}, got ${args.length}`
			);
		return [{ type: 'call', name, args }, i + 1];
	}
	const id = DATASET.exec(rest);
	if (!id) throw new Error(`expected a dataset id or a function at ${JSON.stringify(rest.slice(0, 20))}`);
	let i = at + id[0].length;
	let selector: string[] | null = null;
	if (text[i] === '[') {
		const close = text.indexOf(']', i);
		if (close === -1) throw new Error(`"[" after "${id[0]}" is never closed`);
		selector = text
			.slice(i + 1, close)
			.split(',')
			.map((s) => s.trim().replace(/\s+/g, ' '));
		if (selector.some((s) => s === '')) throw new Error(`an empty value in [${text.slice(i + 1, close)}]`);
		i = close + 1;
	}
	const column = text[i] === '.' ? COLUMN.exec(text.slice(i + 1)) : null;
	if (!column) {
		if (text[i] === ')' || text[i] === ',' || i === text.length) {
			// `count(dataset)`, `count(dataset[value])`: rows, not a column's values.
			return [{ type: 'cells', dataset: id[0], selector, column: '', figure: null, source: text.slice(at, i) }, i];
		}
		throw new Error(`expected ".column" after ${JSON.stringify(text.slice(at, i))}`);
	}
	i += 1 + column[0].length;
	let figure: number | null = null;
	const hash = /^#(\d+)/.exec(text.slice(i));
	if (hash) {
		figure = Number(hash[1]);
		if (figure < 1) throw new Error(`#${hash[1]}: figures are counted from #1`);
		i += hash[0].length;
	}
	return [{ type: 'cells', dataset: id[0], selector, column: column[0], figure, source: text.slice(at, i) }, i];
}

/** Parses the text between a reference's braces. */
export function parseReference(inner: string): { value: Value | null; format: string; error: string | null } {
	const text = inner.replace(/\s+/g, ' ').trim();
	const bar = text.lastIndexOf('|');
	const format = bar === -1 || text.slice(bar).includes(']') ? 'number' : text.slice(bar + 1).trim();
	const body = bar === -1 || text.slice(bar).includes(']') ? text : text.slice(0, bar).trim();
	try {
		const [value, end] = parseValue(body, 0);
		if (end !== body.length) throw new Error(`unexpected ${JSON.stringify(body.slice(end))} after the reference`);
		if (value.type === 'cells' && value.column === '')
			throw new Error(
				value.selector === null
					? `braces in the words hold a reference only: a cell, {dataset[row].column}, or a derived figure, {diff(a, b)}`
					: `rows are no figure: name a cell ({${value.dataset}[row].column}) or count them (count(${value.source}))`
			);
		if (!(format in FORMATS))
			throw new Error(`unknown format "${format}"; expected one of ${Object.keys(FORMATS).join(', ')}`);
		return { value, format, error: null };
	} catch (e) {
		return { value: null, format, error: (e as Error).message };
	}
}

export function findReferences(text: string): Reference[] {
	return [...text.matchAll(REFERENCE)].map((m) => ({
		index: m.index!,
		length: m[0].length,
		source: m[0],
		...parseReference(m[0].slice(1, -1))
	}));
}

/**
 * What a reference names, the same whether read from story.yaml's text or from the value YAML
 * reads there (where a line break is folded into a space).
 */
export function referenceKey(ref: Pick<Reference, 'source'>): string {
	return ref.source.replace(/\s+/g, '');
}

/** `text` with the references that resolved written out (`resolved`, by `referenceKey`). */
export function writeOut(text: string, resolved: ReadonlyMap<string, string>): string {
	return text.replace(REFERENCE, (source) => resolved.get(referenceKey({ source })) ?? source);
}

/** The rows of `ds` that hold every value of `selector` in some cell, as written. */
export function rowsHolding(ds: GuardDataset, selector: readonly string[]): GuardDataset['rows'] {
	return ds.rows.filter((row) => selector.every((s) => Object.values(row.cells).some((c) => c.raw === s)));
}

export type Resolved =
	{ ok: true; text: string; value: number; file: string; line: number } | { ok: false; detail: string };

/** What a reference may read: the story's datasets, the ones the step cites, their words. */
export interface ReferenceScope {
	datasets: readonly GuardDataset[];
	cited: readonly string[];
	/** A dataset's `title`, `about` or `limits` in story.yaml, for `dataset.limits#n`. */
	declared: (dataset: string, field: string) => string[] | null;
	/** The names with digits the data holds (numbers.ts `nameForms`), which are not figures. */
	names: readonly string[];
	/** The language the figure is printed in (an edition's): English when not given. */
	lang?: LangCode;
}

class Refused extends Error {}

const round = (v: number) => Math.round(v * 1e9) / 1e9;
const quote = (s: readonly string[]) => s.map((x) => JSON.stringify(x)).join(' and ');

/** The numbers a value stands for: one for a cell, several for a column or `[row]` many rows hold. */
function evaluate(v: Value, scope: ReferenceScope, where: { file: string; line: number }[], one = false): number[] {
	if (v.type === 'call') {
		if (v.name === 'count') return [count(v.args[0], scope)];
		const lists = v.args.map((a) => evaluate(a, scope, where, v.name === 'diff' || v.name === 'ratio'));
		const all = lists.flat();
		if (v.name === 'sum') return [round(all.reduce((s, x) => s + x, 0))];
		// Folded, not spread: a column may hold more values than a call takes arguments.
		if (v.name === 'max') return [all.reduce((a, b) => Math.max(a, b), -Infinity)];
		if (v.name === 'min') return [all.reduce((a, b) => Math.min(a, b), Infinity)];
		const [a, b] = lists.map((l, i) => {
			if (l.length !== 1)
				throw new Refused(`${v.name}(...) takes one value each, but its value ${i + 1} stands for ${l.length}`);
			return l[0];
		});
		if (v.name === 'diff') return [round(a - b)];
		if (b === 0) throw new Refused('ratio(...) divides by 0');
		return [a / b];
	}
	if (v.column === '') throw new Refused(`${v.source} is rows, not a figure: count them with count(${v.source})`);
	const { ds, rows } = cellsOf(v, scope);
	if (one && v.selector !== null && rows.length > 1)
		throw new Refused(
			`${rows.length} rows of ${ds.file} hold ${quote(v.selector)} (lines ${rows.map((r) => r.line).join(', ')}); add a value that tells them apart, e.g. [${[...v.selector, '...'].join(', ')}]`
		);
	if (v.figure !== null) {
		const texts =
			v.selector === null ? scope.declared(ds.id, v.column) : rows.length === 1 ? [rows[0].cells[v.column].raw] : null;
		if (texts === null)
			throw new Refused(
				v.selector === null
					? `#${v.figure} reads the words of one cell ({${ds.id}[row].${v.column}#${v.figure}}) or of the dataset's title, about or limits in story.yaml`
					: `${rows.length} rows of ${ds.file} hold ${quote(v.selector)}; #${v.figure} reads one cell`
			);
		// A cell's own words are not a name here ("3 named labs" is a label the data holds, and its 3 a figure).
		const figures = texts.flatMap((t) =>
			figuresIn(
				t,
				scope.names.filter((n) => n !== t)
			)
		);
		const f = figures[v.figure - 1];
		if (!f)
			throw new Refused(
				`${v.source}: the words hold ${figures.length} figure${figures.length === 1 ? '' : 's'}${figures.length ? ` (${figures.map((x) => x.raw).join(', ')})` : ''}, not a #${v.figure}`
			);
		if (rows.length === 1) where.push({ file: ds.file, line: rows[0].line });
		return [f.value];
	}
	const values: number[] = [];
	for (const row of rows) {
		const cell = row.cells[v.column];
		if (typeof cell.value === 'number') {
			values.push(cell.value);
			where.push({ file: ds.file, line: row.line });
		} else if (rows.length === 1 || v.selector !== null)
			throw new Refused(
				cell.value === null
					? `${ds.file}:${row.line} does not report "${v.column}"; say so in words instead`
					: `${ds.file}:${row.line} field "${v.column}" is ${JSON.stringify(cell.raw)}, not a number`
			);
	}
	if (values.length === 0) throw new Refused(`no row of ${ds.file} reports "${v.column}"`);
	return values;
}

function cellsOf(v: Extract<Value, { type: 'cells' }>, scope: ReferenceScope) {
	const ds = scope.datasets.find((d) => d.id === v.dataset);
	if (!ds)
		throw new Refused(`no dataset "${v.dataset}"; expected one of ${scope.datasets.map((d) => d.id).join(', ')}`);
	if (!scope.cited.includes(ds.id))
		throw new Refused(
			`the step does not cite "${ds.id}" (it cites ${scope.cited.join(', ') || 'nothing'}); add it to the step's cite: so its source is credited`
		);
	const declared = v.selector === null && v.figure !== null && ['title', 'about', 'limits'].includes(v.column);
	if (v.column !== '' && !declared && !ds.header.includes(v.column))
		throw new Refused(`no column "${v.column}" in ${ds.file}; expected one of ${ds.header.join(', ')}`);
	if (v.selector === null) return { ds, rows: ds.rows };
	const rows = rowsHolding(ds, v.selector);
	if (rows.length === 0) throw new Refused(`no row of ${ds.file} holds ${quote(v.selector)}`);
	return { ds, rows };
}

function count(v: Value, scope: ReferenceScope): number {
	if (v.type !== 'cells' || v.figure !== null)
		throw new Refused(
			'count(...) counts the rows of a dataset: count(dataset), count(dataset[value]) or count(dataset.column)'
		);
	const { rows } = cellsOf(v, scope);
	return v.column === '' ? rows.length : rows.filter((r) => typeof r.cells[v.column].value === 'number').length;
}

/** The figure a reference stands for, printed in its format, or why it has none. */
export function resolveReference(ref: Reference, scope: ReferenceScope): Resolved {
	const bad = (detail: string): Resolved => ({ ok: false, detail: `reference ${ref.source}: ${detail}` });
	if (ref.error !== null || ref.value === null) return bad(ref.error ?? 'it does not read');
	const where: { file: string; line: number }[] = [];
	let values: number[];
	try {
		values = evaluate(ref.value, scope, where, true);
	} catch (e) {
		if (e instanceof Refused) return bad(e.message);
		throw e;
	}
	if (values.length !== 1) {
		const v = ref.value as Extract<Value, { type: 'cells' }>;
		return bad(
			`${v.source} is every row's "${v.column}": name one row ([...]) or derive one figure (sum, max, min, count)`
		);
	}
	const [value] = values;
	const text = FORMATS[ref.format](value, scope.lang ?? 'en');
	if (text === null)
		return bad(
			`the figure is ${decimals(value, 0, 2)}, which has no ${ref.format} form (words print whole numbers from 0 to 99)`
		);
	return { ok: true, text, value, file: where[0]?.file ?? '', line: where[0]?.line ?? 0 };
}
