/**
 * Figures in a step's words come from the data. Each step's copy and notes are read from
 * story.yaml with their lines:
 * - a reference (`{dataset[row].column}`, guard/references.ts) is written out from the data, so
 *   the words say what the chart says;
 * - a figure written out (numbers.ts says which numbers are figures) must be a value the step's
 *   cited datasets hold (a cell, or a number in a cell's words, or in the dataset's title, about
 *   or limits) or derive: a column's total or its totals by group (the shares of one group's parts), the
 *   difference or ratio of two values of a column, a count of rows. (Not across the columns of
 *   a row: a rank of 1 and 9.21 tokens would derive 8.21.) It must equal
 *   the value rounded to the decimals it is written with, dropping one at most and never all
 *   (4.908 is "4.91" or "4.9", 12.96 is not "13").
 * A mismatch stops the build naming the step, the line and the figure, with the reference that
 * would take it from the data when a value within its rounding exists (see `nearest`).
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Scalar } from 'yaml';
import { decimals } from '../../model/format.ts';
import type { DataErrorInit } from '../errors.ts';
import type { GuardDataset, GuardNarrative, GuardRow } from './dataset.ts';
import { declaredIds, mapGet, scalarText } from './dataset.ts';
import { figuresIn, nameForms } from './numbers.ts';
import type { Figure } from './numbers.ts';
import { findReferences, referenceKey, resolveReference, writeOut } from './references.ts';

/** The fields of a step whose words are checked and may hold references. */
const WORD_FIELDS = ['copy', 'notes'] as const;
const META_FIELDS = ['title', 'dek', 'method'] as const;

export interface GuardStep {
	id: string;
	context: string;
	/** The datasets the step cites: its `cite:`, or its chart's; null when its chart is unknown. */
	cited: string[] | null;
	/** The chart it shows, as named (null for the header, or a step without one). */
	chart: string | null;
	texts: { field: string; node: Scalar.Parsed }[];
}

/** The words whose figures are checked: each step's, and the header's (which cites every dataset). */
export function guardSteps(n: GuardNarrative, datasetsOf: (chart: string) => readonly string[] | null): GuardStep[] {
	const list = mapGet(n.doc.contents, 'steps');
	const meta = mapGet(n.doc.contents, 'meta');
	const all = mapGet(n.doc.contents, 'datasets');
	const header: GuardStep[] = isMap(meta)
		? [
				{
					id: 'meta',
					context: 'meta',
					cited: isSeq(all) ? all.items.flatMap((d) => scalarText(mapGet(d as YamlNode, 'id')) ?? []) : [],
					chart: null,
					texts: META_FIELDS.flatMap((field) => {
						const node = mapGet(meta, field);
						return isScalar(node) && typeof node.value === 'string' ? [{ field, node: node as Scalar.Parsed }] : [];
					})
				}
			]
		: [];
	if (!isSeq(list)) return header;
	return [
		...header,
		...list.items.flatMap((item, i) => {
			if (!isMap(item)) return [];
			const id = scalarText(mapGet(item, 'id')) ?? String(i + 1);
			const cite = mapGet(item, 'cite');
			const chart = scalarText(mapGet(item, 'chart'));
			const ofChart = chart ? datasetsOf(chart) : [];
			const cited = isSeq(cite) ? cite.items.flatMap((c) => scalarText(c as YamlNode) ?? []) : ofChart && [...ofChart];
			const texts = WORD_FIELDS.flatMap((field) => {
				const node = mapGet(item, field);
				return isScalar(node) && typeof node.value === 'string' ? [{ field, node: node as Scalar.Parsed }] : [];
			});
			return [{ id, context: `step "${id}"`, cited, chart, texts }];
		})
	];
}

// --- what the data holds and derives -------------------------------------------------------

