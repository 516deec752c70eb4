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
import type { Value } from './references.ts';

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
	const declared = (id: string, field: string) => declaredWords(n, id, field);
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
		const scope = { datasets, cited: citedIds, declared, names };
		for (const { field, node } of step.texts) {
			const [start, , end] = node.range;
			const source = n.text.slice(start, end);
			const at = (index: number) => ({ file: n.file, line: lineAt(start + index), context: step.context, field });
			const resolved = new Map<string, string>();
			for (const ref of findReferences(source)) {
				const reads = ref.value ? datasetsIn(ref.value) : [];
				if (reads.some((id) => unread.has(id) || datasets.some((d) => d.id === id && skip.has(d.file)))) continue;
				const r = resolveReference(ref, scope);
				if (r.ok) {
					edits.push({ start: start + ref.index, end: start + ref.index + ref.length, text: r.text });
					resolved.set(referenceKey(ref), r.text);
				} else problems.push({ ...at(ref.index), detail: r.detail });
			}
			if (resolved.size > 0) written.set(node, writeOut(String(node.value), resolved));
			for (const f of unsure ? [] : figuresIn(source, names)) {
				problems.push({
					...at(f.index),
					detail: `the figure "${f.raw}" is written out; a figure in the words is a reference to the data, so it follows the data${hintFor(f, source, cited, scope, step.id === 'meta' ? "the story's data" : `the data the step cites (${citedIds.join(', ') || 'none'})`)}`
				});
			}
		}
	}
	let text = n.text;
	for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
	return { problems, text, written };
}
