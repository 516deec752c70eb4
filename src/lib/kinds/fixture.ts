/**
 * Test data for the charts: small builders for synthetic rows, and the China story's own rows,
 * groups and words as the build loads them from data/. Imported by tests only.
 */
import type {
	MetricRow,
	ScoreRow,
	GroupId,
	Datasets,
	Group,
	KindId,
	RankRow,
	PairRow,
	CountRow
} from '../model/types.ts';
import { loadStory } from '../loading/load.server.ts';
import { chartView } from './view.ts';

const src = { source: 'test', url: null, date: '2026-04', confidence: 'low' as const };

export function datasets(parts: Partial<Datasets>): Datasets {
	return { ranks: [], counts: [], parts: [], totals: [], weeks: [], metrics: [], scores: [], pairs: [], ...parts };
}

export const rank = (
	r: number,
	label: string | null,
	group: GroupId | null = null,
	value: number | null = null,
	note = ''
): RankRow => ({ rank: r, label, sub: label ? 'Lab' : null, group, value, note, ...src });

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
): ScoreRow => ({ label, sub: 'Lab', group, metric: m, value: s, approximate, error, note, ...src });

export const price = (label: string, group: GroupId, first: number, second: number, note = ''): PairRow => ({
	label,
	sub: 'Lab',
	group,
	first,
	second,
	note,
	...src
});

/**
 * The China story as the build loads it (data/): its rows by role, its groups and its charts'
 * words. Scene tests read the story's figures from here, never from typed-out copies.
 */
const story = loadStory('data/stories/china-ai-market');
const viewOf = (kind: KindId) => {
	const step = story.steps.find((s) => s.chart.kind === kind);
	if (!step) throw new Error(`the story has no chart of kind ${kind}`);
	return { view: chartView(story.data, step.chart), words: step.chart.words };
};
const ranked = viewOf('ranked-bars');
const part = viewOf('part-of-whole');
const lines = viewOf('lines-over-time');
const dots = viewOf('dot-plot');
const bars = viewOf('grouped-bars');

export const STORY: Datasets = {
	ranks: ranked.view.ranks,
	counts: ranked.view.counts,
	parts: part.view.parts,
	totals: part.view.totals,
	weeks: lines.view.weeks,
	metrics: dots.view.metrics,
	scores: dots.view.scores,
	pairs: bars.view.pairs
};

/** The story's groups. */
export const GROUPS: readonly Group[] = story.groups;

/** The words of each chart kind, as the story writes them. */
export const WORDS = {
	ranking: ranked.words,
	share: part.words,
	timeline: lines.words,
	benchmark: dots.words,
	prices: bars.words
};

/** A group's tone in the story (`g0`...), for tests that check colours. */
export const toneOfGroup = (id: string) => `g${story.groups.findIndex((g) => g.id === id)}`;
