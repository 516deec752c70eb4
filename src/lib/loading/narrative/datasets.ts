/** story.yaml's `datasets:`: each dataset's file, words, shape and columns. */
import { isMap, isSeq } from 'yaml';
import { SHAPE_IDS } from '../../model/types.ts';
import { GRAINS, type Grain } from '../../model/periods.ts';
import type { DatasetMeta, Group, ShapeId } from '../../model/types.ts';
import { readColumns, readSeries } from './dataset-columns.ts';
import type { NarrativeDoc } from './document.ts';
import { parseNarrativeText } from './parse.ts';
import { DASHED_ID, describe, entryName } from './reader.ts';

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
	'grain',
	'dates',
	'checks'
] as const;

function isShapeId(s: string): s is ShapeId {
	return (SHAPE_IDS as readonly string[]).includes(s);
}

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
			if (!DASHED_ID.test(id)) {
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
		if (shape === 'timeline' && series === undefined) {
			reader.report(
				item,
				ctx,
				'series',
				`missing; a dataset of shape "timeline" names the column of each series: series: { ${groups.map((g) => `${g.id}: <column>`).join(', ')} }`
			);
			good = false;
		}
		let grain: Grain | undefined;
		const grainEntry = f.get('grain');
		if (grainEntry) {
			const g = reader.text(f, 'grain', ctx, item);
			if (shape !== 'timeline') {
				reader.report(grainEntry.key, ctx, 'grain', 'only a dataset of shape "timeline" has a grain');
				good = false;
			} else if (g !== null && (GRAINS as readonly string[]).includes(g)) grain = g as Grain;
			else {
				reader.report(
					grainEntry.value ?? grainEntry.key,
					ctx,
					'grain',
					`expected one of ${GRAINS.join(', ')}, got ${describe(grainEntry.value)}`
				);
				good = false;
			}
		}
		if (good && id !== null && shape && columns && file && title && credit && about && limits) {
			const meta: DatasetMeta = { id, file, title, credit, about, limits, shape, columns };
			if (grain) meta.grain = grain;
			if (series) {
				meta.series = series.columns;
				meta.seriesGroups = series.groups;
			}
			out.push({ meta, fileLine: reader.line(f.get('file')?.value ?? null) });
		}
	});
	return out;
}

/** The `file:` of each declared dataset, read leniently: the loader uses it to know what to read. */
export function declaredFiles(file: string, text: string): string[] {
	const { doc } = parseNarrativeText(file, text);
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
