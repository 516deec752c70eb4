/**
 * A schema applied to a dataset file: its header checked, each cell parsed, each row's source
 * checked, then the checks across rows; every problem in the file is thrown at once.
 */
import { ErrorList } from '../errors.ts';
import type { CsvTable } from '../csv.ts';
import type { Group, ShapeId, Shapes, SourceRef } from '../../model/types.ts';
import type { Grain } from '../../model/periods.ts';
import { NOT_REPORTED } from './cells.ts';
import type { DatasetSchema, Located, Report } from './dataset-schema.ts';
import { schemas } from './schemas.ts';
import { isRepoRoot, isSiteRoot } from './urls.ts';

/** Rows of one dataset, with the line each came from (for checks across datasets). */
export interface ParsedDataset<R> {
	rows: R[];
	lines: number[];
}

/**
 * Turns a parsed CSV table into typed rows. Every problem in the file is thrown at once.
 * The header must name exactly the schema's columns (any order).
 */
export function applySchema<R>(
	table: CsvTable,
	schema: DatasetSchema<R>,
	rename: Readonly<Record<string, string>> = {}
): ParsedDataset<R> {
	const { file } = table;
	const errors = new ErrorList();
	const fields = (Object.keys(schema.columns) as (keyof R & string)[]).filter((f) => f !== schema.spread?.field);
	const spread = schema.spread;
	const spreadColumns = spread ? Object.values(spread.columns) : [];
	const nameOf = (field: keyof R & string): string => {
		const channel = schema.columns[field].column;
		return rename[channel] ?? channel;
	};
	const columnOf = (field: keyof R & string): string =>
		field === spread?.field ? spreadColumns.join(', ') : nameOf(field);
	const expected = [...fields.map(columnOf), ...spreadColumns];

	const index = new Map<string, number>();
	table.header.forEach((name, i) => index.set(name, i));
	for (const name of table.header) {
		if (!expected.includes(name)) {
			errors.add({
				file,
				line: 1,
				field: name,
				detail: `unknown column "${name}"; expected one of ${expected.join(', ')}`
			});
		}
	}
	const optional = new Set(fields.filter((f) => schema.columns[f].optional).map(columnOf));
	for (const name of expected) {
		if (!index.has(name) && !optional.has(name))
			errors.add({ file, line: 1, field: name, detail: `missing column "${name}"` });
	}
	errors.throwIfAny();

	const report: Report<R> = (line, field, detail) => errors.add({ file, line, field: columnOf(field), detail });
	const located: Located<R>[] = [];
	for (const record of table.records) {
		const values: Partial<Record<keyof R, unknown>> = {};
		let rowOk = true;
		for (const field of fields) {
			const { cell } = schema.columns[field];
			const column = nameOf(field);
			const raw = record.cells[index.get(column) ?? -1] ?? '';
			const result = cell.parse(raw);
			if (result.ok) values[field] = result.value;
			else {
				rowOk = false;
				errors.add({ file, line: record.line, field: column, detail: result.detail });
			}
		}
		if (spread) {
			const spreadValues: Record<string, unknown> = {};
			for (const [key, column] of Object.entries(spread.columns)) {
				const result = spread.cell.parse(record.cells[index.get(column) ?? -1] ?? '');
				if (result.ok) spreadValues[key] = result.value;
				else {
					rowOk = false;
					errors.add({ file, line: record.line, field: column, detail: result.detail });
				}
			}
			values[spread.field] = spreadValues as R[keyof R & string];
		}
		if (!rowOk) continue;
		const row = values as R;
		checkSource(row as R & SourceRef, schema.values, (field, detail) => {
			rowOk = false;
			errors.add({ file, line: record.line, field, detail });
		});
		if (rowOk) located.push({ row, line: record.line });
	}
	// Checks across rows only mean something when every row was read.
	if (errors.size === 0) schema.check?.(located, report, columnOf);
	errors.throwIfAny();
	return { rows: located.map((l) => l.row), lines: located.map((l) => l.line) };
}

/**
 * A row that reports a value must say where it comes from: a url and a confidence. A row that
 * reports none and links no source ("No report found") has no confidence either: the sources list
 * would print it as "high confidence" and drop it from the count of rows marked not reported. (A
 * row whose source does report the absence, an unitemized rank, keeps that source's url and
 * confidence.)
 */
function checkSource<R>(
	row: R & SourceRef,
	values: (keyof R & string)[] | undefined,
	report: (column: string, detail: string) => void
): void {
	const holds = (v: unknown): boolean =>
		v !== null && (typeof v !== 'object' || Object.values(v as object).some((x) => x !== null));
	const reports = values === undefined || values.some((f) => holds(row[f]));
	if (!reports) {
		if (row.confidence !== null && row.url === null)
			report(
				'confidence',
				`the row reports no value ("${NOT_REPORTED}") and links no source, so it has no confidence either: write "${NOT_REPORTED}", not "${row.confidence}"`
			);
		return;
	}
	if (row.url === null) report('url', 'a row that reports a value needs a source url');
	else if (isSiteRoot(row.url)) {
		report(
			'url',
			`${JSON.stringify(row.url)} is the front page of ${new URL(row.url).hostname}; link the article or page the figure comes from`
		);
	} else if (isRepoRoot(row.url)) {
		report(
			'url',
			`${JSON.stringify(row.url)} is the front page of a repository; link the file at the commit the figure was read from`
		);
	}
	if (row.confidence === null)
		report('confidence', `a row that reports a value needs a confidence (high, medium or low), not "${NOT_REPORTED}"`);
}

/** Parses one dataset's table with its shape's schema and the dataset's column names. */
export function parseDataset<K extends ShapeId>(
	shape: K,
	table: CsvTable,
	groups: readonly Group[],
	opts: { series?: Record<string, string>; columns?: Readonly<Record<string, string>>; grain?: Grain } = {}
): ParsedDataset<Shapes[K]> {
	const schema = schemas(groups, opts.series ?? {}, opts.grain)[shape] as DatasetSchema<Shapes[K]>;
	return applySchema(table, schema, opts.columns ?? {});
}
