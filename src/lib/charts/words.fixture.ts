/**
 * Chart words for the scene tests: a typed copy of the `charts:` section of data/story.yaml, so
 * the scene tests stay deterministic and do not depend on the loader (like fixture.ts's rows).
 * Imported by tests only.
 */
import type { ChartId, ChartWords } from '../story/types.ts';

export const WORDS: Record<ChartId, ChartWords> = {
	ranking: {
		'title-top5': 'The {count} most used models on OpenRouter, as reported in {reported}',
		'title-top10': 'The top {total}: {unnamed} of them not itemized',
		'title-china': '{cn} of the top {count} are Chinese',
		unit: 'Tokens on OpenRouter over one month (the source does not say which month), trillions (T)',
		'legend-cn': 'Chinese model (CN)',
		'legend-us': 'US model (US)',
		'not-itemized': 'not itemized'
	},
	share: {
		'title-providers': 'Share of OpenRouter tokens by provider',
		'title-countries': 'Share of OpenRouter tokens by the lab\'s country, as The Hype groups them',
		'title-gap': 'The Hype\'s grouping: {leader} ahead of {follower} by {points}',
		unit: 'Share of OpenRouter tokens, %',
		'centre-providers': 'By provider',
		'gap-label': 'Gap: {leader} ahead by',
		'gap-short': 'Gap',
		'gap-centre': 'Gap {points}',
		'legend-derived': 'derived: computed from reported shares',
		'legend-points': 'pts: percentage points'
	},
	timeline: {
		title: 'Weekly tokens on OpenRouter: Chinese models vs US models',
		unit: 'Tokens per week, trillions; each outlet\'s sum of the models it counted, not like for like',
		'series-china': 'China',
		'series-us': 'US',
		peak: 'highest reported week',
		ahead: '{series} ahead',
		'legend-unreported': 'not reported'
	},
	benchmark: {
		title: '{metric}: {leader} led as of {date}',
		'title-none': '{metric}: no scores reported',
		unit: '{metric} score ({unit}); the axis starts at {start}, not zero',
		axis: '{metric} ({unit})',
		'legend-us': 'US model',
		'legend-cn': 'Chinese model'
	},
	prices: {
		'title-output': 'Output tokens cost from {min} to {max} per million',
		'title-top-ranked': 'The {cn} priced Chinese models in the top {count} reported in {reported} list at {max} or less',
		'title-top-ranked-none': 'Prices of the top {count} reported in {reported}',
		'title-input-output': 'Input and output prices per million tokens',
		'unit-output': 'List price, US$ per million output tokens, {month}; OpenRouter\'s unless a note says otherwise',
		'unit-input-output': 'List price, US$ per million input and output tokens, {month}; OpenRouter\'s unless a note says otherwise',
		'legend-us': 'US model',
		'legend-cn': 'Chinese model',
		'legend-ringed': 'ringed: in the top {count} reported in {reported} (#rank)',
		'legend-input': 'input',
		'legend-output': 'output'
	}
};
