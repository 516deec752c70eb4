/**
 * The story from its files, validated: `parseStory` takes the files' text by path and returns
 * the typed `Story`, or throws every problem found (a DataError, or DataErrors for several).
 *
 * Pure (no file system) so unit tests feed it strings; `load.server.ts` reads the disk.
 * Order: the narrative's head (meta, datasets), then each dataset file, then checks across
 * datasets, then the steps against the chart registry and the data.
 */
import { KINDS } from '../kinds/registry.ts';
import { parseCsv } from './csv.ts';
import { DataError, ErrorList } from './errors.ts';
import { NARRATIVE_FILE, parseNarrative } from './narrative/document.ts';
import { readMeta } from './narrative/meta.ts';
import { readGroups } from './narrative/groups.ts';
import { declaredFiles, readDatasets } from './narrative/datasets.ts';
import { readRules } from './narrative/rules.ts';
import { readCharts } from './narrative/charts.ts';
import type { Charts } from './narrative/charts.ts';
import { readSteps } from './narrative/steps.ts';
import { readUpdates } from './narrative/updates.ts';
import { parseDataset } from './schema/apply.ts';
import { MAX_DATASET_BYTES } from './csv.ts';
import { checkAcrossDatasets } from './schema/rules.ts';
import { checkLabelSpellings } from './schema/labels.ts';
import type { DatasetSource } from './schema/rules.ts';
import type { DatasetId, DatasetMeta, Group, ShapeId, Shapes, Story, StoryData } from '../model/types.ts';
import { guardStory } from './guard/index.ts';
import type { GuardOptions } from './guard/index.ts';
import { SOURCE_LANG } from '../model/locale/langs.ts';

/**
 * Where dataset files live inside a story's folder; every .csv there must be listed under
 * `datasets:` in story.yaml.
 */
export const DATASETS_DIR = 'datasets';

/** `path` (relative to a story's folder) as named from the project root: `dir/path`. */
export function storyPath(dir: string, path: string): string {
	return dir === '' || dir === '.' ? path : `${dir.replace(/\/+$/, '')}/${path}`;
}

