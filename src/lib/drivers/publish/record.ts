/**
 * The publish record: what a story showed readers the last time `npm run publish` sent it out,
 * kept with the story (`data/stories/<slug>/published.json`) so the next publish knows what
 * changed. It holds every row of the data, by dataset and row, with the file and line it came from, and every sentence a reader sees, by where it shows: the header, each step's words,
 * its chart's title, unit, caption and table, its share card, and each dataset's credit, about and
 * limits. Its last field is a digest of the rest, so a record edited by hand, or another story's,
 * is refused rather than trusted (`changes.ts` reads it).
 */
import { createHash } from 'node:crypto';
import { chartText } from '../../kinds/registry.ts';
import { guardDatasets, readNarrative, type GuardDataset } from '../../loading/guard/dataset.ts';
import { storyPath } from '../../loading/load.ts';
import { NARRATIVE_FILE } from '../../loading/narrative/document.ts';
import type { Story, UpdateKind } from '../../model/types.ts';
import { plainText } from '../../model/text.ts';
import { sourceColumns } from '../../loading/schema/source-columns.ts';
import { stepCard } from '../shared/share/share-card.ts';

/** Where a story's record is kept, inside its folder: committed with the story. */
export const RECORD_FILE = 'published.json';

/** One row of a dataset as readers saw it: where it came from and its cells as written. */
export interface RecordRow {
	/** The file and line of the row (as named from the project root). */
	file: string;
	line: number;
	cells: Record<string, string>;
}

/** One cell, as the comparison reports it: its value, its row's place, source and date. */
export interface RecordCell {
	file: string;
	line: number;
	value: string;
	/** A figure: a column that holds numbers, as opposed to words. */
	figure: boolean;
	source: string;
	date: string;
}

