/**
 * A strict RFC 4180 CSV reader that remembers the source line of every record.
 *
 * Why our own: the data files are small and hand-edited, and a mistake in one (an unquoted comma,
 * a stray quote, a file cut short) must stop the build with `file:line`, not shift a column and
 * draw a wrong chart. Lenient parsers guess; this one reports.
 *
 * Supports quoted fields with commas, doubled quotes ("") and embedded newlines, CRLF or LF line
 * ends, an optional trailing newline and a leading byte-order mark.
 */
import { DataError, ErrorList } from './errors.ts';

export interface CsvRecord {
	/** 1-based line where the record starts. */
	line: number;
	cells: string[];
}

export interface CsvTable {
	file: string;
	header: string[];
	/** Data records, header excluded, each with exactly `header.length` cells. */
	records: CsvRecord[];
}

/** Splits text into records. Throws on a problem that leaves the rest unreadable. */
export function readRecords(text: string, file: string, errors: ErrorList = new ErrorList()): CsvRecord[] {
	const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const len = src.length;
	const records: CsvRecord[] = [];
	let pos = 0;
	let line = 1;

	const isBreak = (ch: string | undefined) => ch === '\n' || ch === '\r';
	/** Consumes one line break at `pos` (CRLF, LF or a lone CR). */
	const consumeBreak = () => {
		pos += src[pos] === '\r' && src[pos + 1] === '\n' ? 2 : 1;
		line += 1;
	};

	while (pos < len) {
		const record: CsvRecord = { line, cells: [] };
		for (;;) {
			let value = '';
			if (src[pos] === '"') {
				const startLine = line;
				pos += 1;
				for (;;) {
					if (pos >= len) {
						errors.add({
							file,
							line: startLine,
							detail: 'unterminated quoted field: a `"` opens it and none closes it (is the file truncated?)'
						});
						errors.fail();
					}
					const ch = src[pos];
					if (ch === '"') {
						if (src[pos + 1] === '"') {
							value += '"';
							pos += 2;
							continue;
						}
						pos += 1;
						break;
					}
					if (isBreak(ch)) {
						value += '\n';
						consumeBreak();
						continue;
					}
					value += ch;
					pos += 1;
				}
				if (pos < len && src[pos] !== ',' && !isBreak(src[pos])) {
					errors.add({
						file,
						line,
						detail: `unexpected text after a closing quote: ${JSON.stringify(src.slice(pos, pos + 12))}; quote the whole field and double any quote inside it ("")`
					});
					while (pos < len && src[pos] !== ',' && !isBreak(src[pos])) pos += 1;
				}
			} else {
				const start = pos;
				while (pos < len && src[pos] !== ',' && !isBreak(src[pos])) pos += 1;
				value = src.slice(start, pos);
				if (value.includes('"')) {
					errors.add({
						file,
						line,
						detail: `a quote inside an unquoted field: ${JSON.stringify(value)}; quote the whole field and double any quote inside it ("")`
					});
				}
			}
			record.cells.push(value);
			if (pos >= len) break;
			if (src[pos] === ',') {
				pos += 1;
				continue;
			}
			consumeBreak();
			break;
		}
		records.push(record);
	}
	return records;
}

const SEPARATORS = [
	['\t', 'tabs'],
	[';', 'semicolons']
] as const;

/**
 * A file whose header row holds no comma but tabs or semicolons is written with another separator
 * (a spreadsheet's "tab-separated" or a European "CSV"): said once, at line 1, since every row's
 * cells would otherwise be miscounted and blamed on its commas.
 */
export function separatorProblem(text: string, file: string): DataError | null {
	const header = (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r?\n|\r/, 1)[0];
	if (header.includes(',')) return null;
	const found = SEPARATORS.find(([ch]) => header.includes(ch));
	return found
		? new DataError({
				file,
				line: 1,
				detail: `the file is separated by ${found[1]}; a .csv here is comma-separated: save it as CSV (comma-separated values)`
			})
		: null;
}

/** The header's problems: an empty or repeated column name. */
export function headerProblems(header: readonly string[], file: string, line = 1): DataError[] {
	const out: DataError[] = [];
	const seen = new Set<string>();
	for (const name of header) {
		if (name.trim() === '') out.push(new DataError({ file, line, detail: 'the header has an empty column name' }));
		else if (seen.has(name))
			out.push(new DataError({ file, line, field: name, detail: 'column appears twice in the header' }));
		seen.add(name);
	}
	return out;
}

/**
 * Parses a CSV file with a header row. Every problem in the file is thrown at once (a DataErrors
 * when there are several), each with the file and the line of the record.
 */
export function parseCsv(text: string, file: string): CsvTable {
	const separated = separatorProblem(text, file);
	if (separated) throw separated;
	const errors = new ErrorList();
	const all = readRecords(text, file, errors);
	const [head, ...records] = all;
	if (!head || (all.length === 1 && head.cells.length === 1 && head.cells[0].trim() === '')) {
		throw new DataError({ file, line: 1, detail: 'file is empty; expected a header row of column names' });
	}
	const header = head.cells;
	for (const problem of headerProblems(header, file, head.line)) errors.add(problem);
	for (const record of records) {
		const n = record.cells.length;
		if (n === header.length) continue;
		if (n === 1 && record.cells[0] === '') {
			errors.add({ file, line: record.line, detail: 'empty line; remove it' });
		} else if (n < header.length) {
			errors.add({
				file,
				line: record.line,
				detail: `row has ${n} cell${n === 1 ? '' : 's'}, expected ${header.length} as in the header (is the file truncated, or a comma missing?)`
			});
		} else {
			errors.add({
				file,
				line: record.line,
				detail: `row has ${n} cell${n === 1 ? '' : 's'}, expected ${header.length} as in the header (is a comma inside a value not quoted?)`
			});
		}
	}
	if (records.length === 0) {
		errors.add({ file, line: head.line + 1, detail: 'no data rows after the header' });
	}
	errors.throwIfAny();
	return { file, header, records };
}

/**
 * Largest dataset file, in bytes: a source's full export fits (years of daily values), and the
 * build still reads and checks every row in seconds. The pages carry what they draw: a long
 * timeline is cut to its plot (reduce.ts) and its data table links the whole file.
 */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;
