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
import { RULES, channelsOf, isHttpsUrl, isSiteRoot, type Rule } from './schema.ts';
import { yamlProblem } from './yaml-errors.ts';
import { KIND_IDS, SHAPE_IDS } from '../model/types.ts';
import type {
	ChartOptions,
	ChartWords,
	DatasetId,
	DatasetMeta,
	Group,
	KindId,
	Paragraph,
	RoleId,
	ShapeId,
	Step,
	StoryData,
	StoryMeta
} from '../model/types.ts';
import { chartView } from '../kinds/view.ts';
import { MAX_GROUPS, colourProblem, isHexColour } from '../model/groups.ts';
import { expandKeys, slotsOf, specKey } from '../model/words.ts';
import { siteFormProblem } from '../model/site-address.js';
import type { ChartSpec } from '../kinds/types.ts';

/** The narrative's name inside a story's folder (data/stories/<slug>/story.yaml). */
export const NARRATIVE_FILE = 'story.yaml';

/** The chart kinds, by id (the registry, or a test's fakes). */
export type Charts = Record<KindId, ChartSpec>;

const STEP_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const STEP_KEYS = ['id', 'kicker', 'chart', 'state', 'highlight', 'copy', 'notes', 'cite'] as const;
/** `dates` and `checks` are read by the guard (guard/dates.ts, guard/plausible.ts). */
const DATASET_KEYS = [
	'id',
	'file',
	'title',
	'credit',
	'about',
	'limits',
	'shape',
	'columns',
	'series',
	'dates',
	'checks'
] as const;
const CHART_KEYS = ['kind', 'data', 'options', 'words'] as const;
const DATASET_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const META_KEYS = ['label', 'title', 'dek', 'byline', 'basedOn', 'method', 'talkMinutes', 'site'] as const;
const BASED_ON_KEYS = ['title', 'publisher', 'url', 'date'] as const;
const TOP_KEYS = ['meta', 'groups', 'datasets', 'rules', 'charts', 'steps'] as const;
/** `charts:` may be left out only by a registry whose charts show no words (the tests' fakes). */
const REQUIRED_TOP_KEYS = ['meta', 'groups', 'datasets', 'steps'] as const;
const GROUP_KEYS = ['id', 'label', 'tag', 'colour'] as const;
const THEMES = ['light', 'dark'] as const;

type Node = ParsedNode | null;

function isKindId(s: string): s is KindId {
	return (KIND_IDS as readonly string[]).includes(s);
}