export interface PublishRecord {
	story: string;
	/** The day of the publish that wrote the record (YYYY-MM-DD). */
	publishedOn: string;
	/** `meta.published` then. */
	published: string | null;
	/** The story's log then: a new entry is one not in this list. */
	updates: { date: string; kind: UpdateKind; note: string }[];
	/** A digest of story.yaml and the data files: the same inputs with other words is the engine's doing. */
	inputs: string;
	/** Every row, by `dataset[row key]`. */
	rows: Record<string, RecordRow>;
	/** The columns of each dataset that hold figures. */
	figures: Record<string, string[]>;
	/** Every sentence a reader sees, by where: `step "intro" chart caption`, `meta dek`. */
	texts: Record<string, string>;
	/** A digest of everything above. */
	check: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The record's digest: of its fields in a fixed order, without `check`. */
export function recordDigest(r: Omit<PublishRecord, 'check'>): string {
	const { story, publishedOn, published, updates, inputs, rows, figures, texts } = r;
	return sha256(JSON.stringify([story, publishedOn, published, updates, inputs, rows, figures, texts]));
}

/** The columns that say where a row comes from; the others name it (words) or measure it (numbers). */
const SOURCE_COLUMNS = new Set([...Object.values(sourceColumns).map((c) => c.column), 'note']);
const isFigureColumn = (ds: GuardDataset, column: string) =>
	ds.rows.some((r) => typeof r.cells[column]?.value === 'number');

/**
 * How a row is named in the record, stable across edits of its values: the shortest run of the
 * file's columns of words (in the header's order) that no other row shares; else its first column
 * (a rank) where that is unique; else its line.
 */
export function rowKeys(ds: GuardDataset): string[] {
	const naming = ds.header.filter((c) => !SOURCE_COLUMNS.has(c) && !isFigureColumn(ds, c));
	for (let n = 1; n <= naming.length; n++) {
		const keys = ds.rows.map((r) =>
			naming
				.slice(0, n)
				.map((c) => r.cells[c].raw)
				.join(', ')
		);
		if (new Set(keys).size === keys.length) return keys;
	}
	// A figure column names rows too when nothing else tells them apart (a rank).
	const first = ds.header[0];
	const keys = ds.rows.map((r) => r.cells[first].raw);
	if (new Set(keys).size === keys.length) return keys;
	return ds.rows.map((r) => `line ${r.line}`);
}

/** Every row of every dataset, keyed `dataset[row]`, and each dataset's figure columns. */
function recordRows(datasets: readonly GuardDataset[]): Pick<PublishRecord, 'rows' | 'figures'> {
	const rows: Record<string, RecordRow> = {};
	const figures: Record<string, string[]> = {};
	for (const ds of datasets) {
		const keys = rowKeys(ds);
		figures[ds.id] = ds.header.filter((c) => !SOURCE_COLUMNS.has(c) && isFigureColumn(ds, c));
		ds.rows.forEach((row, i) => {
			rows[`${ds.id}[${keys[i]}]`] = {
				file: ds.file,
				line: row.line,
				cells: Object.fromEntries(ds.header.map((c) => [c, row.cells[c].raw]))
			};
		});
	}
	return { rows, figures };
}

/** Every cell of a record, keyed `dataset[row].column`, for the comparison. */
export function recordCells(r: Pick<PublishRecord, 'rows' | 'figures'>): Map<string, RecordCell> {
	const out = new Map<string, RecordCell>();
	for (const [key, row] of Object.entries(r.rows)) {
		const figures = new Set(r.figures[key.slice(0, key.indexOf('['))] ?? []);
		for (const [column, value] of Object.entries(row.cells))
			out.set(`${key}.${column}`, {
				file: row.file,
				line: row.line,
				value,
				figure: figures.has(column),
				source: row.cells.source ?? '',
				date: row.cells.date ?? ''
			});
	}
	return out;
}

/** Every sentence the story shows a reader, by where it shows. */
export function recordTexts(story: Story, slug: string): Record<string, string> {
	const t: Record<string, string> = {
		'meta title': story.meta.title,
		'meta dek': story.meta.dek,
		'meta byline': story.meta.byline,
		'meta method': plainText(story.meta.method)
	};
	for (const ds of story.datasets) {
		const at = `dataset "${ds.id}"`;
		Object.assign(t, {
			[`${at} title`]: ds.title,
			[`${at} credit`]: ds.credit,
			[`${at} about`]: ds.about,
			[`${at} limits`]: ds.limits.join(' | ')
		});
	}
	for (const step of story.steps) {
		const at = `step "${step.id}"`;
		const text = chartText(story.data, step);
		const card = stepCard(step, text, story.meta.title, slug, null);
		Object.assign(t, {
			[`${at} kicker`]: step.kicker ?? '',
			[`${at} copy`]: plainText(step.copy),
			[`${at} chart title`]: text.title,
			[`${at} chart unit`]: text.unit,
			[`${at} chart caption`]: text.caption,
			[`${at} table`]: [text.table.columns, ...text.table.rows].map((r) => r.join(' | ')).join('\n'),
			[`${at} card`]: `${card.title}\n${card.description}`
		});
	}
	return t;
}

/**
 * The record of `story` (slug `slug`, its files by path as the loader reads them, from the project
 * root) as published on `today`.
 */
export function makeRecord(
	slug: string,
	dir: string,
	files: Record<string, string>,
	story: Story,
	today: string
): PublishRecord {
	const narrativeFile = storyPath(dir, NARRATIVE_FILE);
	const narrative = readNarrative(narrativeFile, files[narrativeFile]);
	if (!narrative) throw new Error(`${narrativeFile} does not read: build the story first`);
	const datasets = guardDatasets(narrative, files, (f) => storyPath(dir, f));
	const inputs = sha256(
		JSON.stringify(
			Object.keys(files)
				.sort()
				.map((path) => [path.slice(dir.length), files[path]])
		)
	);
	const body = {
		story: slug,
		publishedOn: today,
		published: story.meta.published,
		updates: story.updates.map((u) => ({ date: u.date, kind: u.kind, note: plainText(u.note) })),
		inputs,
		...recordRows(datasets),
		texts: recordTexts(story, slug)
	};
	return { ...body, check: recordDigest(body) };
}
