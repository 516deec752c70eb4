/**
 * The narrative file, data/story.yaml: meta, the datasets it declares and the steps.
 *
 * Parsed with `yaml`'s document API and a LineCounter so every error names the line of the key
 * at fault. Steps are checked against the chart registry: a step that names an unknown chart,
 * state, highlight or dataset, repeats an id or misspells a key stops the build instead of
 * showing a blank or wrong chart.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, ParsedNode, YAMLMap } from 'yaml';
import { ErrorList } from './errors.ts';
import { parseCopy } from './copy.ts';
import { isHttpsUrl, isSiteRoot } from './schema.ts';
import { yamlProblem } from './yaml-errors.ts';
import { CHART_IDS } from './types.ts';
import type { ChartId, ChartWords, DatasetId, DatasetMeta, Datasets, Paragraph, Step, StoryMeta } from './types.ts';
import { slotsOf } from '../charts/words.ts';
import { siteFormProblem } from '../stills/site-address.js';
import type { ChartSpec } from '../charts/types.ts';

export const NARRATIVE_FILE = 'data/story.yaml';

export const DATASET_IDS = [
	'model-ranking',
	'top10-composition',
	'provider-share',
	'country-share',
	'weekly-tokens',
	'benchmark-metrics',
	'benchmarks',
	'prices',
	'china-share-history'
] as const satisfies readonly DatasetId[];

// The compiler checks that DATASET_IDS lists every key of Datasets.
type Missing = Exclude<DatasetId, (typeof DATASET_IDS)[number]>;
const allDatasetIds: [Missing] extends [never] ? true : Missing = true;
void allDatasetIds;

export type Charts = Record<ChartId, ChartSpec>;

const STEP_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const STEP_KEYS = ['id', 'kicker', 'chart', 'state', 'highlight', 'copy', 'notes', 'cite'] as const;
const DATASET_KEYS = ['id', 'file', 'title', 'credit', 'about', 'limits'] as const;
const META_KEYS = ['label', 'title', 'dek', 'byline', 'basedOn', 'method', 'talkMinutes', 'site'] as const;
const BASED_ON_KEYS = ['title', 'publisher', 'url', 'date'] as const;
const TOP_KEYS = ['meta', 'datasets', 'charts', 'steps'] as const;
/** `charts:` may be left out only by a registry whose charts show no words (the tests' fakes). */
const REQUIRED_TOP_KEYS = ['meta', 'datasets', 'steps'] as const;

type Node = ParsedNode | null;

function isDatasetId(s: string): s is DatasetId {
	return (DATASET_IDS as readonly string[]).includes(s);
}

function isChartId(s: string): s is ChartId {
	return (CHART_IDS as readonly string[]).includes(s);
}

/** Reads typed values out of YAML nodes, reporting each problem at its line. */
class Reader {
	constructor(
		readonly file: string,
		private readonly lines: LineCounter,
		readonly errors: ErrorList
	) {}

	line(node: Node | undefined): number {
		const offset = node?.range?.[0];
		return offset === undefined ? 1 : this.lines.linePos(offset).line;
	}

	report(node: Node | undefined, context: string | null, field: string | null, detail: string, line?: number): void {
		this.errors.add({ file: this.file, line: line ?? this.line(node), context, field, detail });
	}

	/**
	 * The keys of a map, each with its key node (for the line) and value node. Reports keys not in
	 * `allowed`. Duplicate keys are already YAML errors.
	 */
	fields(map: YAMLMap.Parsed, allowed: readonly string[], context: string | null): Map<string, { key: Node; value: Node }> {
		const out = new Map<string, { key: Node; value: Node }>();
		for (const pair of map.items) {
			const key = pair.key;
			if (!isScalar(key) || typeof key.value !== 'string') {
				this.report(key, context, null, 'keys must be plain words');
				continue;
			}
			if (!allowed.includes(key.value)) {
				this.report(key, context, key.value, `unknown field; expected one of ${allowed.join(', ')}`);
				continue;
			}
			out.set(key.value, { key, value: pair.value });
		}
		return out;
	}

