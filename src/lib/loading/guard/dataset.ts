/**
 * The guard's view of a story, independent of the typed schemas: a dataset is its file, its
 * declaration in story.yaml (with the guard's `checks:` and `dates:`), and its rows as records of
 * column -> raw text and plain value, each with its line. Every check of the guard reads this and
 * nothing else, so it works for any dataset a story declares, whatever its id or columns.
 *
 * `guardDatasets()` builds it from the files by path (the same map `parseStory` takes). It reads
 * leniently: a file that does not parse as CSV (another separator, a column named twice, a row
 * miscounted), or a declaration without id or file, is left out here; the loader reports those.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node as YamlNode, YAMLMap } from 'yaml';
import { MAX_DATASET_BYTES, headerProblems, readRecords, separatorProblem } from '../csv.ts';
import { ErrorList } from '../errors.ts';
import { parseNarrativeText } from '../narrative/parse.ts';

/** A cell: the text as written and what it reads as (a number, null for "not reported", or the text). */
export interface GuardCell {
	raw: string;
	value: number | string | null;
}

export interface GuardRow {
	/** 1-based line where the record starts. */
	line: number;
	cells: Record<string, GuardCell>;
}

export interface GuardDataset {
	id: string;
	/** Path relative to the project root, as story.yaml declares it. */
	file: string;
	/** Line of the dataset's entry in story.yaml (its `- id:`), and of its `file:`. */
	line: number;
	fileLine: number;
	header: string[];
	rows: GuardRow[];
	/** The entry's `checks:` and `dates:` nodes, read by plausible.ts and dates.ts; null when absent. */
	checks: YamlNode | null;
	dates: YamlNode | null;
}

/** The parsed story.yaml (the loader's, narrative/parse.ts) with its line counter, or null when it is not valid YAML. */
export interface GuardNarrative {
	file: string;
	text: string;
	doc: Document.Parsed;
	lines: LineCounter;
	/** 1-based line of a node (of its first character). */
	lineOf(node: YamlNode | null | undefined): number;
}

export function readNarrative(file: string, text: string): GuardNarrative | null {
	const { doc, lines } = parseNarrativeText(file, text);
	if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
	return {
		file,
		text,
		doc,
		lines,
		lineOf: (node) => {
			const offset = node?.range?.[0];
			return offset === undefined ? 1 : lines.linePos(offset).line;
		}
	};
}

/** A value read from a cell as plain data: a decimal number, null for "not reported", or the text. */
export function cellValue(raw: string): number | string | null {
	if (raw.toLowerCase() === 'not reported') return null;
	if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
	return raw;
}

/** The value of `key` in a YAML map node, or undefined. */
export function mapGet(map: YAMLMap | YamlNode | null | undefined, key: string): YamlNode | null | undefined {
	if (!isMap(map)) return undefined;
	const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
	return pair ? (pair.value as YamlNode | null) : undefined;
}

/** Text of a scalar node, or null. */
export function scalarText(node: YamlNode | null | undefined): string | null {
	return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : null;
}

/**
 * The datasets story.yaml declares whose file is among `files` and reads as CSV. `pathOf` turns a
 * declared `file:` into its key in `files` (a story in its own folder declares paths relative to it).
 */
export function guardDatasets(
	narrative: GuardNarrative,
	files: Record<string, string>,
	pathOf: (declared: string) => string = (f) => f
): GuardDataset[] {
	const list = mapGet(narrative.doc.contents, 'datasets');
	if (!isSeq(list)) return [];
	const out: GuardDataset[] = [];
	for (const item of list.items) {
		if (!isMap(item)) continue;
		const id = scalarText(mapGet(item, 'id'));
		const fileNode = mapGet(item, 'file');
		const declared = scalarText(fileNode);
		const file = declared === null ? null : pathOf(declared);
		// A file over the loader's size limit is refused by it; not worth scanning here.
		if (id === null || file === null || files[file] === undefined || files[file].length > MAX_DATASET_BYTES) continue;
		if (separatorProblem(files[file], file)) continue;
		const errors = new ErrorList();
		const records = readRecords(files[file], file, errors);
		if (errors.size > 0 || records.length < 2) continue;
		const [head, ...body] = records;
		const header = head.cells;
		// A header with a column named twice would read one column's cells as another's.
		if (headerProblems(header, file).length > 0 || body.some((r) => r.cells.length !== header.length)) continue;
		out.push({
			id,
			file,
			line: narrative.lineOf(item as YamlNode),
			fileLine: narrative.lineOf(fileNode),
			header,
			rows: body.map((r) => ({
				line: r.line,
				cells: Object.fromEntries(header.map((h, i) => [h, { raw: r.cells[i], value: cellValue(r.cells[i]) }]))
			})),
			checks: mapGet(item, 'checks') ?? null,
			dates: mapGet(item, 'dates') ?? null
		});
	}
	return out;
}

/** The ids of every dataset story.yaml declares, readable or not. */
export function declaredIds(narrative: GuardNarrative): string[] {
	const list = mapGet(narrative.doc.contents, 'datasets');
	return isSeq(list) ? list.items.flatMap((item) => scalarText(mapGet(item as YamlNode, 'id')) ?? []) : [];
}

/**
 * The datasets a chart declared in story.yaml reads: the values of its `data:` map (role ->
 * dataset id), in the order written; null for a chart not declared there, or declared without
 * them (the loader says so). A step that cites no datasets of its own cites these, as the loader
 * does.
 */
export function chartDatasets(narrative: GuardNarrative, chart: string): string[] | null {
	const data = mapGet(mapGet(mapGet(narrative.doc.contents, 'charts'), chart), 'data');
	if (!isMap(data)) return null;
	return data.items.flatMap((p) => scalarText(p.value as YamlNode) ?? []);
}

/** `column` of a row as a number, or null (not reported, text, or no such column). */
export function numberAt(row: GuardRow, column: string): number | null {
	const v = row.cells[column]?.value;
	return typeof v === 'number' ? v : null;
}

/**
 * Calls `fn` for every cell of a dataset (header excluded) with the line of a character of it: a
 * quoted cell may span lines, so each cell starts after the line breaks of the cells before it.
 */
export function eachCell(
	ds: GuardDataset,
	fn: (row: GuardRow, column: string, raw: string, lineAt: (index: number) => number) => void
): void {
	for (const row of ds.rows) {
		let line = row.line;
		for (const column of ds.header) {
			const raw = row.cells[column].raw;
			const first = line;
			fn(row, column, raw, (index) => first + linesBefore(raw, index));
			line += linesBefore(raw, raw.length);
		}
	}
}

/** Line breaks in `text` before `index`. */
export function linesBefore(text: string, index: number): number {
	let n = 0;
	for (let i = 0; i < index; i++) if (text[i] === '\n') n += 1;
	return n;
}