interface Candidate {
	value: number;
	/** Where it comes from, for the message: `data/stories/<slug>/datasets/x.csv:3 "tokens_t"` or a derivation. */
	from: string;
	/**
	 * held: a value of the data, which a figure may round by one decimal (4.908 as "4.91", not
	 * 12.96 as "13"); exact: a total, difference or count, which a figure must give exactly
	 * (so 4.12 - 2.94 = 1.18 is no source for a "1.2"); ratio: rounded to the figure's decimals.
	 */
	kind: 'held' | 'exact' | 'ratio';
	ds?: GuardDataset;
	row?: GuardRow;
	column?: string;
}

const ISO_DATE = /^\d{4}-\d{2}(-\d{2})?$/;
const SHORT = 40;

/** Columns of short words (ids, names, groups): what rows are grouped by and named with. */
function shortTextColumns(ds: GuardDataset): string[] {
	return ds.header.filter(
		(c) =>
			c !== 'url' &&
			ds.rows.every((r) => typeof r.cells[c].value !== 'number' && r.cells[c].raw.length <= SHORT) &&
			ds.rows.some((r) => typeof r.cells[c].value === 'string')
	);
}

function numericColumns(ds: GuardDataset): string[] {
	return ds.header.filter((c) => ds.rows.some((r) => typeof r.cells[c].value === 'number'));
}

export function candidatesOf(ds: GuardDataset, declared: string[], names: readonly string[] = []): Candidate[] {
	const out: Candidate[] = [];
	const numeric = numericColumns(ds);
	for (const row of ds.rows) {
		for (const column of ds.header) {
			const cell = row.cells[column];
			if (typeof cell.value === 'number')
				out.push({ value: cell.value, from: `${ds.file}:${row.line} "${column}"`, kind: 'held', ds, row, column });
			else if (typeof cell.value === 'string' && column !== 'url' && !ISO_DATE.test(cell.raw)) {
				for (const f of figuresIn(cell.raw, names))
					out.push({ value: f.value, from: `${ds.file}:${row.line} "${column}" (in its words)`, kind: 'held' });
			}
		}
	}
	for (const text of declared)
		for (const f of figuresIn(text, names))
			out.push({ value: f.value, from: `dataset "${ds.id}" in story.yaml`, kind: 'held' });

	const groups = shortTextColumns(ds);
	out.push({ value: ds.rows.length, from: `the count of rows of ${ds.file}`, kind: 'exact' });
	for (const column of numeric) {
		const cells = ds.rows.flatMap((r) =>
			typeof r.cells[column].value === 'number' ? [r.cells[column].value as number] : []
		);
		out.push({ value: sum(cells), from: `the total of "${column}" in ${ds.file}`, kind: 'exact' });
		out.push({ value: cells.length, from: `the count of reported "${column}" in ${ds.file}`, kind: 'exact' });
		for (const a of cells) for (const b of cells) if (a > b) out.push(...derive(a, b, `"${column}" of ${ds.file}`));
		for (const g of groups) {
			const by = new Map<string, number[]>();
			for (const r of ds.rows) {
				const v = r.cells[column].value;
				if (typeof v !== 'number') continue;
				const key = r.cells[g].raw;
				by.set(key, [...(by.get(key) ?? []), v]);
			}
			for (const [key, vs] of by) {
				out.push({
					value: sum(vs),
					from: `the total of "${column}" where "${g}" is ${key} in ${ds.file}`,
					kind: 'exact'
				});
				out.push({ value: vs.length, from: `the count of rows where "${g}" is ${key} in ${ds.file}`, kind: 'exact' });
			}
		}
	}
	return out;
}

function sum(values: number[]): number {
	return Math.round(values.reduce((s, v) => s + v, 0) * 1e9) / 1e9;
}

function derive(a: number, b: number, where: string): Candidate[] {
	const out: Candidate[] = [
		{ value: Math.round((a - b) * 1e9) / 1e9, from: `a difference in ${where}`, kind: 'exact' }
	];
	if (b > 0) out.push({ value: a / b, from: `a ratio in ${where}`, kind: 'ratio' });
	return out;
}