	/** A required or optional non-empty string. */
	text(
		fields: Map<string, { key: Node; value: Node }>,
		name: string,
		context: string | null,
		at: Node,
		opts: { optional?: boolean } = {}
	): string | null {
		const entry = fields.get(name);
		if (!entry) {
			if (!opts.optional) this.report(at, context, name, 'missing; this field is required');
			return null;
		}
		return this.scalarText(entry.value, context, name, entry.key);
	}

	scalarText(node: Node, context: string | null, field: string, keyNode: Node): string | null {
		if (!isScalar(node) || node.value === null) {
			this.report(node ?? keyNode, context, field, `expected text, got ${describe(node)}`, node ? undefined : this.line(keyNode));
			return null;
		}
		if (typeof node.value !== 'string') {
			this.report(node, context, field, `expected text, got ${describe(node)}; put it in quotes`);
			return null;
		}
		const value = node.value.trim();
		if (value === '') {
			this.report(node, context, field, 'is empty');
			return null;
		}
		return value;
	}

	/** A list of non-empty strings (flow `[a, b]` or block `- a`). */
	textList(node: Node, context: string | null, field: string, keyNode: Node): string[] | null {
		if (!isSeq(node)) {
			this.report(node ?? keyNode, context, field, `expected a list, got ${describe(node)}`, node ? undefined : this.line(keyNode));
			return null;
		}
		const out: string[] = [];
		let ok = true;
		for (const item of node.items) {
			const s = this.scalarText(item, context, field, keyNode);
			if (s === null) ok = false;
			else out.push(s);
		}
		return ok ? out : null;
	}

	/** Copy text into paragraphs, problems reported at their own line. */
	copy(node: Node, context: string | null, field: string, keyNode: Node): Paragraph[] | null {
		const source = this.scalarText(node, context, field, keyNode);
		if (source === null || !isScalar(node)) return null;
		// A block scalar's text starts on the line after its `|` or `>`.
		const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
		const first = this.line(node) + (block ? 1 : 0);
		// Literal blocks keep their lines; other styles are checked with the folded value.
		const { paragraphs, problems } = parseCopy(node.type === 'BLOCK_LITERAL' ? String(node.value) : source);
		for (const p of problems) {
			this.report(node, context, field, p.detail, node.type === 'BLOCK_LITERAL' ? first + p.lineOffset : first);
		}
		return problems.length === 0 ? paragraphs : null;
	}
}

function describe(node: Node): string {
	if (node === null) return 'nothing';
	if (isMap(node)) return 'a map';
	if (isSeq(node)) return 'a list';
	if (isScalar(node)) {
		if (node.value === null) return 'nothing';
		return `${typeof node.value} ${JSON.stringify(node.value)}`;
	}
	return 'an alias';
}

/** The parsed YAML document with its line counter; YAML syntax errors are thrown with lines. */
export interface NarrativeDoc {
	reader: Reader;
	top: Map<string, { key: Node; value: Node }>;
	root: Node;
}

export function parseNarrative(text: string, file: string, errors: ErrorList): NarrativeDoc | null {
	const lines = new LineCounter();
	const doc: Document.Parsed = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
	const reader = new Reader(file, lines, errors);
	if (doc.errors.length > 0) {
		// One mistake (a line indented one space too far) makes the parser report five or six
		// things after it; the first, in plain words, is the one to fix.
		const first = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
		const line = first.linePos?.[0].line ?? lines.linePos(first.pos[0]).line;
		errors.add({ file, line, detail: yamlProblem(first.code, first.message) });
		return null;
	}
	const root = doc.contents;
	if (!isMap(root)) {
		reader.report(root, null, null, `expected a map with keys ${TOP_KEYS.join(', ')}, got ${describe(root)}`, 1);
		return null;
	}
	const top = reader.fields(root, TOP_KEYS, null);
	for (const key of REQUIRED_TOP_KEYS) {
		if (!top.has(key)) reader.report(root, null, key, 'missing; this section is required');
	}
	return { reader, top, root };
}

// --- meta ------------------------------------------------------------------------------------

