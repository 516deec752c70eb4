import { describe, expect, it } from 'vitest';
import type { Group, TimeRow } from '../../model/types.ts';
import { nextStart } from '../../model/periods.ts';
import { datasets } from '../rows.fixture.ts';
import { linesOverTimeScene } from './scene.ts';

const GROUPS: Group[] = ['a', 'b', 'c', 'd'].map((id) => ({
	id,
	label: id.toUpperCase(),
	tag: id.toUpperCase(),
	colour: { light: '#333333', dark: '#cccccc' }
}));
const WORDS = {
	title: 'Prices',
	unit: 'Dollars',
	'series-a': 'Alpha',
	'series-b': 'Beta',
	'series-c': 'Gamma',
	'series-d': 'Delta',
	'series-noun': '{label}',
	'caption-lead': 'Daily prices of {series}',
	peak: 'dearest',
	ahead: '{series} cheapest',
	'legend-unreported': 'not reported',
	value: '${value}',
	column: '{series}',
	'caption-peak': 'The dearest was {period}: {values}.'
};

/** A seeded series generator, so the test data is the same on every run. */
function seeded(seed: number) {
	let s = seed;
	return () => {
		s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
		return s / 2 ** 31;
	};
}

/** `n` rows of `grain` from `start`, four series; a stretch of unreported days in the middle. */
function rowsOf(start: string, grain: 'day' | 'month', n: number): TimeRow[] {
	const random = seeded(7);
	const rows: TimeRow[] = [];
	let day = start;
	const level = { a: 100, b: 110, c: 120, d: 130 };
	for (let i = 0; i < n; i++) {
		const gap = i >= 400 && i < 410;
		for (const k of Object.keys(level) as (keyof typeof level)[])
			level[k] = Math.max(1, level[k] + (random() - 0.5) * 4);
		const values = Object.fromEntries(
			Object.entries(level).map(([k, v]) => [k, gap ? null : Math.round(v * 100) / 100])
		);
		rows.push({
			start: day,
			end: null,
			values,
			total: null,
			leader: null,
			leaderBasis: null,
			note: '',
			source: 'test',
			url: gap ? null : 'https://example.org/test',
			date: '2024-12-31',
			confidence: gap ? null : 'high'
		});
		day = nextStart(day, grain);
	}
	return rows;
}

const DAILY = datasets({ timeline: rowsOf('2020-01-01', 'day', 1827) });
const scene = (state: string, highlight: string[] = [], better?: 'lower') =>
	linesOverTimeScene(DAILY, state, highlight, WORDS, GROUPS, better ? { better } : {}, 'en');

describe('a long timeline: five years of days, four series', () => {
	it('is read as days, and ticks years on a phone, at most eight ticks in all', () => {
		const s = scene('all');
		expect(s.grain).toBe('day');
		const major = s.ticks.filter((t) => !t.minor);
		expect(major.length).toBeGreaterThan(1);
		expect(major.length).toBeLessThanOrEqual(4);
		expect(s.ticks.length).toBeLessThanOrEqual(8);
		expect(major.map((t) => t.label).every((l) => /^20\d\d$/.test(l))).toBe(true);
	});

	it('marks only the points that carry meaning, and merges a run of gaps into one band', () => {
		const s = scene('all', ['2022-06-01']);
		const markers = s.series.flatMap((x) => x.points.filter((p) => p.marker));
		// Each series' last point, the peak, and the highlighted day.
		expect(markers.length).toBeLessThanOrEqual(4 + 1 + 4);
		expect(markers.some((p) => p.period === '2022-06-01')).toBe(true);
		const gaps = s.bands.filter((b) => b.kind === 'unreported');
		expect(gaps).toHaveLength(1);
		expect(gaps[0].x1 - gaps[0].x0).toBe(10);
		// Labels only for what a state can show: the peak, the highlight and the line ends.
		expect(s.labels.length).toBeLessThanOrEqual(1 + 4 + 4);
	});

	it('summarises in a few sentences: span, who led how often, extremes, latest', () => {
		const { caption } = scene('all').text;
		expect(caption.length).toBeLessThanOrEqual(300);
		expect(caption).toMatch(
			/^Daily prices of Alpha, Beta, Gamma and Delta, 1 Jan 2020 to 31 Dec 2024: 1,817 of 1,827 days reported\. /
		);
		expect(caption).toMatch(/ led in [\d,]+ of them, \w+ in [\d,]+/);
		expect(caption).toMatch(/Range: \w+ \$[\d.]+ \([^)]*20\d\d\) to \w+ \$[\d.]+ \([^)]*20\d\d\)\./);
		expect(caption).toMatch(/Latest, 31 Dec 2024: \w+ \$[\d.]+ to \w+ \$[\d.]+\.$/);
		// The chart's own verb, where the story writes one.
		const cheapest = linesOverTimeScene(
			DAILY,
			'all',
			[],
			{ ...WORDS, led: 'was cheapest' },
			GROUPS,
			{
				better: 'lower'
			},
			'en'
		);
		expect(cheapest.text.caption).toMatch(/ was cheapest in [\d,]+ of them/);
		// The table keeps every period shown.
		expect(scene('all').text.table.rows).toHaveLength(1827);
	});

	it('lets the lowest value lead where lower is better', () => {
		const high = scene('all');
		const low = scene('all', [], 'lower');
		const first = DAILY.timeline[0].values as Record<string, number>;
		const cheapest = Object.entries(first).sort((a, b) => a[1] - b[1])[0][0];
		expect(low.series.find((s) => s.id === cheapest)!.points[0].ahead).toBe(true);
		expect(low.leadSeries).not.toBe(high.leadSeries);
	});

	it('says a tie as a tie', () => {
		const rows = rowsOf('2024-01-01', 'day', 40).map((r, i) =>
			i < 5 ? { ...r, values: { a: 5, b: 5, c: 1, d: 1 } } : r
		);
		const s = linesOverTimeScene(datasets({ timeline: rows }), 'all', [], WORDS, GROUPS, {}, 'en');
		expect(s.text.caption).toMatch(/; tied in 5\./);
		expect(s.text.table.rows[0].at(-1)).toBe('tie');
	});
});

describe('a monthly timeline', () => {
	it('ticks months or longer and names the year of the first label and of each January', () => {
		const rows = rowsOf('2023-07-01', 'month', 20);
		const s = linesOverTimeScene(datasets({ timeline: rows }), 'all', [], WORDS, GROUPS, {}, 'en');
		expect(s.grain).toBe('month');
		const labels = s.ticks.map((t) => t.label);
		expect(labels[0]).toMatch(/ 2023$/);
		expect(labels.filter((l) => l.startsWith('Jan')).every((l) => / 20\d\d$/.test(l))).toBe(true);
		expect(s.text.table.columns[0]).toBe('Month');
		expect(s.text.table.rows[0][0]).toBe('Jul 2023');
	});
});
