/** The CSV reader: RFC 4180 cases and the line of every structural error. */
import { describe, expect, it } from 'vitest';
import { parseCsv, readRecords } from './csv.ts';
import { DataError } from './errors.ts';

const F = 'data/datasets/t.csv';

function problems(text: string): string[] {
	try {
		parseCsv(text, F);
	} catch (e) {
		if (e instanceof DataError) return e.all.map((x) => x.message);
		throw e;
	}
	return [];
}

describe('readRecords', () => {
	it('reads plain records with their lines', () => {
		expect(readRecords('a,b\n1,2\n3,4\n', F)).toEqual([
			{ line: 1, cells: ['a', 'b'] },
			{ line: 2, cells: ['1', '2'] },
			{ line: 3, cells: ['3', '4'] }
		]);
	});

	it('handles quoted commas, doubled quotes and empty cells', () => {
		expect(readRecords('"x, y","say ""hi""",,""\n', F)).toEqual([{ line: 1, cells: ['x, y', 'say "hi"', '', ''] }]);
	});

	it('keeps embedded newlines and counts lines through them', () => {
		const rows = readRecords('a,b\n"one\ntwo",x\n3,"y\r\nz"\n4,w', F);
		expect(rows).toEqual([
			{ line: 1, cells: ['a', 'b'] },
			{ line: 2, cells: ['one\ntwo', 'x'] },
			{ line: 4, cells: ['3', 'y\nz'] },
			{ line: 6, cells: ['4', 'w'] }
		]);
	});

	it('accepts CRLF, no trailing newline, a BOM and a trailing empty cell', () => {
		expect(readRecords('\uFEFFa,b\r\n1,\r\n2,3', F)).toEqual([
			{ line: 1, cells: ['a', 'b'] },
			{ line: 2, cells: ['1', ''] },
			{ line: 3, cells: ['2', '3'] }
		]);
	});
});

describe('parseCsv', () => {
	it('returns the header and data records', () => {
		const t = parseCsv('a,b\n1,2\n', F);
		expect(t.header).toEqual(['a', 'b']);
		expect(t.records).toEqual([{ line: 2, cells: ['1', '2'] }]);
	});

	it('reports an unterminated quote at the line it opens (truncated file)', () => {
		expect(problems('a,b\n1,2\n3,"cut off here\nand more')).toEqual([
			`${F}:3: unterminated quoted field: a \`"\` opens it and none closes it (is the file truncated?)`
		]);
	});

	it('reports a row with fewer cells than the header', () => {
		expect(problems('a,b,c\n1,2,3\n4,5\n')).toEqual([
			`${F}:3: row has 2 cells, expected 3 as in the header (is the file truncated, or a comma missing?)`
		]);
	});

	it('reports a row with more cells (an unquoted comma)', () => {
		expect(problems('a,b\nThe Hype, citing OpenRouter,x\n')).toEqual([
			`${F}:2: row has 3 cells, expected 2 as in the header (is a comma inside a value not quoted?)`
		]);
	});

	it('counts lines after a multi-line quoted cell when reporting', () => {
		expect(problems('a,b\n"x\ny\nz",1\n2\n')).toEqual([
			`${F}:5: row has 1 cell, expected 2 as in the header (is the file truncated, or a comma missing?)`
		]);
	});

	it('reports stray quotes', () => {
		expect(problems('a,b\nab"c,1\n"ab"c,2\n')).toEqual([
			`${F}:2: a quote inside an unquoted field: "ab\\"c"; quote the whole field and double any quote inside it ("")`,
			`${F}:3: unexpected text after a closing quote: "c,2\\n"; quote the whole field and double any quote inside it ("")`
		]);
	});

	it('reports an empty file and a missing header', () => {
		expect(problems('')).toEqual([`${F}:1: file is empty; expected a header row of column names`]);
		expect(problems('\n')).toEqual([`${F}:1: file is empty; expected a header row of column names`]);
		expect(problems('a,b\n')).toEqual([`${F}:2: no data rows after the header`]);
	});

	it('reports blank lines, empty and duplicate column names', () => {
		expect(problems('a,b\n1,2\n\n3,4\n')).toEqual([`${F}:3: empty line; remove it`]);
		expect(problems('a,,a\n1,2,3\n')).toEqual([
			`${F}:1: the header has an empty column name`,
			`${F}:1: field "a": column appears twice in the header`
		]);
	});
});
