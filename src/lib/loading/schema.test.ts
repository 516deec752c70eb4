/** Cell kinds, column checks and checks across rows of the dataset schemas. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import { DataError } from './errors.ts';
import { date, num, numOrNull, oneOfOrNull, strOrNull, urlOrEmpty, yesNo } from './schema/cells.ts';
import { parseDataset } from './schema/apply.ts';
import { schemas } from './schema/schemas.ts';
import type { DatasetId } from '../model/types.ts';
import { loadStory } from './load.server.ts';

// The China story's datasets (shape, column names, series) and groups, as story.yaml declares them.
const story = loadStory('data/stories/china-ai-market');
const SCHEMAS = schemas(story.groups);

/** Parses a CSV as the story's dataset `id` is declared. */
function parseAs(id: DatasetId, table: ReturnType<typeof parseCsv>) {
	const meta = story.datasets.find((d) => d.id === id)!;
	return parseDataset(meta.shape, table, story.groups, { series: meta.series, columns: meta.columns });
}

describe('cells', () => {
	it('numbers are plain decimals', () => {
		expect(num().parse('4.12')).toEqual({ ok: true, value: 4.12 });
		expect(num().parse('1753')).toEqual({ ok: true, value: 1753 });
		for (const raw of ['15$', '1,753', '', ' 3', '1e3', 'NaN', '.5', 'not reported']) {
			expect(num().parse(raw)).toEqual({ ok: false, detail: `expected a number, got ${JSON.stringify(raw)}` });
		}
		expect(num({ min: 0 }).parse('-1')).toEqual({ ok: false, detail: 'expected a number >= 0, got -1' });
		expect(num({ min: 0, max: 100 }).parse('100.5')).toEqual({
			ok: false,
			detail: 'expected a number from 0 to 100, got 100.5'
		});
		expect(num({ integer: true, min: 1 }).parse('2.5')).toEqual({
			ok: false,
			detail: 'expected a whole number >= 1, got 2.5'
		});
	});

	it('"not reported" is null where allowed', () => {
		expect(numOrNull().parse('not reported')).toEqual({ ok: true, value: null });
		expect(numOrNull().parse('n/a')).toEqual({ ok: false, detail: 'expected a number or "not reported", got "n/a"' });
		expect(strOrNull().parse('not reported')).toEqual({ ok: true, value: null });
		expect(oneOfOrNull(['US', 'CN']).parse('not reported')).toEqual({ ok: true, value: null });
		expect(oneOfOrNull(['US', 'CN']).parse('USA')).toEqual({
			ok: false,
			detail: 'expected one of US, CN or "not reported", got "USA"'
		});
	});

	it('yes/no, dates and urls', () => {
		expect(yesNo().parse('yes')).toEqual({ ok: true, value: true });
		expect(yesNo().parse('true').ok).toBe(false);
		expect(date().parse('2026-04').ok).toBe(true);
		expect(date().parse('2026-02-30')).toEqual({ ok: false, detail: '"2026-02-30" is not a real date' });
		expect(date({ dayOnly: true }).parse('2026-04').ok).toBe(false);
		expect(urlOrEmpty().parse('')).toEqual({ ok: true, value: null });
		expect(urlOrEmpty().parse('http://x.example').ok).toBe(false);
		expect(urlOrEmpty().parse('https://x.example/a?b=1')).toEqual({ ok: true, value: 'https://x.example/a?b=1' });
	});
});

/** Every problem of one dataset file, as messages. */
function problems(id: DatasetId, csv: string): string[] {
	const file = `data/datasets/${id}.csv`;
	try {
		parseAs(id, parseCsv(csv, file));
	} catch (e) {
		if (e instanceof DataError) return e.all.map((x) => x.message);
		throw e;
	}
	return [];
}

const SRC = 'S,https://s.example/item,2026-04,low';