export function readMeta(n: NarrativeDoc): StoryMeta | null {
	const { reader } = n;
	const entry = n.top.get('meta');
	if (!entry) return null;
	if (!isMap(entry.value)) {
		reader.report(entry.key, null, 'meta', `expected a map, got ${describe(entry.value)}`);
		return null;
	}
	const ctx = 'meta';
	const f = reader.fields(entry.value, META_KEYS, ctx);
	const label = reader.text(f, 'label', ctx, entry.key, { optional: true });
	const title = reader.text(f, 'title', ctx, entry.key);
	const dek = reader.text(f, 'dek', ctx, entry.key);
	const byline = reader.text(f, 'byline', ctx, entry.key);
	const methodEntry = f.get('method');
	const method = methodEntry ? reader.copy(methodEntry.value, ctx, 'method', methodEntry.key) : null;
	if (!methodEntry) reader.report(entry.key, ctx, 'method', 'missing; this field is required');

	let basedOn: StoryMeta['basedOn'] | null = null;
	const b = f.get('basedOn');
	if (!b) reader.report(entry.key, ctx, 'basedOn', 'missing; this field is required');
	else if (!isMap(b.value)) reader.report(b.key, ctx, 'basedOn', `expected a map, got ${describe(b.value)}`);
	else {
		const bctx = 'meta.basedOn';
		const bf = reader.fields(b.value, BASED_ON_KEYS, bctx);
		const bt = reader.text(bf, 'title', bctx, b.key);
		const publisher = reader.text(bf, 'publisher', bctx, b.key);
		const url = reader.text(bf, 'url', bctx, b.key);
		const date = reader.text(bf, 'date', bctx, b.key);
		let good = bt !== null && publisher !== null && url !== null && date !== null;
		if (url !== null && !isHttpsUrl(url)) {
			reader.report(bf.get('url')?.value ?? null, bctx, 'url', `expected an https:// address, got "${url}"`);
			good = false;
		} else if (url !== null && isSiteRoot(url)) {
			reader.report(bf.get('url')?.value ?? null, bctx, 'url', `"${url}" is a site's front page; link the article itself`);
			good = false;
		}
		if (date !== null && !/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(date)) {
			reader.report(bf.get('date')?.value ?? null, bctx, 'date', `expected a date YYYY-MM-DD or YYYY-MM, got "${date}"`);
			good = false;
		}
		if (good && bt && publisher && url && date) basedOn = { title: bt, publisher, url, date };
	}
	const talkMinutes = readTalkMinutes(reader, f);
	const site = reader.text(f, 'site', ctx, entry.key, { optional: true });
	const siteProblem = site === null ? null : siteFormProblem(site);
	if (siteProblem) reader.report(f.get('site')?.value ?? null, ctx, 'site', siteProblem);
	if (title === null || dek === null || byline === null || method === null || basedOn === null) return null;
	if (talkMinutes === undefined || (f.has('label') && label === null) || (f.has('site') && (site === null || siteProblem))) return null;
	return { label, title, dek, byline, basedOn, method, talkMinutes, site };
}

/**
 * The length of the talk the presenter view paces against, in whole minutes (1 to 240). Optional:
 * without it the presenter view shows the elapsed time but no pacing. `undefined` means an error
 * was reported.
 */
function readTalkMinutes(reader: Reader, f: Map<string, { key: Node; value: Node }>): number | null | undefined {
	const entry = f.get('talkMinutes');
	if (!entry) return null;
	const v = entry.value;
	if (!isScalar(v) || typeof v.value !== 'number' || !Number.isInteger(v.value) || v.value < 1 || v.value > 240) {
		reader.report(v ?? entry.key, 'meta', 'talkMinutes', `expected whole minutes from 1 to 240, got ${describe(v)}`);
		return undefined;
	}
	return v.value;
}

// --- datasets --------------------------------------------------------------------------------

/** A declared dataset and the line of its `file:` key, to report a missing file there. */
export interface DeclaredDataset {
	meta: DatasetMeta;
	fileLine: number;
}

const DATA_PATH = /^data\/[A-Za-z0-9_][A-Za-z0-9_./-]*\.csv$/;