function isShapeId(s: string): s is ShapeId {
	return (SHAPE_IDS as readonly string[]).includes(s);
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
	fields(
		map: YAMLMap.Parsed,
		allowed: readonly string[],
		context: string | null
	): Map<string, { key: Node; value: Node }> {
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
			this.report(
				node ?? keyNode,
				context,
				field,
				`expected text, got ${describe(node)}`,
				node ? undefined : this.line(keyNode)
			);
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
			this.report(
				node ?? keyNode,
				context,
				field,
				`expected a list, got ${describe(node)}`,
				node ? undefined : this.line(keyNode)
			);
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

/**
 * How messages name the i-th entry of a list of maps (groups, datasets, steps): by its `id` where it
 * has a written one (`step "intro"`), else by its place (`step 3`), so a message can name an entry
 * whose id is itself the mistake.
 */
function entryName(item: YAMLMap.Parsed, kind: string, i: number): string {
	const idPair = item.items.find((p) => isScalar(p.key) && p.key.value === 'id');
	const raw = idPair && isScalar(idPair.value) ? idPair.value.value : null;
	return typeof raw === 'string' && raw !== '' ? `${kind} "${raw}"` : `${kind} ${i + 1}`;
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
			reader.report(
				bf.get('url')?.value ?? null,
				bctx,
				'url',
				`"${url}" is a site's front page; link the article itself`
			);
			good = false;
		}
		if (date !== null && !/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(date)) {
			reader.report(
				bf.get('date')?.value ?? null,
				bctx,
				'date',
				`expected a date YYYY-MM-DD or YYYY-MM, got "${date}"`
			);
			good = false;
		}
		if (good && bt && publisher && url && date) basedOn = { title: bt, publisher, url, date };
	}
	const talkMinutes = readTalkMinutes(reader, f);
	const site = reader.text(f, 'site', ctx, entry.key, { optional: true });
	const siteProblem = site === null ? null : siteFormProblem(site);
	if (siteProblem) reader.report(f.get('site')?.value ?? null, ctx, 'site', siteProblem);
	if (title === null || dek === null || byline === null || method === null || basedOn === null) return null;
	if (
		talkMinutes === undefined ||
		(f.has('label') && label === null) ||
		(f.has('site') && (site === null || siteProblem))
	)
		return null;
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

// --- groups ----------------------------------------------------------------------------------

/**
 * The `groups:` list: one to eight groups, each with an id (as the data cells write it), a
 * label, a tag and a colour per theme that passes contrast on that theme's backgrounds.
 */
export function readGroups(n: NarrativeDoc): Group[] {
	const { reader } = n;
	const entry = n.top.get('groups');
	if (!entry) return [];
	if (!isSeq(entry.value)) {
		reader.report(
			entry.key,
			null,
			'groups',
			`expected a list of groups (${GROUP_KEYS.join(', ')}), got ${describe(entry.value)}`
		);
		return [];
	}
	const items = entry.value.items;
	if (items.length === 0 || items.length > MAX_GROUPS) {
		reader.report(entry.key, null, 'groups', `a story has 1 to ${MAX_GROUPS} groups, got ${items.length}`);
		if (items.length === 0) return [];
	}
	const out: Group[] = [];
	const seen = new Map<string, number>();
	items.forEach((item, i) => {
		if (!isMap(item)) {
			reader.report(
				item,
				null,
				'groups',
				`entry ${i + 1}: expected a map with ${GROUP_KEYS.join(', ')}, got ${describe(item)}`
			);
			return;
		}
		const ctx = entryName(item, 'group', i);
		const f = reader.fields(item, GROUP_KEYS, ctx);
		const id = reader.text(f, 'id', ctx, item);
		const label = reader.text(f, 'label', ctx, item);
		const tag = reader.text(f, 'tag', ctx, item);
		let good = id !== null && label !== null && tag !== null;
		if (id !== null) {
			const idNode = f.get('id')?.value ?? null;
			if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(id) || /^not$/i.test(id)) {
				reader.report(
					idNode,
					ctx,
					'id',
					`expected a short id of letters, digits, "-" or "_" (as the data cells write it), got "${id}"`
				);
				good = false;
			} else if (seen.has(id)) {
				reader.report(idNode, ctx, 'id', `declared twice (first on line ${seen.get(id)})`);
				good = false;
			} else seen.set(id, reader.line(idNode));
		}
		const colour: Partial<Group['colour']> = {};
		const c = f.get('colour');
		if (!c) {
			reader.report(
				item,
				ctx,
				'colour',
				`missing; give the group's colour for each theme: colour: { light: "#rrggbb", dark: "#rrggbb" }`
			);
			good = false;
		} else if (!isMap(c.value)) {
			reader.report(c.key, ctx, 'colour', `expected a map with light and dark, got ${describe(c.value)}`);
			good = false;
		} else {
			const cf = reader.fields(c.value, THEMES, `${ctx} colour`);
			for (const theme of THEMES) {
				const value = reader.text(cf, theme, `${ctx} colour`, c.key);
				const node = cf.get(theme)?.value ?? c.key;
				if (value === null) good = false;
				else if (!isHexColour(value)) {
					reader.report(node, ctx, `colour.${theme}`, `expected a colour like "#2f5fa7", got "${value}"`);
					good = false;
				} else {
					// A colour that fails contrast is reported, and the group kept: its rows still check.
					const problem = colourProblem(value.toLowerCase(), theme);
					if (problem)
						reader.report(
							node,
							ctx,
							`colour.${theme}`,
							`${id === null ? ctx : `group "${id}"`} (${label ?? ''}): ${problem}`
						);
					colour[theme] = value.toLowerCase();
				}
			}
		}
		if (good && id && label && tag && colour.light && colour.dark) {
			out.push({ id, label, tag, colour: { light: colour.light, dark: colour.dark } });
		}
	});
	return out;
}