describe('dataset schemas', () => {
	it('cover every field of the row types (columns listed once each)', () => {
		for (const schema of Object.values(SCHEMAS)) {
			const columns = Object.values(schema.columns).map((c) => (c as { column: string }).column);
			expect(new Set(columns).size).toBe(columns.length);
			expect(columns.slice(-4)).toEqual(['source', 'url', 'date', 'confidence']);
		}
	});

	it('map snake_case columns to camelCase fields with types', () => {
		const { rows, lines } = parseAs(
			'weekly-tokens',
			parseCsv(
				`week_start,week_end,china_t,us_t,total_t,leader,leader_basis,note,source,url,date,confidence\n2026-02-09,2026-02-15,4.12,2.94,not reported,CN,reported,,${SRC}\n`,
				'w.csv'
			)
		);
		expect(rows).toEqual([
			{
				start: '2026-02-09',
				end: '2026-02-15',
				values: { CN: 4.12, US: 2.94 },
				total: null,
				leader: 'CN',
				leaderBasis: 'reported',
				note: '',
				source: 'S',
				url: 'https://s.example/item',
				date: '2026-04',
				confidence: 'low'
			}
		]);
		expect(lines).toEqual([2]);
	});

	it('name unknown and missing columns', () => {
		expect(
			problems('prices', `model,lab,country,input_usd,outptu_usd,note,source,url,date,confidence\nA,L,US,1,2,,${SRC}\n`)
		).toEqual([
			'data/datasets/prices.csv:1: field "outptu_usd": unknown column "outptu_usd"; expected one of model, short, lab, country, input_usd, output_usd, note, source, url, date, confidence',
			'data/datasets/prices.csv:1: field "output_usd": missing column "output_usd"'
		]);
	});

	it('require a url and a confidence on rows that report a value', () => {
		expect(
			problems(
				'benchmarks',
				'model,lab,country,metric,score,approximate,error,note,source,url,date,confidence\n' +
					'A,L,US,m,not reported,no,not reported,,None,,2026-05,not reported\n' +
					'B,L,US,m,12,no,not reported,,S,,2026-05,not reported\n'
			)
		).toEqual([
			'data/datasets/benchmarks.csv:3: field "url": a row that reports a value needs a source url',
			'data/datasets/benchmarks.csv:3: field "confidence": a row that reports a value needs a confidence (high, medium or low), not "not reported"'
		]);
	});

	it('check unique keys and rank order', () => {
		const head = 'rank,model,lab,country,tokens_t,note,source,url,date,confidence\n';
		expect(problems('model-ranking', `${head}1,A,L,CN,8,,${SRC}\n1,B,L,CN,7,,${SRC}\n3,A,L,CN,9,,${SRC}\n`)).toEqual([
			'data/datasets/model-ranking.csv:3: field "rank": rank 1 appears twice (first on line 2)',
			'data/datasets/model-ranking.csv:4: field "model": item "A" appears twice (first on line 2)',
			'data/datasets/model-ranking.csv:3: field "rank": expected rank 2 here: ranks run 1, 2, 3... in order',
			'data/datasets/model-ranking.csv:4: field "tokens_t": rank 3 has a larger value (9) than rank 1 (7)'
		]);
	});

	it('check that shares add up to 100 ± 0.15', () => {
		const head = 'id,label,country,share_pct,basis,note,source,url,date,confidence\n';
		expect(problems('provider-share', `${head}a,A,US,60,reported,,${SRC}\nb,B,CN,40.1,reported,,${SRC}\n`)).toEqual([]);
		expect(problems('provider-share', `${head}a,A,US,60,reported,,${SRC}\nb,B,CN,40.2,reported,,${SRC}\n`)).toEqual([
			'data/datasets/provider-share.csv:3: field "share_pct": shares add up to 100.2, expected 100 ± 0.15'
		]);
		expect(problems('country-share', `${head}a,A,US,101,reported,,${SRC}\n`)).toEqual([
			'data/datasets/country-share.csv:2: field "share_pct": expected a number from 0 to 100, got 101'
		]);
	});

	it('check a weekly timeline: every week in order, one week apart, each ending on its last day', () => {
		const head = 'week_start,week_end,china_t,us_t,total_t,leader,leader_basis,note,source,url,date,confidence\n';
		const row = (s: string, e: string) => `${s},${e},1,1,3,not reported,not reported,,${SRC}\n`;
		expect(problems('weekly-tokens', head + row('2026-02-09', '2026-02-15') + row('2026-02-16', '2026-02-22'))).toEqual(
			[]
		);
		expect(
			problems(
				'weekly-tokens',
				head + row('2026-02-09', '2026-02-15') + row('2026-02-23', '2026-03-01') + row('2026-03-03', '2026-03-08')
			)
		).toEqual([
			'data/datasets/weekly-tokens.csv:3: field "week_start": expected 2026-02-16 (one week after the row above), got 2026-02-23; list every week in order, unreported ones as "not reported"',
			'data/datasets/weekly-tokens.csv:4: field "week_end": expected 2026-03-09 (the last day of the week from 2026-03-03), got 2026-03-08',
			'data/datasets/weekly-tokens.csv:4: field "week_start": expected 2026-03-02 (one week after the row above), got 2026-03-03; list every week in order, unreported ones as "not reported"'
		]);
	});

	it('check weekly leaders: the tallies decide; an inferred leader only where none are reported', () => {
		const head = 'week_start,week_end,china_t,us_t,total_t,leader,leader_basis,note,source,url,date,confidence\n';
		const ok =
			`2026-02-16,2026-02-22,5,2,not reported,CN,reported,,${SRC}\n` +
			`2026-02-23,2026-03-01,not reported,not reported,not reported,US,inferred,,${SRC}\n` +
			`2026-03-02,2026-03-08,not reported,not reported,not reported,not reported,not reported,,No report found,,2026-05,not reported\n`;
		expect(problems('weekly-tokens', head + ok)).toEqual([]);
		expect(
			problems(
				'weekly-tokens',
				head +
					`2026-02-16,2026-02-22,5,2,not reported,US,reported,,${SRC}\n` +
					`2026-02-23,2026-03-01,5,2,not reported,CN,inferred,,${SRC}\n` +
					`2026-03-02,2026-03-08,not reported,not reported,not reported,US,not reported,,${SRC}\n`
			)
		).toEqual([
			'data/datasets/weekly-tokens.csv:2: field "leader": the tallies (china_t 5, us_t 2) make the leader CN, reported; got US, reported',
			'data/datasets/weekly-tokens.csv:3: field "leader": the tallies (china_t 5, us_t 2) make the leader CN, reported; got CN, inferred',
			'data/datasets/weekly-tokens.csv:4: field "leader_basis": say how the leader is known: reported or inferred'
		]);
		// A leader is a value: it needs a source like any other.
		expect(
			problems(
				'weekly-tokens',
				head +
					`2026-03-09,2026-03-15,not reported,not reported,not reported,US,inferred,,No report found,,2026-05,not reported\n`
			)
		).toEqual([
			'data/datasets/weekly-tokens.csv:2: field "url": a row that reports a value needs a source url',
			'data/datasets/weekly-tokens.csv:2: field "confidence": a row that reports a value needs a confidence (high, medium or low), not "not reported"'
		]);
	});

	it('report every bad cell of a file at once, with its line and column', () => {
		const head = 'model,lab,country,input_usd,output_usd,note,source,url,date,confidence\n';
		expect(problems('prices', `${head}A,L,US,1,15$,,${SRC}\nB,L,USA,-1,2,,${SRC}\n`)).toEqual([
			'data/datasets/prices.csv:2: field "output_usd": expected a number, got "15$"',
			'data/datasets/prices.csv:3: field "country": expected one of US, CN, got "USA"',
			'data/datasets/prices.csv:3: field "input_usd": expected a number >= 0, got -1'
		]);
	});
});
