/**
 * Timelines that print every frame of a lines-over-time caption at least once (full coverage and
 * ties, no leader, a long file drawn in part with a highlight, periods led without tallies), for
 * the tests that each default word is printed as a story rewrites it.
 */
import type { ChartOptions, Datasets, TimeRow } from '../../model/types.ts';
import { dayNumber } from '../../model/periods.ts';

function week(
	start: string,
	a: number | null,
	b: number | null,
	leader?: { id: 'CN' | 'US'; basis: 'reported' | 'inferred' }
): TimeRow {
	const end = new Date((dayNumber(start) + 6) * 86_400_000).toISOString().slice(0, 10);
	const tallied = a === null || b === null ? null : a > b ? 'CN' : b > a ? 'US' : null;
	return {
		start,
		end,
		values: { CN: a, US: b },
		total: null,
		leader: tallied ?? leader?.id ?? null,
		leaderBasis: tallied ? 'reported' : (leader?.basis ?? null),
		note: '',
		source: 'test',
		url: null,
		date: '2026-05',
		confidence: a === null ? null : 'high'
	};
}

const weeks = (n: number, f: (i: number) => [number | null, number | null]) =>
	Array.from({ length: n }, (_, i) => {
		const d = new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10);
		return week(d, ...f(i));
	});

const only = (timeline: TimeRow[]): Datasets => ({
	ranks: [],
	counts: [],
	parts: [],
	totals: [],
	timeline,
	metrics: [],
	scores: [],
	pairs: []
});

/** Each case: the rows, the chart's options and the periods a step highlights. */
export const FRAME_CASES: { data: Datasets; options?: ChartOptions; highlight?: string[] }[] = [
	// Every week reported, one tie, the other series ahead once.
	{ data: only(weeks(4, (i) => [[5, 3, 4, 2][i], [3, 3, 6, 1][i]])) },
	// Every week a tie: no leader.
	{ data: only(weeks(2, (i) => [[3, 4][i], [3, 4][i]])) },
	// A long file with gaps, drawn in part, one week highlighted.
	{
		data: only(weeks(40, (i) => (i % 9 === 4 ? [null, null] : [10 + (i % 5), 8 + (i % 7)]))),
		options: { drawnFrom: { rows: 400, href: '/data.csv' } },
		highlight: ['2024-01-08']
	},
	// Weeks led without tallies, by a report and by inference, and weeks no one says.
	{
		data: only([
			week('2026-01-05', 6, 3),
			week('2026-01-12', 2, 3),
			week('2026-01-19', null, null, { id: 'US', basis: 'reported' }),
			week('2026-01-26', null, null, { id: 'US', basis: 'inferred' }),
			week('2026-02-02', null, null),
			week('2026-02-09', 7, 3),
			week('2026-02-16', 8, 2)
		])
	}
];
