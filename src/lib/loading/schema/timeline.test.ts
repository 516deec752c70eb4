import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv.ts';
import { DataError } from '../errors.ts';
import { parseDataset } from './apply.ts';
import { nextStart, type Grain } from '../../model/periods.ts';

const FILE = 'data/datasets/prices.csv';
const SERIES = { a: 'alpha', b: 'beta' };
const HEAD = 'date,alpha,beta,source,url,date_of_source,confidence\n';

/** A file of one row per start, in the columns above (`date` is the start, the source dated apart). */
function csv(starts: string[]): string {
	return HEAD + starts.map((s) => `${s},1.5,2,S,https://s.example/p,2024-12,high\n`).join('');
}

function parse(text: string, grain?: Grain) {
	return parseDataset('timeline', parseCsv(text, FILE), [], {
		series: SERIES,
		columns: { start: 'date', date: 'date_of_source' },
		grain
	});
}

function problems(text: string, grain?: Grain): string[] {
	try {
		parse(text, grain);
		return [];
	} catch (e) {
		if (e instanceof DataError) return e.message.split('\n');
		throw e;
	}
}

function days(from: string, n: number, grain: Grain = 'day'): string[] {
	const out = [from];
	while (out.length < n) out.push(nextStart(out[out.length - 1], grain));
	return out;
}

describe('a timeline at any grain', () => {
	it('reads a daily file with no end, total or leader columns', () => {
		const { rows } = parse(csv(days('2020-01-01', 1827)));
		expect(rows).toHaveLength(1827);
		expect(rows[0]).toMatchObject({
			start: '2020-01-01',
			end: null,
			total: null,
			leader: null,
			values: { a: 1.5, b: 2 }
		});
	});

	it('reads months, quarters and years', () => {
		expect(parse(csv(days('2020-01-01', 60, 'month'))).rows).toHaveLength(60);
		expect(parse(csv(days('2020-01-01', 20, 'quarter'))).rows).toHaveLength(20);
		expect(parse(csv(days('1990-01-01', 35, 'year'))).rows).toHaveLength(35);
	});

	it('asks for a missing period, and says the rest of a long run of them in one line', () => {
		// Weekdays only: every Monday skips a weekend.
		const weekdays = days('2024-01-01', 120).filter((d) => ![0, 6].includes(new Date(d).getUTCDay()));
		const found = problems(csv(weekdays));
		expect(found).toHaveLength(4);
		expect(found[0]).toBe(
			`${FILE}:7: field "date": expected 2024-01-06 (one day after the row above), got 2024-01-08; list every day in order, unreported ones as "not reported"`
		);
		expect(found[3]).toMatch(
			/^data\/datasets\/prices\.csv:\d+: field "date": and 14 more rows like it: a day is missing before each; .* or give the dataset grain: irregular in story.yaml if its date dates are uneven on purpose$/
		);
		// Declared irregular, the same dates are observations.
		expect(parse(csv(weekdays), 'irregular').rows).toHaveLength(weekdays.length);
	});

	it('refuses a period that does not start on its first day, and rows out of order', () => {
		expect(problems(csv(['2024-01-01', '2024-02-01', '2024-03-02']), 'month')).toContain(
			`${FILE}:4: field "date": 2024-03-02 does not start a month: expected the 1st of a month`
		);
		expect(problems(csv(['2024-01-02', '2024-01-01']), 'irregular')).toEqual([
			`${FILE}:3: field "date": 2024-01-01 is not after 2024-01-02 (the row above); list the rows in date order`
		]);
	});
});