export function readDatasets(n: NarrativeDoc, charts: Charts): DeclaredDataset[] {
	const { reader } = n;
	const entry = n.top.get('datasets');
	if (!entry) return [];
	if (!isSeq(entry.value)) {
		reader.report(entry.key, null, 'datasets', `expected a list, got ${describe(entry.value)}`);
		return [];
	}
	const out: DeclaredDataset[] = [];
	const seen = new Map<string, number>();
	entry.value.items.forEach((item, i) => {
		if (!isMap(item)) {
			reader.report(item, null, 'datasets', `entry ${i + 1}: expected a map with ${DATASET_KEYS.join(', ')}, got ${describe(item)}`);
			return;
		}
		const idEntry = item.items.find((p) => isScalar(p.key) && p.key.value === 'id');
		const rawId = idEntry && isScalar(idEntry.value) ? String(idEntry.value.value) : null;
		const ctx = rawId ? `dataset "${rawId}"` : `dataset ${i + 1}`;
		const f = reader.fields(item, DATASET_KEYS, ctx);
		const id = reader.text(f, 'id', ctx, item);
		const file = reader.text(f, 'file', ctx, item);
		const title = reader.text(f, 'title', ctx, item);
		const credit = reader.text(f, 'credit', ctx, item);
		const about = reader.text(f, 'about', ctx, item);
		const limitsEntry = f.get('limits');
		const limits = limitsEntry ? reader.textList(limitsEntry.value, ctx, 'limits', limitsEntry.key) : null;
		if (!limitsEntry) reader.report(item, ctx, 'limits', 'missing; this field is required (a list)');

		let good = true;
		if (id !== null) {
			const idNode = f.get('id')?.value ?? null;
			if (!isDatasetId(id)) {
				reader.report(idNode, ctx, 'id', `unknown dataset id; expected one of ${DATASET_IDS.join(', ')}`);
				good = false;
			} else if (seen.has(id)) {
				reader.report(idNode, ctx, 'id', `declared twice (first on line ${seen.get(id)})`);
				good = false;
			} else seen.set(id, reader.line(idNode));
		}
		if (file !== null && (!DATA_PATH.test(file) || file.split('/').includes('..'))) {
			reader.report(f.get('file')?.value ?? null, ctx, 'file', `expected a path like data/datasets/<name>.csv inside the project, got "${file}"`);
			good = false;
		}
		if (good && id !== null && isDatasetId(id) && file && title && credit && about && limits) {
			out.push({ meta: { id, file, title, credit, about, limits }, fileLine: reader.line(f.get('file')?.value ?? null) });
		}
	});

	// The page needs every dataset: each chart reads some, the sources section lists them all.
	for (const id of DATASET_IDS) {
		if (seen.has(id)) continue;
		const readers = CHART_IDS.filter((c) => charts[c].datasets.includes(id));
		const by = readers.length ? ` (read by chart ${readers.map((c) => `"${c}"`).join(', ')})` : '';
		reader.report(entry.key, null, 'datasets', `dataset "${id}" is not declared${by}`);
	}
	return out;
}

/** The `file:` of each declared dataset, read leniently: the loader uses it to know what to read. */
export function declaredFiles(text: string): string[] {
	const doc = parseDocument(text);
	const datasets = isMap(doc.contents) ? doc.contents.get('datasets', true) : null;
	if (!isSeq(datasets)) return [];
	const files: string[] = [];
	for (const item of datasets.items) {
		if (!isMap(item)) continue;
		const file = item.get('file');
		if (typeof file === 'string' && DATA_PATH.test(file) && !file.split('/').includes('..')) files.push(file);
	}
	return files;
}

// --- chart words -----------------------------------------------------------------------------

/**
 * The `charts:` section: for each chart, the words its spec lists (titles, units, legends), each
 * using only the `{slots}` the spec allows. Every chart gets a words object (empty when the
 * section has errors), shared by all the steps that show the chart.
 */