/** Decimals of a value in its shortest form (3.00 has none, 12.96 two). */
function decimalsOf(value: number): number {
	const [, frac = ''] = String(Math.round(value * 1e9) / 1e9).split('.');
	return frac.length;
}

/** Does the figure, as written, stand for this value (see `Candidate.kind`)? */
export function sameFigure(f: Pick<Figure, 'value' | 'decimals'>, c: Pick<Candidate, 'value' | 'kind'>): boolean {
	const rounded =
		decimals(c.value, f.decimals, f.decimals).replace(/,/g, '') ===
		decimals(f.value, f.decimals, f.decimals).replace(/,/g, '');
	if (!rounded) return false;
	// One decimal dropped at most, and never all of them: 4.908 may read "4.91", 4.7 not "5".
	if (c.kind === 'held') return decimalsOf(c.value) <= (f.decimals === 0 ? 0 : f.decimals + 1);
	if (c.kind === 'exact') return Math.abs(c.value - f.value) < 1e-6;
	return f.decimals >= 1 || Math.abs(c.value - f.value) < 1e-6;
}

/** A row's shortest unique value, to suggest a reference to it. */
function selectorFor(ds: GuardDataset, row: GuardRow): string {
	for (const c of ds.header) {
		const raw = row.cells[c].raw;
		if (typeof row.cells[c].value !== 'string' || raw.includes(',') || raw.includes(']')) continue;
		if (ds.rows.filter((r) => Object.values(r.cells).some((x) => x.raw === raw)).length === 1) return raw;
	}
	return row.cells[ds.header[0]].raw;
}

/**
 * The held value to propose for a figure the data does not hold, or null: only one within the
 * figure's rounding (4.64 for "4.6"), the closest. Any other would print another figure than the
 * one written (2.70 for "4.6", 17.3 for a 9.5-point gap): following such a hint would publish a
 * wrong figure, so there is none.
 */
function nearest(f: Figure, candidates: Candidate[]): Candidate | null {
	const within = 0.5 * 10 ** -f.decimals + 1e-9;
	let best: Candidate | null = null;
	for (const c of candidates) {
		if (c.kind !== 'held' || !c.row || Math.abs(c.value - f.value) > within) continue;
		if (!best || Math.abs(c.value - f.value) < Math.abs(best.value - f.value)) best = c;
	}
	return best;
}

function declaredWords(n: GuardNarrative, id: string): string[] {
	const list = mapGet(n.doc.contents, 'datasets');
	if (!isSeq(list)) return [];
	const item = list.items.find((d) => scalarText(mapGet(d as YamlNode, 'id')) === id) as YamlNode | undefined;
	if (!item) return [];
	const limits = mapGet(item, 'limits');
	const texts = ['title', 'about'].flatMap((k) => scalarText(mapGet(item, k)) ?? []);
	if (isSeq(limits)) texts.push(...limits.items.flatMap((l) => scalarText(l as YamlNode) ?? []));
	return texts;
}

/**
 * The numbers the step's chart is declared with in story.yaml (`options: { start: 60 }`, where
 * its axis starts): the chart shows them, so the words may name them.
 */
function optionCandidates(n: GuardNarrative, chart: string | null): Candidate[] {
	const options = chart === null ? null : mapGet(mapGet(mapGet(n.doc.contents, 'charts'), chart), 'options');
	if (!isMap(options)) return [];
	return options.items.flatMap((p) => {
		const key = scalarText(p.key as YamlNode);
		const value = isScalar(p.value) ? p.value.value : null;
		return typeof value === 'number'
			? [{ value, from: `chart "${chart}" option "${key}" in story.yaml`, kind: 'held' as const }]
			: [];
	});
}

export interface FigureCheck {
	problems: DataErrorInit[];
	/** story.yaml with every reference written out (same lines). */
	text: string;
	/**
	 * The words with references written out, by their node of the shared document: what the loader
	 * reads there, so it needs no second parse of the written-out text.
	 */
	written: Map<Scalar, string>;
}