// --- datasets --------------------------------------------------------------------------------

/** A declared dataset and the line of its `file:` key, to report a missing file there. */
export interface DeclaredDataset {
	meta: DatasetMeta;
	fileLine: number;
}

/** A dataset's `file:`, relative to the story's folder (datasets/prices.csv). */
const DATA_PATH = /^[A-Za-z0-9_][A-Za-z0-9_./-]*\.csv$/;

export function readDatasets(n: NarrativeDoc, groups: readonly Group[] = []): DeclaredDataset[] {
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
			reader.report(
				item,
				null,
				'datasets',
				`entry ${i + 1}: expected a map with ${DATASET_KEYS.join(', ')}, got ${describe(item)}`
			);
			return;
		}
		const ctx = entryName(item, 'dataset', i);
		const f = reader.fields(item, DATASET_KEYS, ctx);
		const id = reader.text(f, 'id', ctx, item);
		const file = reader.text(f, 'file', ctx, item);
		const title = reader.text(f, 'title', ctx, item);
		const credit = reader.text(f, 'credit', ctx, item);
		const about = reader.text(f, 'about', ctx, item);
		const shapeName = reader.text(f, 'shape', ctx, item);
		const limitsEntry = f.get('limits');
		const limits = limitsEntry ? reader.textList(limitsEntry.value, ctx, 'limits', limitsEntry.key) : null;
		if (!limitsEntry) reader.report(item, ctx, 'limits', 'missing; this field is required (a list)');

		let good = true;
		if (id !== null) {
			const idNode = f.get('id')?.value ?? null;
			if (!DATASET_ID.test(id)) {
				reader.report(idNode, ctx, 'id', 'expected lowercase words joined by dashes, like "weekly-values"');
				good = false;
			} else if (seen.has(id)) {
				reader.report(idNode, ctx, 'id', `declared twice (first on line ${seen.get(id)})`);
				good = false;
			} else seen.set(id, reader.line(idNode));
		}
		if (file !== null && (!DATA_PATH.test(file) || file.split('/').includes('..'))) {
			reader.report(
				f.get('file')?.value ?? null,
				ctx,
				'file',
				`expected a path like datasets/<name>.csv inside the story's folder, got "${file}"`
			);
			good = false;
		}
		let shape: ShapeId | null = null;
		if (shapeName !== null) {
			if (isShapeId(shapeName)) shape = shapeName;
			else {
				reader.report(
					f.get('shape')?.value ?? null,
					ctx,
					'shape',
					`unknown shape "${shapeName}"; expected one of ${SHAPE_IDS.join(', ')} (README: "Chart kinds")`
				);
				good = false;
			}
		}
		const columns = shape ? readColumns(reader, f.get('columns'), ctx, shape) : {};
		if (columns === null) good = false;
		const series = readSeries(reader, f.get('series'), ctx, groups);
		if (series === null) good = false;
		if (shape === 'weeks' && series === undefined) {
			reader.report(
				item,
				ctx,
				'series',
				`missing; a dataset of shape "weeks" names the column of each series: series: { ${groups.map((g) => `${g.id}: <column>`).join(', ')} }`
			);
			good = false;
		}
		if (good && id !== null && shape && columns && file && title && credit && about && limits) {
			const meta: DatasetMeta = { id, file, title, credit, about, limits, shape, columns };
			if (series) {
				meta.series = series.columns;
				meta.seriesGroups = series.groups;
			}
			out.push({ meta, fileLine: reader.line(f.get('file')?.value ?? null) });
		}
	});
	return out;
}