export function readChartWords(n: NarrativeDoc, charts: Charts): Record<ChartId, ChartWords> {
	const { reader } = n;
	const out = Object.fromEntries(CHART_IDS.map((c) => [c, {}])) as Record<ChartId, ChartWords>;
	const needy = CHART_IDS.filter((c) => Object.keys(charts[c].words).length > 0);
	const entry = n.top.get('charts');
	if (!entry) {
		if (needy.length) {
			reader.report(n.root, null, 'charts', `missing; this section holds the words of each chart (titles, units, legends) for ${needy.join(', ')}`);
		}
		return out;
	}
	if (!isMap(entry.value)) {
		reader.report(entry.key, null, 'charts', `expected a map of charts (${CHART_IDS.join(', ')}), got ${describe(entry.value)}`);
		return out;
	}
	const seen = reader.fields(entry.value, CHART_IDS, 'charts');
	for (const chart of needy) {
		const c = seen.get(chart);
		if (!c) {
			reader.report(entry.key, null, 'charts', `chart "${chart}" is missing; it needs the words ${Object.keys(charts[chart].words).join(', ')}`);
			continue;
		}
		const ctx = `chart "${chart}"`;
		if (!isMap(c.value)) {
			reader.report(c.key, ctx, null, `expected a map of words, got ${describe(c.value)}`);
			continue;
		}
		const spec = charts[chart].words;
		const keys = Object.keys(spec);
		const f = reader.fields(c.value, keys, ctx);
		const words: Record<string, string> = {};
		for (const key of keys) {
			const w = f.get(key);
			if (!w) {
				reader.report(c.key, ctx, key, 'missing; every word of the chart is needed');
				continue;
			}
			const text = reader.scalarText(w.value, ctx, key, w.key);
			if (text === null) continue;
			const allowed = spec[key];
			const unknown = slotsOf(text).filter((slot) => !allowed.includes(slot));
			if (unknown.length) {
				const may = allowed.length ? `it may use ${allowed.map((a) => `{${a}}`).join(', ')}` : 'it takes none';
				reader.report(w.value, ctx, key, `unknown slot ${unknown.map((u) => `{${u}}`).join(', ')}; ${may}`);
				continue;
			}
			words[key] = text;
		}
		out[chart] = words;
	}
	return out;
}

// --- steps -----------------------------------------------------------------------------------

/**
 * Reads and checks the steps. `data` holds every dataset, `usable` the ids that parsed cleanly:
 * a chart's states and keys are only asked for when all of its datasets are usable.
 */
