/**
 * What a dataset's schema declares: which columns it has (snake_case in the CSV, camelCase in the
 * row type), what each cell may hold, and the checks across rows that catch a file which parses
 * but would draw a wrong chart (a duplicate rank, a missing week, shares not adding to 100).
 *
 * Declarative on purpose: adding a column is one line of its shape's file (shapes/), and the
 * mapped types below make the compiler refuse a schema that does not produce exactly the row type
 * of `types.ts`.
 */
import type { Cell } from './cells.ts';

export interface Column<T> {
	/** The column's name in the CSV header. */
	column: string;
	cell: Cell<T>;
	/** A file may leave the column out: every row then reads an empty cell. */
	optional?: boolean;
}

/** One column per field of the row type, no more, no fewer. */
export type Columns<R> = { [K in keyof R]-?: Column<R[K]> };

/** A parsed row and the 1-based line it came from. */
export interface Located<R> {
	row: R;
	line: number;
}

/** Reports a problem of a row's field; the schema turns the field into its column name. */
export type Report<R> = (line: number, field: keyof R & string, detail: string) => void;

export interface DatasetSchema<R> {
	columns: Columns<R>;
	/**
	 * Fields that carry the row's values. A row whose values are all `not reported` records an
	 * absence, and only such a row may leave `url` empty and `confidence` as `not reported`.
	 * Omitted: every row reports a value.
	 */
	values?: (keyof R & string)[];
	/** Checks across the rows of the file. */
	check?: (rows: Located<R>[], report: Report<R>, column: (field: keyof R & string) => string) => void;
	/**
	 * Columns that become one record field, keyed by name (a timeline's series: group id ->
	 * column). Their field is left out of `columns`.
	 */
	spread?: { field: keyof R & string; columns: Record<string, string>; cell: Cell<unknown> };
}