/** Resolves the references of every step and checks the figures written out. */
export function checkFigures(
	n: GuardNarrative,
	datasets: readonly GuardDataset[],
	datasetsOf: (chart: string) => readonly string[] | null,
	skip: ReadonlySet<string> = new Set()
): FigureCheck {
	const problems: DataErrorInit[] = [];
	const edits: { start: number; end: number; text: string }[] = [];
	const written = new Map<Scalar, string>();
	const names = nameForms(
		datasets.flatMap((d) =>
			d.rows.flatMap((r) =>
				Object.values(r.cells).flatMap((c) => (typeof c.value === 'string' && c.raw.length <= SHORT ? [c.raw] : []))
			)
		)
	);
	const lineAt = (offset: number) => n.lines.linePos(offset).line;
	// A dataset declared but not read here (a missing file, a CSV that does not parse, no rows) is
	// the loader's to report; the figures that need it are checked once it reads.
	const readable = new Set(datasets.map((d) => d.id));
	const ids = declaredIds(n);
	// An id declared twice names two files: which one a reference reads cannot be known, and the
	// loader says "declared twice" at its line.
	const twice = new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
	const unread = new Set(ids.filter((id) => !readable.has(id) || twice.has(id)));
	for (const step of guardSteps(n, datasetsOf)) {
		// A step whose chart is not declared (or declares no data) cites nothing known: the loader
		// names the chart; its figures are checked once the step's datasets are known. So is a step
		// that cites an id not declared (a typo in its cite:): the loader names the id, and its
		// references are not blamed for citing what the typo does not.
		if (step.cited === null || step.cited.some((id) => !ids.includes(id))) continue;
		const { cited: citedIds } = step;
		const cited = datasets.filter((d) => citedIds.includes(d.id));
		// A cited dataset with a problem of its own (a slipped value) is reported at its line; the
		// step's figures are checked once it is fixed.
		const unsure = cited.some((d) => skip.has(d.file)) || citedIds.some((id) => unread.has(id));
		const candidates = [
			...cited.flatMap((d) => candidatesOf(d, declaredWords(n, d.id), names)),
			...optionCandidates(n, step.chart)
		];
		for (const { field, node } of step.texts) {
			const [start, , end] = node.range;
			const source = n.text.slice(start, end);
			const at = (index: number) => ({ file: n.file, line: lineAt(start + index), context: step.context, field });
			const resolved = new Map<string, string>();
			for (const ref of findReferences(source)) {
				if (unread.has(ref.dataset) || datasets.some((d) => d.id === ref.dataset && skip.has(d.file))) continue;
				const r = resolveReference(ref, datasets, citedIds);
				if (r.ok) {
					edits.push({ start: start + ref.index, end: start + ref.index + ref.length, text: r.text });
					resolved.set(referenceKey(ref), r.text);
				} else problems.push({ ...at(ref.index), detail: r.detail });
			}
			if (resolved.size > 0) written.set(node, writeOut(String(node.value), resolved));
			for (const f of unsure ? [] : figuresIn(source, names)) {
				if (candidates.some((c) => sameFigure(f, c))) continue;
				const near = nearest(f, candidates);
				const cites = citedIds.join(', ') || 'none';
				const hint =
					near?.ds && near.row && near.column
						? `; the nearest the data holds is ${near.row.cells[near.column].raw} (${near.from}): if that is the figure, write it as {${near.ds.id}[${selectorFor(near.ds, near.row)}].${near.column}} so it comes from the data`
						: '';
				problems.push({
					...at(f.index),
					detail: `the figure ${f.raw} is not in ${step.id === 'meta' ? "the story's data" : `the data the step cites (${cites})`}, nor a total, difference, ratio or count of it${hint}; correct the figure or the data`
				});
			}
		}
	}
	let text = n.text;
	for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
	return { problems, text, written };
}