export function readSteps(
	n: NarrativeDoc,
	charts: Charts,
	data: Datasets,
	usable: ReadonlySet<DatasetId>,
	declared: ReadonlySet<DatasetId>,
	chartWords: Record<ChartId, ChartWords>
): Step[] {
	const { reader } = n;
	const entry = n.top.get('steps');
	if (!entry) return [];
	if (!isSeq(entry.value)) {
		reader.report(entry.key, null, 'steps', `expected a list of steps, got ${describe(entry.value)}`);
		return [];
	}
	if (entry.value.items.length === 0) {
		reader.report(entry.key, null, 'steps', 'the list of steps is empty; the story needs at least one step');
		return [];
	}
	const steps: Step[] = [];
	const seenIds = new Map<string, number>();
	const statesOf = new Map<ChartId, string[] | null>();

	const chartStates = (chart: ChartId, node: Node, ctx: string): string[] | null => {
		if (!charts[chart].datasets.every((d) => usable.has(d))) return null;
		if (!statesOf.has(chart)) {
			try {
				statesOf.set(chart, charts[chart].states(data));
			} catch (e) {
				reader.report(node, ctx, 'chart', `chart "${chart}" failed to list its states: ${e instanceof Error ? e.message : String(e)}`);
				statesOf.set(chart, null);
			}
		}
		return statesOf.get(chart) ?? null;
	};

	entry.value.items.forEach((item, i) => {
		if (!isMap(item)) {
			reader.report(item, `step ${i + 1}`, null, `expected a map with ${STEP_KEYS.join(', ')}, got ${describe(item)}`);
			return;
		}
		const idPair = item.items.find((p) => isScalar(p.key) && p.key.value === 'id');
		const rawId = idPair && isScalar(idPair.value) && typeof idPair.value.value === 'string' ? idPair.value.value : null;
		const ctx = rawId ? `step "${rawId}"` : `step ${i + 1}`;
		const f = reader.fields(item, STEP_KEYS, ctx);
		let good = true;

		// id: unique, URL-safe.
		const id = reader.text(f, 'id', ctx, item);
		const idNode = f.get('id')?.value ?? null;
		if (id !== null) {
			if (!STEP_ID.test(id)) {
				reader.report(idNode, ctx, 'id', 'expected lowercase words joined by dashes, like "weekly-start"');
				good = false;
			} else if (seenIds.has(id)) {
				reader.report(idNode, ctx, 'id', `duplicate step id (first on line ${seenIds.get(id)})`);
				good = false;
			} else seenIds.set(id, reader.line(idNode));
		}

		const kicker = reader.text(f, 'kicker', ctx, item, { optional: true });
		if (f.has('kicker') && kicker === null) good = false;

		// chart: one the registry knows.
		const chartName = reader.text(f, 'chart', ctx, item);
		const chartNode = f.get('chart')?.value ?? null;
		let chart: ChartId | null = null;
		if (chartName !== null) {
			if (isChartId(chartName) && charts[chartName]) chart = chartName;
			else reader.report(chartNode, ctx, 'chart', `unknown chart "${chartName}"; expected one of ${CHART_IDS.join(', ')}`);
		}

		// state: one of the chart's states for this data.
		const state = reader.text(f, 'state', ctx, item);
		const stateNode = f.get('state')?.value ?? null;
		let stateOk = false;
		if (chart !== null && state !== null) {
			const states = chartStates(chart, chartNode, ctx);
			if (states !== null) {
				stateOk = states.includes(state);
				if (!stateOk) reader.report(stateNode, ctx, 'state', `unknown state "${state}" of chart "${chart}"; expected one of ${states.join(', ')}`);
			}
		}

		// highlight: rows the chart can emphasise in this state.
		let highlight: string[] = [];
		const hEntry = f.get('highlight');
		if (hEntry) {
			const list = reader.textList(hEntry.value, ctx, 'highlight', hEntry.key);
			if (list === null) good = false;
			else highlight = list;
			if (list !== null && chart !== null && state !== null && stateOk) {
				let keys: string[] | null = null;
				try {
					keys = charts[chart].keys(data, state);
				} catch (e) {
					reader.report(hEntry.key, ctx, 'highlight', `chart "${chart}" failed to list its keys: ${e instanceof Error ? e.message : String(e)}`);
				}
				if (keys !== null) {
					const items = isSeq(hEntry.value) ? hEntry.value.items : [];
					list.forEach((h, k) => {
						if (!keys.includes(h)) {
							reader.report(items[k] ?? hEntry.key, ctx, 'highlight', `unknown highlight "${h}" for chart "${chart}" in state "${state}"; expected one of ${keys.map((x) => JSON.stringify(x)).join(', ')}`);
						}
					});
				}
			}
		}

		// copy and notes.
		const cEntry = f.get('copy');
		const copy = cEntry ? reader.copy(cEntry.value, ctx, 'copy', cEntry.key) : null;
		if (!cEntry) reader.report(item, ctx, 'copy', 'missing; this field is required');
		const notes = reader.text(f, 'notes', ctx, item);

		// cite: declared datasets; by default the chart's own.
		let cite: DatasetId[] = chart ? [...charts[chart].datasets] : [];
		const ciEntry = f.get('cite');
		if (ciEntry) {
			const list = reader.textList(ciEntry.value, ctx, 'cite', ciEntry.key);
			if (list === null) good = false;
			else {
				const items = isSeq(ciEntry.value) ? ciEntry.value.items : [];
				cite = [];
				list.forEach((c, k) => {
					const node = items[k] ?? ciEntry.key;
					if (!isDatasetId(c)) {
						reader.report(node, ctx, 'cite', `unknown dataset "${c}"; expected one of ${DATASET_IDS.join(', ')}`);
					} else if (!declared.has(c)) {
						reader.report(node, ctx, 'cite', `dataset "${c}" is not declared under datasets:`);
					} else if (cite.includes(c)) {
						reader.report(node, ctx, 'cite', `dataset "${c}" is cited twice`);
					} else cite.push(c);
				});
				if (list.length === 0) reader.report(ciEntry.key, ctx, 'cite', 'empty list; leave cite out to cite the chart\'s datasets');
			}
		}

		if (good && id !== null && chart !== null && state !== null && copy !== null && notes !== null) {
			const step: Step = { id, kicker, chart, state, highlight, copy, notes, cite, words: chartWords[chart] };
			// Last line of defence: data that passed every check but still stops a chart from
			// drawing this step is reported here, at the step, instead of as a stack trace when the
			// page is prerendered.
			if (stateOk && charts[chart].datasets.every((d) => usable.has(d))) {
				try {
					charts[chart].text(data, step);
				} catch (e) {
					reader.report(chartNode, ctx, 'chart', `chart "${chart}" cannot draw this step from the data: ${e instanceof Error ? e.message : String(e)}`);
				}
			}
			steps.push(step);
		}
	});
	return steps;
}
