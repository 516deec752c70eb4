import { describe, expect, it } from 'vitest';
import type { Datasets, TimeRow } from '../../model/types.ts';
import { niceMax, linesOverTimeKeys, linesOverTimeScene as sceneOf } from './scene.ts';
import { LINES_OVER_TIME_STATES } from './types.ts';
import { dayNumber } from '../../model/periods.ts';
import { linesOverTimeSpec } from './spec.ts';
import { WORDS, GROUPS } from '../../loading/china.fixture.ts';

/** The scene with the story's chart words, as the page draws it. */
const linesOverTimeScene = (...args: [Parameters<typeof sceneOf>[0], string, string[]?]) =>
	sceneOf(args[0], args[1], args[2] ?? [], WORDS.timeline, GROUPS, {}, 'en');

/** A week; its leader follows the tallies, or is `inferred` (from streak counts) when given. */
function week(start: string, chinaT: number | null, usT: number | null, inferred: 'US' | 'CN' | null = null): TimeRow {
	const end = new Date((dayNumber(start) + 6) * 86_400_000).toISOString().slice(0, 10);
	const tallied = chinaT === null || usT === null ? null : chinaT > usT ? 'CN' : usT > chinaT ? 'US' : null;
	return {
		start,
		end: end,
		values: { CN: chinaT, US: usT },
		total: null,
		leader: tallied ?? inferred,
		leaderBasis: tallied ? 'reported' : inferred ? 'inferred' : null,
		note: '',
		source: 'test',
		url: null,
		date: '2026-05',
		confidence: chinaT === null ? null : 'high'
	};
}

function datasets(rows: TimeRow[]): Datasets {
	return {
		ranks: [],
		counts: [],
		parts: [],
		totals: [],
		timeline: rows,
		metrics: [],
		scores: [],
		pairs: []
	};
}

// The story's weeks: seven reported, eight not.
const ROWS = [
	week('2026-02-09', 4.12, 2.94),
	week('2026-02-16', 5.16, 2.7),
	week('2026-02-23', null, null),
	week('2026-03-02', null, null),
	week('2026-03-09', 4.69, 3.294),
	week('2026-03-16', null, null),
	week('2026-03-23', null, null),
	week('2026-03-30', 12.96, 3.03),
	week('2026-04-06', null, null),
	week('2026-04-13', 4.441, 4.908),
	week('2026-04-20', null, null),
	week('2026-04-27', null, null),
	week('2026-05-04', 7.941, 3.76),
	week('2026-05-11', null, null),
	week('2026-05-18', 9.22, 4.93)
];
const DATA = datasets(ROWS);

