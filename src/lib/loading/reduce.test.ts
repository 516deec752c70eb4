import { describe, expect, it } from 'vitest';
import type { Story, TimeRow } from '../model/types.ts';
import { nextStart } from '../model/periods.ts';
import { PAGE_ROWS, keptRows, reduceForPage } from './reduce.ts';
import { loadStory } from './load.server.ts';
import { chartText } from '../kinds/registry.ts';

const chartTextOf = (story: Story, step: Story['steps'][number]) => chartText(story.data, step);

/** `n` days from 2020-01-01, two series; days 400-409 unreported; a spike on day 900. */
function days(n: number): TimeRow[] {
	const rows: TimeRow[] = [];
	let start = '2020-01-01';
	for (let i = 0; i < n; i++) {
		const gap = i >= 400 && i < 410;
		const a = gap ? null : 50 + 10 * Math.sin(i / 20) + (i === 900 ? 100 : 0);
		const b = gap ? null : 60 + 10 * Math.cos(i / 30);
		rows.push({
			start,
			end: null,
			values: { a, b },
			total: null,
			leader: null,
			leaderBasis: null,
			note: '',
			source: 'test',
			url: gap ? null : 'https://example.org/t',
			// One row is dated later than the rest: the data's "as of" date must survive.
			date: i === 123 ? '2025-02' : '2025-01',
			confidence: gap ? null : 'high'
		});
		start = nextStart(start, 'day');
	}
	return rows;
}

describe('a page carries what it draws', () => {
	const rows = days(1827);

	it('keeps each stretch’s extremes, the gap’s edges, the named rows, the peak and the latest source', () => {
		const kept = keptRows(rows, ['start', 'all'], ['2023-06-15']);
		expect(kept.length).toBeLessThanOrEqual(PAGE_ROWS);
		expect(kept.length).toBeGreaterThan(100);
		expect(kept).toEqual([...kept].sort((x, y) => x - y));
		for (const i of [0, 1826, 399, 400, 409, 410, 900, 123]) expect(kept).toContain(i);
		expect(kept.map((i) => rows[i].start)).toContain('2023-06-15');
		// The largest and smallest value of each series anywhere.
		for (const id of ['a', 'b']) {
			const vals = rows.map((r) => r.values[id]);
			const max = vals.indexOf(Math.max(...(vals.filter((v) => v !== null) as number[])));
			expect(kept).toContain(max);
		}
	});

	it('cuts a long timeline in the pages’ copy only, keeping the file’s figures and its grain', () => {
		const story = loadStory('data/stories/china-ai-market');
		const id = story.datasets.find((d) => d.shape === 'timeline')!.id;
		// The China story's timeline is short: its pages carry it whole.
		expect(reduceForPage(story, 'china-ai-market')).toBe(story);
		// The same chart over five years of days, its grain left to the dates.
		const datasets = story.datasets.map((d) => (d.id === id ? { ...d, grain: undefined } : d));
		const long: Story = { ...story, datasets, data: { ...story.data, [id]: rows } };
		const copy = reduceForPage(long, 'china-ai-market');
		expect(long.data[id]).toHaveLength(1827);
		expect(copy.data[id].length).toBeLessThanOrEqual(PAGE_ROWS);
		const meta = copy.datasets.find((d) => d.id === id)!;
		expect(meta.reduced).toMatchObject({ rows: 1827, kept: copy.data[id].length, notReported: 10 });
		expect(meta.reduced!.sources.map((s) => s.rows)).toEqual([1816, 1]);
		const step = copy.steps.find((s) => s.chart.bind.timeline === id)!;
		expect(step.chart.options).toMatchObject({
			grain: 'day',
			drawnFrom: { rows: 1827, href: `/china-ai-market/data/${id}.csv` }
		});
		// The page's caption counts the file's rows, not the drawn ones.
		const all = copy.steps.find((s) => s.chart.bind.timeline === id && s.state === 'all')!;
		expect(chartTextOf(copy, all).caption).toContain(': 1,817 of 1,827 days reported.');
		expect(chartTextOf(copy, step).table.full).toMatchObject({ rows: 1827, href: `/china-ai-market/data/${id}.csv` });
		expect(chartTextOf(copy, step).table.rows.length).toBeLessThan(PAGE_ROWS);
		// Steps of one chart still share one chart.
		const steps = copy.steps.filter((s) => s.chart.bind.timeline === id);
		expect(new Set(steps.map((s) => s.chart)).size).toBe(1);
	});
});
