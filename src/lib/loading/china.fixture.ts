import type { Datasets, Group, KindId } from '../model/types.ts';
import { chartView } from '../kinds/view.ts';
import { loadStory } from './load.server.ts';

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
	timeline: lines.view.timeline,
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