function sizeText(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The folder of the story.yaml in a file map ('' for none, or for one at the top). */
function narrativeDir(files: Record<string, string>): string {
	const found = Object.keys(files).filter((p) => p === NARRATIVE_FILE || p.endsWith(`/${NARRATIVE_FILE}`));
	if (found.length > 1)
		throw new Error(
			`parseStory: several ${NARRATIVE_FILE} among the files (${found.join(', ')}); pass the story's folder`
		);
	return found.length ? found[0].slice(0, -NARRATIVE_FILE.length).replace(/\/$/, '') : '';
}

/** Parses one dataset file (`file`, as named from the project root) into `data[meta.id]` with its shape; problems go to `errors`. */
function loadDataset(
	meta: DatasetMeta,
	file: string,
	text: string,
	data: Record<DatasetId, readonly object[]>,
	sources: Partial<Record<DatasetId, DatasetSource>>,
	errors: ErrorList,
	groups: readonly Group[]
): boolean {
	const parsed = errors.catch(() =>
		parseDataset(meta.shape, parseCsv(text, file), groups, {
			series: meta.series,
			columns: meta.columns,
			grain: meta.grain
		})
	);
	if (!parsed) return false;
	data[meta.id] = parsed.rows;
	sources[meta.id] = { file, lines: parsed.lines, columns: meta.columns };
	return true;
}

/**
 * @param input  path (relative to the project root, as messages name it) -> text; must hold
 *               `<dir>/story.yaml` and the files it declares.
 * @param kinds  the chart kinds (tests may pass their own).
 * @param dir    the story's folder from the project root (`data/stories/<slug>`): story.yaml's
 *               `file:` paths are relative to it, and every message names `<dir>/<file>`. By
 *               default, the folder of the one story.yaml among `input`.
 * @param guardOptions the guard's options (tests set the build's day, `today`).
 */
export function parseStory(
	input: Record<string, string>,
	kinds: Charts = KINDS,
	dir = narrativeDir(input),
	guardOptions: Partial<GuardOptions> = {}
): Story {
	const errors: ErrorList = new ErrorList();
	const at = (path: string) => storyPath(dir, path);
	const NARRATIVE = at(NARRATIVE_FILE);
	// Data that is well-formed but wrong (guard/): reported at its own line; a dataset with such a
	// problem is left out below, so nothing downstream blames another file for it. A step's figures
	// are checked against the datasets it cites, by default those its chart reads (story.yaml's
	// charts: data:).
	const guard = guardStory(input, { narrativeFile: NARRATIVE, pathOf: at, ...guardOptions });
	const files = guard.files;
	for (const problem of guard.problems) errors.add(problem);
	const text = input[NARRATIVE];
	if (text === undefined) throw new DataError({ file: NARRATIVE, line: 0, detail: 'file not found' });

	const narrative = parseNarrative(text, NARRATIVE, errors, guard.written);
	if (!narrative) errors.fail();

	const meta = readMeta(narrative);
	const updates = readUpdates(narrative, meta ? meta.published : undefined);
	const groups = readGroups(narrative);
	const declared = readDatasets(narrative, groups);
	const rules = readRules(narrative, declared);
	const charts = readCharts(narrative, kinds, groups, declared);

	const data: StoryData = {};
	const sources: Partial<Record<DatasetId, DatasetSource>> = {};
	const usable = new Set<DatasetId>();
	for (const { meta: d, fileLine } of declared) {
		const file = at(d.file);
		const csv = files[file];
		if (guard.blamed.has(file)) continue;
		if (csv === undefined) {
			errors.add({
				file: NARRATIVE,
				line: fileLine,
				context: `dataset "${d.id}"`,
				field: 'file',
				detail: `file not found: ${file}`
			});
			continue;
		}
		const bytes = new TextEncoder().encode(csv).byteLength;
		if (bytes > MAX_DATASET_BYTES) {
			errors.add({
				file: NARRATIVE,
				line: fileLine,
				context: `dataset "${d.id}"`,
				field: 'file',
				detail: `${file} is ${sizeText(bytes)}; a dataset file may be at most ${sizeText(MAX_DATASET_BYTES)}, the most the build reads and checks: keep the rows and columns the story draws on`
			});
			continue;
		}
		if (loadDataset(d, file, csv, data, sources, errors, groups)) usable.add(d.id);
	}

	// A CSV in the story's datasets/ that story.yaml does not list is never checked, so never trusted.
	const listed = new Set(declaredFiles(NARRATIVE, text).map(at));
	const datasetsKey = narrative.top.get('datasets')?.key ?? null;
	const datasetsDir = at(DATASETS_DIR);
	for (const path of Object.keys(files).sort()) {
		if (!path.startsWith(`${datasetsDir}/`) || !path.toLowerCase().endsWith('.csv') || listed.has(path)) continue;
		errors.add({
			file: NARRATIVE,
			line: narrative.reader.line(datasetsKey),
			field: 'datasets',
			detail: `${path} is in ${datasetsDir}/ but not listed here; add it under datasets: (with its id, title, credit, about and limits) or delete the file`
		});
	}

	checkAcrossDatasets(data, sources, errors, groups, rules);
	checkLabelSpellings(
		declared.map((d) => d.meta.id),
		data,
		sources,
		errors
	);

	const steps = readSteps(narrative, kinds, data, usable, new Set(declared.map((d) => d.meta.id)), charts, groups);

	// One message per line of story.yaml: where the guard found the cause (an invisible character
	// in a highlight), the loader's consequence there ("unknown highlight") is left out.
	const caused = new Set(guard.problems.map((p) => `${p.file}:${p.line}`));
	errors.errors.splice(
		0,
		Infinity,
		...errors.errors.filter((e, i) => i < guard.problems.length || !caused.has(`${e.file}:${e.line}`))
	);
	errors.throwIfAny();
	if (!meta) throw new Error('unreachable: meta missing without an error');
	return { lang: SOURCE_LANG, meta, updates, groups, steps, datasets: declared.map((d) => d.meta), data };
}

/**
 * The rows of one of the story's datasets, typed by its shape: throws when the story declares
 * the dataset with another shape (or not at all), so a test or a script never reads rows as what
 * they are not.
 */
export function rowsOf<K extends ShapeId>(
	story: Pick<Story, 'data' | 'datasets'>,
	id: DatasetId,
	shape: K
): Shapes[K][] {
	const meta = story.datasets.find((d) => d.id === id);
	if (!meta) throw new Error(`no dataset "${id}" in the story`);
	if (meta.shape !== shape) throw new Error(`dataset "${id}" has shape "${meta.shape}", not "${shape}"`);
	return (story.data[id] ?? []) as Shapes[K][];
}
