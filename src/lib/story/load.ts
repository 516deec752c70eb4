/**
 * The story from its files, validated: `parseStory` takes the files' text by path and returns
 * the typed `Story`, or throws every problem found (a DataError, or DataErrors for several).
 *
 * Pure (no file system) so unit tests feed it strings; `load.server.ts` reads the disk.
 * Order: the narrative's head (meta, datasets), then each dataset file, then checks across
 * datasets, then the steps against the chart registry and the data.
 */
import { CHARTS } from '../charts/registry.ts';
import { parseCsv } from './csv.ts';
import { DataError, ErrorList } from './errors.ts';
import { NARRATIVE_FILE, declaredFiles, parseNarrative, readChartWords, readDatasets, readMeta, readSteps } from './narrative.ts';
import type { Charts } from './narrative.ts';
import { checkAcrossDatasets, parseDataset } from './schema.ts';
import type { DatasetSource } from './schema.ts';
import type { DatasetId, Datasets, Story } from './types.ts';
import { guardStory } from './guard/index.ts';
import type { GuardOptions } from './guard/index.ts';

/** Where dataset files live; every .csv there must be listed under `datasets:` in story.yaml. */
export const DATASETS_DIR = 'data/datasets';

/**
 * Largest dataset file, in bytes. Every row is carried in the page's data, so a file pasted from a
 * full export (5 MB made an 18 MB page) would make the story slow to open on a phone; the story's
 * files are a few KB each.
 */
export const MAX_DATASET_BYTES = 100 * 1024;

function sizeText(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Parses one dataset file into the slot of `data` for its id; problems go to `errors`. */
function loadDataset<K extends DatasetId>(
	id: K,
	file: string,
	text: string,
	data: Datasets,
	sources: Partial<Record<DatasetId, DatasetSource>>,
	errors: ErrorList
): boolean {
	const parsed = errors.catch(() => parseDataset(id, parseCsv(text, file)));
	if (!parsed) return false;
	data[id] = parsed.rows as Datasets[K];
	sources[id] = { file, lines: parsed.lines };
	return true;
}

/**
 * @param files  path (relative to the project root) -> text; must hold `data/story.yaml` and the
 *               files it declares.
 * @param charts the chart registry (tests may pass their own).
 */
export function parseStory(
	input: Record<string, string>,
	charts: Charts = CHARTS,
	guardOptions: Partial<GuardOptions> = {}
): Story {
	const errors: ErrorList = new ErrorList();
	// Data that is well-formed but wrong (guard/): reported at its own line; a dataset with such a
	// problem is left out below, so nothing downstream blames another file for it.
	const guard = guardStory(input, {
		narrativeFile: NARRATIVE_FILE,
		datasetsOf: (chart) => charts[chart as keyof Charts]?.datasets ?? [],
		...guardOptions
	});
	const files = guard.files;
	for (const problem of guard.problems) errors.add(problem);
	const text = files[NARRATIVE_FILE];
	if (text === undefined) throw new DataError({ file: NARRATIVE_FILE, line: 0, detail: 'file not found' });

	const narrative = parseNarrative(text, NARRATIVE_FILE, errors);
	if (!narrative) errors.fail();

	const meta = readMeta(narrative);
	const declared = readDatasets(narrative, charts);

	const data: Datasets = {
		'model-ranking': [],
		'top10-composition': [],
		'provider-share': [],
		'country-share': [],
		'weekly-tokens': [],
		'benchmark-metrics': [],
		benchmarks: [],
		prices: [],
		'china-share-history': []
	};
	const sources: Partial<Record<DatasetId, DatasetSource>> = {};
	const usable = new Set<DatasetId>();
	for (const { meta: d, fileLine } of declared) {
		const csv = files[d.file];
		if (guard.blamed.has(d.file)) continue;
		if (csv === undefined) {
			errors.add({
				file: NARRATIVE_FILE,
				line: fileLine,
				context: `dataset "${d.id}"`,
				field: 'file',
				detail: `file not found: ${d.file}`
			});
			continue;
		}
		const bytes = new TextEncoder().encode(csv).byteLength;
		if (bytes > MAX_DATASET_BYTES) {
			errors.add({
				file: NARRATIVE_FILE,
				line: fileLine,
				context: `dataset "${d.id}"`,
				field: 'file',
				detail: `${d.file} is ${sizeText(bytes)}; a dataset file may be at most ${sizeText(MAX_DATASET_BYTES)}, because every row is carried in the page: keep only the rows the story shows`
			});
			continue;
		}
		if (loadDataset(d.id, d.file, csv, data, sources, errors)) usable.add(d.id);
	}

	// A CSV in data/datasets/ that story.yaml does not list is never checked, so never trusted.
	const listed = new Set(declaredFiles(text));
	const datasetsKey = narrative.top.get('datasets')?.key ?? null;
	for (const path of Object.keys(files).sort()) {
		if (!path.startsWith(`${DATASETS_DIR}/`) || !path.toLowerCase().endsWith('.csv') || listed.has(path)) continue;
		errors.add({
			file: NARRATIVE_FILE,
			line: narrative.reader.line(datasetsKey),
			field: 'datasets',
			detail: `${path} is in ${DATASETS_DIR}/ but not listed here; add it under datasets: (with its id, title, credit, about and limits) or delete the file`
		});
	}

	checkAcrossDatasets(data, sources, errors);

	const words = readChartWords(narrative, charts);
	const steps = readSteps(narrative, charts, data, usable, new Set(declared.map((d) => d.meta.id)), words);

	// One message per line of story.yaml: where the guard found the cause (an invisible character
	// in a highlight), the loader's consequence there ("unknown highlight") is left out.
	const caused = new Set(guard.problems.map((p) => `${p.file}:${p.line}`));
	errors.errors.splice(0, Infinity, ...errors.errors.filter((e, i) => i < guard.problems.length || !caused.has(`${e.file}:${e.line}`)));
	errors.throwIfAny();
	if (!meta) throw new Error('unreachable: meta missing without an error');
	return { meta, steps, datasets: declared.map((d) => d.meta), data };
}