describe('timeline scene', () => {
	it('keeps every week in every state, under the same keys', () => {
		const keys = LINES_OVER_TIME_STATES.map((s) =>
			linesOverTimeScene(DATA, s)
				.series.flatMap((x) => x.points.map((p) => p.key))
				.join()
		);
		expect(new Set(keys).size).toBe(1);
		expect(linesOverTimeScene(DATA, 'all').series[0].points).toHaveLength(15);
	});

	it('unreported weeks are gaps, never zeros', () => {
		const scene = linesOverTimeScene(DATA, 'all');
		const china = scene.series.find((s) => s.id === 'CN')!;
		const gap = china.points.find((p) => p.period === '2026-02-23')!;
		expect(gap).toMatchObject({ y: null, defined: false });
		expect(china.points.filter((p) => p.defined).every((p) => (p.y ?? 0) > 0)).toBe(true);
		// Only the two February weeks connect; every other reported week is a lone dot.
		expect(scene.runs.CN).toEqual([
			['2026-02-09', '2026-02-16'],
			['2026-03-09'],
			['2026-03-30'],
			['2026-04-13'],
			['2026-05-04'],
			['2026-05-18']
		]);
		expect(scene.runs.US).toEqual(scene.runs.CN);
		const unreported = scene.bands.filter((b) => b.kind === 'unreported');
		expect(unreported).toHaveLength(8);
		expect(unreported.every((b) => b.visible)).toBe(true);
		// No value label sits on an unreported week.
		expect(scene.labels.some((l) => l.kind === 'value' && l.key.endsWith('2026-02-23'))).toBe(false);
		expect(scene.text.table.rows[2]).toEqual(['23 Feb-1 Mar', 'not reported', 'not reported', 'not reported']);
	});

	it('start: the first reported weeks, up to the last one before the spike', () => {
		const scene = linesOverTimeScene(DATA, 'start', ['2026-02-09']);
		expect(scene.periods).toEqual(['2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02', '2026-03-09']);
		expect(scene.xDomain).toEqual([dayNumber('2026-02-09'), dayNumber('2026-03-16')]);
		expect(scene.yDomain).toEqual([0, 6]);
		const spike = scene.series[0].points.find((p) => p.period === '2026-03-30')!;
		expect(spike.visible).toBe(false);
		const values = scene.labels.filter((l) => l.kind === 'value' && l.visible);
		expect(values.map((l) => [l.text, l.placement])).toEqual([
			['China 4.12T', 'above'],
			['US 2.94T', 'below']
		]);
		expect(scene.labels.find((l) => l.key === 'end:CN')).toMatchObject({
			visible: true,
			y: 4.69,
			sub: null
		});
		expect(scene.labels.filter((l) => l.kind === 'ahead' && l.visible)).toHaveLength(0);
	});

	it('spike: the domain reaches the peak week, which is labelled', () => {
		const scene = linesOverTimeScene(DATA, 'peak', ['2026-03-30']);
		expect(scene.periods.at(-1)).toBe('2026-03-30');
		expect(scene.yDomain[1]).toBeGreaterThan(12.96);
		const peak = scene.labels.find((l) => l.key === 'value:CN:2026-03-30')!;
		expect(peak).toMatchObject({ visible: true, text: 'China 12.96T', sub: 'highest reported week' });
		// The peak is the last point: its own label replaces the end label; the US end label
		// carries the highlighted value.
		expect(scene.labels.find((l) => l.key === 'end:CN')!.visible).toBe(false);
		expect(scene.labels.find((l) => l.key === 'end:US')).toMatchObject({ visible: true, sub: '3.03T' });
		expect(scene.labels.find((l) => l.key === 'value:US:2026-03-30')!.visible).toBe(false);
		// The peak is labelled even when another week is highlighted.
		const other = linesOverTimeScene(DATA, 'peak', []);
		expect(other.labels.find((l) => l.key === 'value:CN:2026-03-30')!.visible).toBe(true);
		expect(linesOverTimeScene(DATA, 'start').labels.find((l) => l.key === 'value:CN:2026-03-30')!.visible).toBe(false);
	});

	it('all: the week the US led is marked, computed from the data', () => {
		const scene = linesOverTimeScene(DATA, 'all', ['2026-04-13']);
		expect(scene.xDomain[1]).toBe(dayNumber('2026-05-25'));
		const ahead = scene.labels.filter((l) => l.kind === 'ahead');
		expect(ahead.map((l) => [l.key, l.text, l.visible])).toEqual([['ahead:2026-04-13', 'US ahead', true]]);
		expect(scene.bands.filter((b) => b.kind === 'ahead').map((b) => b.period)).toEqual(['2026-04-13']);
		const values = scene.labels.filter((l) => l.kind === 'value' && l.visible && !l.sub);
		expect(values.map((l) => [l.text, l.placement])).toEqual([
			['China 4.44T', 'below'],
			['US 4.91T', 'above']
		]);
		expect(scene.text.caption).toContain('US models led in the week of 13-19 Apr (China 4.44T, US 4.91T)');
		// A highlighted last week carries its values in the end labels.
		const may = linesOverTimeScene(DATA, 'all', ['2026-05-18']);
		expect(may.labels.filter((l) => l.kind === 'end').map((l) => [l.text, l.sub, l.visible])).toEqual([
			['China', '9.22T', true],
			['US', '4.93T', true]
		]);
		expect(may.labels.find((l) => l.key === 'value:CN:2026-05-18')!.visible).toBe(false);
		// No tallies, no leader: the caption says nothing of the weeks nobody tallied.
		expect(scene.text.caption).not.toContain('without tallies');
		// Move the lead to another period: the mark follows.
		const flipped = datasets(ROWS.map((r) => (r.start === '2026-05-04' ? week(r.start, 3, 3.5) : r)));
		const moved = linesOverTimeScene(flipped, 'all')
			.labels.filter((l) => l.kind === 'ahead')
			.map((l) => l.key);
		expect(moved).toEqual(['ahead:2026-04-13', 'ahead:2026-05-04']);
	});

	it('ticks sit on reported weeks; crowded ones are minor, highlighted ones never', () => {
		const scene = linesOverTimeScene(DATA, 'all', ['2026-04-13']);
		expect(scene.ticks.map((t) => t.key)).toEqual(linesOverTimeKeys(DATA, 'all', GROUPS));
		const major = scene.ticks.filter((t) => !t.minor).map((t) => t.label);
		expect(major).toContain('13 Apr');
		expect(major).not.toContain('30 Mar');
	});

	it('keys are the reported weeks of each state', () => {
		expect(linesOverTimeSpec.keys(DATA, 'start', GROUPS)).toEqual(['2026-02-09', '2026-02-16', '2026-03-09']);
		expect(linesOverTimeSpec.keys(DATA, 'peak', GROUPS)).toContain('2026-03-30');
		expect(linesOverTimeSpec.keys(DATA, 'all', GROUPS)).toHaveLength(7);
		expect(linesOverTimeSpec.keys(DATA, 'all', GROUPS)).not.toContain('2026-02-23');
		expect(() => linesOverTimeScene(DATA, 'weekly')).toThrow(/unknown state/);
	});

	it('niceMax rounds up with headroom', () => {
		expect(niceMax(5.16)).toBe(6);
		expect(niceMax(12.96)).toBe(15);
		expect(niceMax(9.9)).toBe(12.5);
		expect(niceMax(0)).toBe(1);
	});
	it('weeks nobody tallied: a leader the streak counts imply is said and tabled, never drawn', () => {
		const rows = ROWS.map((r) =>
			r.start === '2026-02-23' || r.start === '2026-04-20'
				? week(r.start, null, null, 'US')
				: r.start === '2026-03-02'
					? week(r.start, null, null, 'CN')
					: r
		);
		const scene = linesOverTimeScene(datasets(rows), 'all');
		expect(scene.text.caption).toContain(
			'US models led in the week of 13-19 Apr (China 4.44T, US 4.91T). ' +
				"By the sources' streak counts, US models also led 23 Feb-1 Mar and 20-26 Apr, weeks without " +
				'tallies (not drawn): at least 3 of the 15 weeks shown.'
		);
		expect(scene.text.table.rows[2]).toEqual(['23 Feb-1 Mar', 'not reported', 'not reported', 'US (inferred)']);
		expect(scene.text.table.rows[3][3]).toBe('China (inferred)');
		// Drawn exactly as before: bands and labels only where the tallies are.
		expect(scene.bands.filter((b) => b.kind === 'ahead').map((b) => b.period)).toEqual(['2026-04-13']);
		expect(scene.bands.filter((b) => b.kind === 'unreported')).toHaveLength(8);
		// February shows two of those weeks and every one of its weeks has a leader: no "at least".
		expect(linesOverTimeScene(datasets(rows), 'start').text.caption).toContain(
			"By the sources' streak counts, US models led 23 Feb-1 Mar, a week without tallies (not drawn): 1 of the 5 weeks shown."
		);
	});
});