/** A dataset's `columns:`: channel -> the column holding it, for channels named otherwise. */
function readColumns(
	reader: Reader,
	entry: { key: Node; value: Node } | undefined,
	ctx: string,
	shape: ShapeId
): Record<string, string> | null {
	if (!entry) return {};
	const channels = channelsOf(shape);
	if (!isMap(entry.value)) {
		reader.report(
			entry.key,
			ctx,
			'columns',
			`expected a map of channel to column (columns: { ${channels[1] ?? channels[0]}: my_column }), got ${describe(entry.value)}`
		);
		return null;
	}
	const f = reader.fields(entry.value, channels, `${ctx} columns`);
	const out: Record<string, string> = {};
	let good = f.size === entry.value.items.length;
	for (const [channel, v] of f) {
		const column = reader.scalarText(v.value, ctx, `columns.${channel}`, v.key);
		if (column === null) good = false;
		else out[channel] = column;
	}
	return good ? out : null;
}

/**
 * A timeline dataset's `series:`, in the order the lines are drawn: each series id with the
 * column holding its values, and its group. `A: a_values` is a series of group A; a story with
 * more series than groups writes `north: { column: north_t, group: A }`. `undefined` when
 * absent, `null` after an error.
 */
function readSeries(
	reader: Reader,
	entry: { key: Node; value: Node } | undefined,
	ctx: string,
	groups: readonly Group[]
): { columns: Record<string, string>; groups: Record<string, string> } | undefined | null {
	if (!entry) return undefined;
	const ids = groups.map((g) => g.id);
	const example = `series: { ${ids[0] ?? 'A'}: a_column, other: { column: b_column, group: ${ids[1] ?? ids[0] ?? 'B'} } }`;
	if (!isMap(entry.value)) {
		reader.report(
			entry.key,
			ctx,
			'series',
			`expected a map of series to column (${example}), got ${describe(entry.value)}`
		);
		return null;
	}
	const columns: Record<string, string> = {};
	const of: Record<string, string> = {};
	let good = true;
	for (const pair of entry.value.items) {
		const key = pair.key as Node;
		const value = pair.value as Node;
		const id = isScalar(key) ? String(key.value) : '';
		if (!STEP_ID.test(id) && !ids.includes(id)) {
			reader.report(key, ctx, 'series', `a series id is a group id or lowercase words joined by dashes, got "${id}"`);
			good = false;
			continue;
		}
		if (isMap(value)) {
			const f = reader.fields(value, ['column', 'group'], `${ctx} series "${id}"`);
			const column = reader.text(f, 'column', `${ctx} series "${id}"`, key);
			const group = reader.text(f, 'group', `${ctx} series "${id}"`, key);
			if (group !== null && !ids.includes(group)) {
				reader.report(
					f.get('group')?.value ?? key,
					ctx,
					`series.${id}.group`,
					`unknown group "${group}"; expected one of ${ids.join(', ')}`
				);
				good = false;
			} else if (column !== null && group !== null) {
				columns[id] = column;
				of[id] = group;
			} else good = false;
		} else {
			const column = reader.scalarText(value, ctx, `series.${id}`, key);
			if (column === null) good = false;
			else if (!ids.includes(id)) {
				reader.report(
					key,
					ctx,
					`series.${id}`,
					`"${id}" is not a group id, so say its group: ${id}: { column: ${column}, group: ${ids[0] ?? 'A'} }`
				);
				good = false;
			} else {
				columns[id] = column;
				of[id] = id;
			}
		}
	}
	if (good && Object.keys(columns).length < 2) {
		reader.report(entry.key, ctx, 'series', 'a timeline needs two series or more');
		good = false;
	}
	return good ? { columns, groups: of } : null;
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

// --- rules -----------------------------------------------------------------------------------

/**
 * The `rules:` list: checks across datasets (see schema.ts `Rule`), each naming its datasets,
 * which must be declared with the shape the rule reads.
 */
export function readRules(n: NarrativeDoc, datasets: readonly DeclaredDataset[]): Rule[] {
	const { reader } = n;
	const entry = n.top.get('rules');
	if (!entry) return [];
	if (!isSeq(entry.value)) {
		reader.report(entry.key, null, 'rules', `expected a list of rules, got ${describe(entry.value)}`);
		return [];
	}
	const names = Object.keys(RULES) as Rule['rule'][];
	const out: Rule[] = [];
	entry.value.items.forEach((item, i) => {
		const ctx = `rule ${i + 1}`;
		if (!isMap(item)) {
			reader.report(item, ctx, null, `expected a map like { rule: ${names[0]}, ... }, got ${describe(item)}`);
			return;
		}
		const namePair = item.items.find((p) => isScalar(p.key) && p.key.value === 'rule');
		const name = namePair && isScalar(namePair.value) ? String(namePair.value.value) : null;
		if (name === null || !names.includes(name as Rule['rule'])) {
			reader.report(
				namePair?.value ?? item,
				ctx,
				'rule',
				`expected one of ${names.join(', ')}, got ${name === null ? 'nothing' : `"${name}"`}`
			);
			return;
		}
		const needs: Record<string, ShapeId> = RULES[name as Rule['rule']];
		const f = reader.fields(item, ['rule', ...Object.keys(needs)], `rule "${name}"`);
		const rule: Record<string, string> = { rule: name };
		let good = true;
		for (const [key, shape] of Object.entries(needs)) {
			const id = reader.text(f, key, `rule "${name}"`, item);
			if (id === null) {
				good = false;
				continue;
			}
			const d = datasets.find((x) => x.meta.id === id);
			const node = f.get(key)?.value ?? item;
			if (!d) {
				reader.report(node, `rule "${name}"`, key, `dataset "${id}" is not declared under datasets:`);
				good = false;
			} else if (d.meta.shape !== shape) {
				reader.report(
					node,
					`rule "${name}"`,
					key,
					`dataset "${id}" has shape "${d.meta.shape}"; this rule reads a dataset of shape "${shape}"`
				);
				good = false;
			} else rule[key] = id;
		}
		if (good) out.push(rule as unknown as Rule);
	});
	return out;
}

// --- charts ----------------------------------------------------------------------------------

/** A chart the story declares: its kind, its roles bound to datasets, options and words. */
export interface ChartDecl {
	id: string;
	/** Its declaration had errors (reported at their lines): steps naming it are not checked further. */
	broken?: boolean;
	kind: KindId;
	bind: Partial<Record<RoleId, DatasetId>>;
	options: ChartOptions;
	words: ChartWords;
}

/**
 * The `charts:` section: each chart the steps may name, with its `kind`, its `data` (each role
 * of the kind bound to a declared dataset of the role's shape), its `options` and its `words`
 * (titles, units, legends; each using only the `{slots}` the kind allows, per-group words once
 * per group, in the order written).
 */
export function readCharts(
	n: NarrativeDoc,
	kinds: Charts,
	groups: readonly Group[],
	datasets: readonly DeclaredDataset[]
): Map<string, ChartDecl> | null {
	const { reader } = n;
	const groupIds = groups.map((g) => g.id);
	const out = new Map<string, ChartDecl>();
	const entry = n.top.get('charts');
	if (!entry) {
		reader.report(
			n.root,
			null,
			'charts',
			`missing; this section declares the charts the steps show (kind, data, words)`
		);
		return null;
	}
	if (!isMap(entry.value)) {
		reader.report(entry.key, null, 'charts', `expected a map of charts by id, got ${describe(entry.value)}`);
		return null;
	}
	for (const pair of entry.value.items) {
		const key = pair.key as Node;
		if (!isScalar(key) || typeof key.value !== 'string' || !STEP_ID.test(key.value)) {
			reader.report(key, 'charts', null, 'a chart id is lowercase words joined by dashes, like "weekly"');
			continue;
		}
		const id = key.value;
		const ctx = `chart "${id}"`;
		const value = pair.value as Node;
		if (!isMap(value)) {
			reader.report(key, ctx, null, `expected a map with ${CHART_KEYS.join(', ')}, got ${describe(value)}`);
			continue;
		}
		const f = reader.fields(value, CHART_KEYS, ctx);
		const kindName = reader.text(f, 'kind', ctx, key);
		if (kindName === null || !isKindId(kindName) || !kinds[kindName]) {
			if (kindName !== null)
				reader.report(
					f.get('kind')?.value ?? key,
					ctx,
					'kind',
					`unknown kind "${kindName}"; expected one of ${KIND_IDS.join(', ')}`
				);
			out.set(id, { id, broken: true, kind: KIND_IDS[0], bind: {}, options: {}, words: {} });
			continue;
		}
		const kind = kinds[kindName];
		let good = true;

		// data: each role of the kind, bound to a declared dataset of its shape.
		const bind: Partial<Record<RoleId, DatasetId>> = {};
		const roles = Object.keys(kind.roles) as RoleId[];
		const dEntry = f.get('data');
		if (!dEntry) {
			reader.report(
				key,
				ctx,
				'data',
				`missing; bind the kind's roles to datasets: data: { ${roles.map((r) => `${r}: <dataset id>`).join(', ')} }`
			);
			good = false;
		} else if (!isMap(dEntry.value)) {
			reader.report(
				dEntry.key,
				ctx,
				'data',
				`expected a map of role to dataset id (${roles.join(', ')}), got ${describe(dEntry.value)}`
			);
			good = false;
		} else {
			const df = reader.fields(dEntry.value, roles, `${ctx} data`);
			if (df.size !== dEntry.value.items.length) good = false;
			for (const role of roles) {
				const spec = kind.roles[role]!;
				const r = df.get(role);
				if (!r) {
					if (!spec.optional) {
						reader.report(
							dEntry.key,
							ctx,
							`data.${role}`,
							`missing; kind "${kindName}" needs ${spec.about} (a dataset of shape "${spec.shape}")`
						);
						good = false;
					}
					continue;
				}
				const dsId = reader.scalarText(r.value, ctx, `data.${role}`, r.key);
				if (dsId === null) {
					good = false;
					continue;
				}
				const d = datasets.find((x) => x.meta.id === dsId);
				if (!d) {
					reader.report(r.value, ctx, `data.${role}`, `dataset "${dsId}" is not declared under datasets:`);
					good = false;
				} else if (d.meta.shape !== spec.shape) {
					reader.report(
						r.value,
						ctx,
						`data.${role}`,
						`dataset "${dsId}" has shape "${d.meta.shape}"; the role "${role}" of kind "${kindName}" reads ${spec.about}, a dataset of shape "${spec.shape}"`
					);
					good = false;
				} else bind[role] = dsId;
			}
		}

		// options the kind reads.
		const options: ChartOptions = {};
		const oEntry = f.get('options');
		if (oEntry) {
			if (!isMap(oEntry.value)) {
				reader.report(oEntry.key, ctx, 'options', `expected a map, got ${describe(oEntry.value)}`);
				good = false;
			} else {
				const allowed = kind.options as readonly string[];
				const of = reader.fields(oEntry.value, allowed, `${ctx} options`);
				if (of.size !== oEntry.value.items.length) good = false;
				const better = of.get('better');
				if (better) {
					const v = isScalar(better.value) ? better.value.value : null;
					if (v === 'higher' || v === 'lower') options.better = v;
					else {
						reader.report(
							better.value ?? better.key,
							ctx,
							'options.better',
							`expected higher or lower, got ${describe(better.value)}`
						);
						good = false;
					}
				}
				const start = of.get('start');
				if (start) {
					const v = isScalar(start.value) ? start.value.value : null;
					if (typeof v === 'number' && Number.isFinite(v)) options.start = v;
					else {
						reader.report(
							start.value ?? start.key,
							ctx,
							'options.start',
							`expected a number (where the axis starts), got ${describe(start.value)}`
						);
						good = false;
					}
				}
			}
		}

		// A timeline's series ids and groups, from its dataset.
		const weeks = bind.weeks ? datasets.find((x) => x.meta.id === bind.weeks)?.meta : undefined;
		const seriesIds = Object.keys(weeks?.series ?? {});
		if (weeks?.seriesGroups) options.seriesGroups = weeks.seriesGroups;

		// words.
		const words = readWords(reader, f.get('words'), key, ctx, kind, groupIds, seriesIds);
		if (words === null) good = false;
		out.set(id, { id, kind: kindName, bind, options, words: words ?? {}, ...(good && words ? {} : { broken: true }) });
	}
	return out;
}

/** A chart's `words:`, checked against its kind's word spec (see model/words.ts). */
function readWords(
	reader: Reader,
	entry: { key: Node; value: Node } | undefined,
	chartKey: Node,
	ctx: string,
	kind: ChartSpec,
	groupIds: readonly string[],
	seriesIds: readonly string[]
): ChartWords | null {
	const spec = kind.words;
	const keys = expandKeys(spec, groupIds, seriesIds);
	if (!entry) {
		if (keys.length === 0) return {};
		reader.report(chartKey, ctx, 'words', `missing; kind "${kind.id}" needs the words ${keys.join(', ')}`);
		return null;
	}
	if (!isMap(entry.value)) {
		reader.report(entry.key, ctx, 'words', `expected a map of words, got ${describe(entry.value)}`);
		return null;
	}
	// In the order written: per-group words (a legend) keep the editors' order.
	const f = reader.fields(entry.value, keys, ctx);
	let good = f.size === entry.value.items.length;
	const words: Record<string, string> = {};
	for (const [key, w] of f) {
		const text = reader.scalarText(w.value, ctx, key, w.key);
		if (text === null) {
			good = false;
			continue;
		}
		const allowed = spec[specKey(spec, key, groupIds, seriesIds) ?? key] ?? [];
		const unknown = slotsOf(text).filter((slot) => !allowed.includes(slot));
		if (unknown.length) {
			const may = allowed.length ? `it may use ${allowed.map((a) => `{${a}}`).join(', ')}` : 'it takes none';
			reader.report(w.value, ctx, key, `unknown slot ${unknown.map((u) => `{${u}}`).join(', ')}; ${may}`);
			good = false;
			continue;
		}
		words[key] = text;
	}
	for (const key of keys) {
		if (!f.has(key)) {
			reader.report(entry.key, ctx, key, 'missing; every word of the chart is needed');
			good = false;
		}
	}
	return good ? words : null;
}

// --- steps -----------------------------------------------------------------------------------

/**
 * Reads and checks the steps. `data` holds every dataset, `usable` the ids that parsed cleanly:
 * a chart's states and keys are only asked for when all of its datasets are usable.
 */
export function readSteps(
	n: NarrativeDoc,
	kinds: Charts,
	data: StoryData,
	usable: ReadonlySet<DatasetId>,
	declared: ReadonlySet<DatasetId>,
	charts: ReadonlyMap<string, ChartDecl> | null,
	groups: readonly Group[] = []
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
	const statesOf = new Map<string, string[] | null>();
	// A chart's states and keys are asked for only when every dataset it reads parsed cleanly.
	const ready = (chart: ChartDecl) => Object.values(chart.bind).every((d) => usable.has(d));

	const chartStates = (chart: ChartDecl, node: Node, ctx: string): string[] | null => {
		if (!ready(chart)) return null;
		if (!statesOf.has(chart.id)) {
			try {
				statesOf.set(chart.id, kinds[chart.kind].states(chartView(data, chart), groups));
			} catch (e) {
				reader.report(
					node,
					ctx,
					'chart',
					`chart "${chart.id}" failed to list its states: ${e instanceof Error ? e.message : String(e)}`
				);
				statesOf.set(chart.id, null);
			}
		}
		return statesOf.get(chart.id) ?? null;
	};

	entry.value.items.forEach((item, i) => {
		if (!isMap(item)) {
			reader.report(item, `step ${i + 1}`, null, `expected a map with ${STEP_KEYS.join(', ')}, got ${describe(item)}`);
			return;
		}
		const ctx = entryName(item, 'step', i);
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

		// chart: one the story declares under charts:.
		const chartName = reader.text(f, 'chart', ctx, item);
		const chartNode = f.get('chart')?.value ?? null;
		let chart: ChartDecl | null = null;
		// Without a charts: section (reported once) or with a broken chart, the step is not checked further.
		if (chartName !== null && charts !== null) {
			chart = charts.get(chartName) ?? null;
			if (!chart)
				reader.report(
					chartNode,
					ctx,
					'chart',
					`unknown chart "${chartName}"; expected one of ${[...charts.keys()].join(', ')} (declared under charts:)`
				);
			else if (chart.broken) chart = null;
		}

		// state: one of the chart's states for this data.
		const state = reader.text(f, 'state', ctx, item);
		const stateNode = f.get('state')?.value ?? null;
		let stateOk = false;
		if (chart !== null && state !== null) {
			const states = chartStates(chart, chartNode, ctx);
			if (states !== null) {
				stateOk = states.includes(state);
				if (!stateOk)
					reader.report(
						stateNode,
						ctx,
						'state',
						`unknown state "${state}" of chart "${chart.id}"; expected one of ${states.join(', ')}`
					);
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
					keys = kinds[chart.kind].keys(chartView(data, chart), state, groups);
				} catch (e) {
					reader.report(
						hEntry.key,
						ctx,
						'highlight',
						`chart "${chart.id}" failed to list its keys: ${e instanceof Error ? e.message : String(e)}`
					);
				}
				if (keys !== null) {
					const items = isSeq(hEntry.value) ? hEntry.value.items : [];
					list.forEach((h, k) => {
						if (!keys.includes(h)) {
							reader.report(
								items[k] ?? hEntry.key,
								ctx,
								'highlight',
								`unknown highlight "${h}" for chart "${chart.id}" in state "${state}"; expected one of ${keys.map((x) => JSON.stringify(x)).join(', ')}`
							);
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
		let cite: DatasetId[] = chart ? Object.values(chart.bind) : [];
		const ciEntry = f.get('cite');
		if (ciEntry) {
			const list = reader.textList(ciEntry.value, ctx, 'cite', ciEntry.key);
			if (list === null) good = false;
			else {
				const items = isSeq(ciEntry.value) ? ciEntry.value.items : [];
				cite = [];
				list.forEach((c, k) => {
					const node = items[k] ?? ciEntry.key;
					if (!declared.has(c)) {
						reader.report(
							node,
							ctx,
							'cite',
							`unknown dataset "${c}"; expected one of ${[...declared].join(', ')} (declared under datasets:)`
						);
					} else if (cite.includes(c)) {
						reader.report(node, ctx, 'cite', `dataset "${c}" is cited twice`);
					} else cite.push(c);
				});
				if (list.length === 0)
					reader.report(ciEntry.key, ctx, 'cite', "empty list; leave cite out to cite the chart's datasets");
			}
		}

		if (good && id !== null && chart !== null && state !== null && copy !== null && notes !== null) {
			const step: Step = {
				id,
				kicker,
				chart: chart.id,
				kind: chart.kind,
				bind: chart.bind,
				options: chart.options,
				state,
				highlight,
				copy,
				notes,
				cite,
				words: chart.words,
				groups
			};
			// Last line of defence: data that passed every check but still stops a chart from
			// drawing this step is reported here, at the step, instead of as a stack trace when the
			// page is prerendered.
			if (stateOk && ready(chart)) {
				try {
					kinds[chart.kind].text(chartView(data, step), step);
				} catch (e) {
					reader.report(
						chartNode,
						ctx,
						'chart',
						`chart "${chart.id}" cannot draw this step from the data: ${e instanceof Error ? e.message : String(e)}`
					);
				}
			}
			steps.push(step);
		}
	});
	return steps;
}
