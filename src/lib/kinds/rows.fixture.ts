/**
 * Test data for the kinds: small builders of synthetic rows (the China story's own rows, groups and
 * words, as the build loads them, are `src/lib/loading/china.fixture.ts`). Imported by tests only.
 */
import type { MetricRow, ScoreRow, GroupId, Datasets, RankRow, PairRow, CountRow } from '../model/types.ts';

const src = { source: 'test', url: null, date: '2026-04', confidence: 'low' as const };

export function datasets(parts: Partial<Datasets>): Datasets {
	return { ranks: [], counts: [], parts: [], totals: [], timeline: [], metrics: [], scores: [], pairs: [], ...parts };
}

export const rank = (
	r: number,
	label: string | null,
	group: GroupId | null = null,
	value: number | null = null,
	note = ''
): RankRow => ({ rank: r, label, short: '', sub: label ? 'Lab' : null, group, value, note, ...src });

export const composition = (cn: number, notCn: number): CountRow[] => [
	{ group: 'CN', count: cn, note: '', ...src },
	{ group: 'not CN', count: notCn, note: '', ...src }
];

export const metric = (id: string, label: string, unit: string): MetricRow => ({
	id,
	label,
	unit,
	about: '',
	...src
});

export const score = (
	label: string,
	group: GroupId,
	m: string,
	s: number | null,
	approximate = false,
	error: number | null = null,
	note = ''
): ScoreRow => ({ label, short: '', sub: 'Lab', group, metric: m, value: s, approximate, error, note, ...src });

export const price = (label: string, group: GroupId, first: number, second: number, note = ''): PairRow => ({
	label,
	short: '',
	sub: 'Lab',
	group,
	first,
	second,
	note,
	...src
});
