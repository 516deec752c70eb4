/**
 * A figure in a story's words is a reference into the data, or the build stops. Each step's copy
 * and notes, and the header's title, dek and method, are read from story.yaml with their lines:
 * - a reference (`{dataset[row].column}`, `{diff(a, b)}`, ...: guard/references.ts) is written
 *   out from the data, so the words say what the data says, and a derived figure is computed
 *   from the cells it names, so it cannot be written wrong;
 * - a figure written as digits or words (numbers.ts says which numbers are figures) stops the
 *   build at its line. The message proposes a reference only when it prints exactly the figure
 *   written (hints.ts), so following it never prints a different figure.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Scalar } from 'yaml';
import type { DataErrorInit } from '../errors.ts';
import type { GuardDataset, GuardNarrative } from './dataset.ts';
import { declaredIds, mapGet, scalarText } from './dataset.ts';
import { hintFor } from './hints.ts';
import { figuresIn, nameForms } from './numbers.ts';
import { findReferences, referenceKey, resolveReference, writeOut } from './references.ts';
import type { ReferenceScope, Value } from './references.ts';

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

const SHORT = 40;

/** A dataset's words in story.yaml: its `title`, `about` or `limits` (null when it has none such). */
function declaredWords(n: GuardNarrative, id: string, field: string): string[] | null {
	const list = mapGet(n.doc.contents, 'datasets');
	if (!isSeq(list) || !['title', 'about', 'limits'].includes(field)) return null;
	const item = list.items.find((d) => scalarText(mapGet(d as YamlNode, 'id')) === id) as YamlNode | undefined;
	if (!item) return null;
	const node = mapGet(item, field);
	if (isSeq(node)) return node.items.flatMap((l) => scalarText(l as YamlNode) ?? []);
	const text = scalarText(node);
	return text === null ? null : [text];
}

/** The datasets a reference reads. */
function datasetsIn(v: Value): string[] {
	return v.type === 'cells' ? [v.dataset] : v.args.flatMap(datasetsIn);
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

/** The names with digits the data holds (never figures), and a dataset's words in story.yaml: a reference's scope but the cited. */
export function storyScope(n: GuardNarrative, datasets: readonly GuardDataset[]): Omit<ReferenceScope, 'cited'> {
	const names = nameForms(
		datasets.flatMap((d) =>
			d.rows.flatMap((r) =>
				Object.values(r.cells).flatMap((c) => (typeof c.value === 'string' && c.raw.length <= SHORT ? [c.raw] : []))
			)
		)
	);
	return { datasets, declared: (id, field) => declaredWords(n, id, field), names };
}

/** What the words of one field say: their problems (by index in the text) and the references written out. */
export interface WordsCheck {
	problems: { index: number; detail: string }[];
	/** Each reference written out, by its place in the text. */
	edits: { index: number; length: number; text: string }[];
	resolved: Map<string, string>;
}

/**
 * One field's words: every reference resolved in the scope's language, and every figure written
 * out refused (unless `unsure`: a cited dataset has a problem of its own). `readsUnread` says a
 * reference reads a dataset that could not be read (the loader reports that), to leave it be.
 */
export function checkWords(
	source: string,
	scope: ReferenceScope,
	opts: { unsure: boolean; readsUnread: (ids: string[]) => boolean; dataOf: string }
): WordsCheck {
	const out: WordsCheck = { problems: [], edits: [], resolved: new Map() };
	for (const ref of findReferences(source)) {
		if (opts.readsUnread(ref.value ? datasetsIn(ref.value) : [])) continue;
		const r = resolveReference(ref, scope);
		if (r.ok) {
			out.edits.push({ index: ref.index, length: ref.length, text: r.text });
			out.resolved.set(referenceKey(ref), r.text);
		} else out.problems.push({ index: ref.index, detail: r.detail });
	}
	const cited = scope.datasets.filter((d) => scope.cited.includes(d.id));
	for (const f of opts.unsure ? [] : figuresIn(source, scope.names, scope.lang)) {
		out.problems.push({
			index: f.index,
			detail: `the figure "${f.raw}" is written out; a figure in the words is a reference to the data, so it follows the data${hintFor(f, source, cited, scope, opts.dataOf)}`
		});
	}
	return out;
}

/** Resolves the references of every step and stops at every figure written out. */
export function checkFigures(
	n: GuardNarrative,
	datasets: readonly GuardDataset[],
	datasetsOf: (chart: string) => readonly string[] | null,
	skip: ReadonlySet<string> = new Set()
): FigureCheck {
	const problems: DataErrorInit[] = [];
	const edits: { start: number; end: number; text: string }[] = [];
	const written = new Map<Scalar, string>();
	const base = storyScope(n, datasets);
	const lineAt = (offset: number) => n.lines.linePos(offset).line;
	// A dataset declared but not read here (a missing file, a CSV that does not parse, no rows) is
	// the loader's to report; the figures that need it are checked once it reads.
	const readable = new Set(datasets.map((d) => d.id));
	const ids = declaredIds(n);
	// An id declared twice names two files: which one a reference reads cannot be known, and the
	// loader says "declared twice" at its line.
	const twice = new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
	const unread = new Set(ids.filter((id) => !readable.has(id) || twice.has(id)));
	const readsUnread = (reads: string[]) =>
		reads.some((id) => unread.has(id) || datasets.some((d) => d.id === id && skip.has(d.file)));
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
		const scope = { ...base, cited: citedIds };
		const dataOf =
			step.id === 'meta' ? "the story's data" : `the data the step cites (${citedIds.join(', ') || 'none'})`;
		for (const { field, node } of step.texts) {
			const [start, , end] = node.range;
			const source = n.text.slice(start, end);
			const at = (index: number) => ({ file: n.file, line: lineAt(start + index), context: step.context, field });
			const check = checkWords(source, scope, { unsure, readsUnread, dataOf });
			for (const e of check.edits)
				edits.push({ start: start + e.index, end: start + e.index + e.length, text: e.text });
			if (check.resolved.size > 0) written.set(node, writeOut(String(node.value), check.resolved));
			for (const p of check.problems) problems.push({ ...at(p.index), detail: p.detail });
		}
	}
	let text = n.text;
	for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
	return { problems, text, written };
}
