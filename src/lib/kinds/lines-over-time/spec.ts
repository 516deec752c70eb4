import type { ChartSpec } from '../types.ts';
import type { WordSpec } from '../../model/words.ts';
import { LINES_OVER_TIME_STATES } from './types.ts';
import { linesOverTimeKeys, linesOverTimeScene } from './scene.ts';
import { LINES_OVER_TIME_DEFAULTS } from './defaults.ts';

/** The words this chart shows (a chart of this kind under `charts:` in story.yaml) and the slots each may fill. */
const LINES_OVER_TIME_WORDS = {
	title: [],
	unit: [],
	'series-{series}': [],
	peak: [],
	ahead: ['series'],
	'legend-unreported': [],
	/** What the caption calls a series: "{group} models" ({label}: the series' own word). */
	'series-noun': ['group', 'label'],
	/** The caption's opening: "Weekly tokens of {series} on ..." */
	'caption-lead': ['series'],
	/** A value as printed on labels, tips and in the table: "{value}T" (two decimals; axis ticks as they fall). */
	value: ['value'],
	/** A series' column head in the data table: "{series}, trillions". */
	column: ['series'],
	/** The verb for the series that leads a period: "led" (a default), or "was cheapest". */
	led: [],
	/** The caption's sentence on the peak period of a short timeline: "The highest reported week was {period}: {values}." */
	'caption-peak': ['period', 'values'],
	// The frames of the generated sentences (defaults.ts has them in each language); a slot a
	// language's frame leaves out is still offered, since another's word order needs it.
	'caption-open': ['lead', 'span', 'coverage'],
	'coverage-all': ['grain'],
	'coverage-gaps': ['reported', 'shown', 'grains'],
	'coverage-some': ['reported', 'shown', 'grains'],
	'lead-named': ['series', 'led', 'count', 'reported', 'grains'],
	'lead-summary': ['series', 'led', 'count', 'grains'],
	'lead-other-count': ['series', 'count', 'grains'],
	'lead-other-periods': ['series', 'led', 'grain', 'periods', 'values'],
	tied: ['count', 'grains'],
	'no-leader': ['led', 'count', 'grains'],
	untallied: ['how', 'series', 'led', 'periods', 'without', 'count', 'shown', 'grains'],
	'untallied-also': ['led'],
	'untallied-how-streaks': [],
	'untallied-how-reports': [],
	'untallied-one': ['grain'],
	'untallied-many': ['grains'],
	'at-least': ['count'],
	'series-value': ['series', 'value'],
	spread: ['low', 'high'],
	range: ['low', 'high'],
	'range-end': ['series', 'value', 'period'],
	latest: ['period', 'values'],
	highlighted: ['items'],
	'highlighted-item': ['period', 'values'],
	'drawn-from': ['count', 'rows', 'grains', 'grain'],
	'every-row': ['rows'],
	'column-ahead': [],
	tie: [],
	inferred: ['series']
} as const satisfies WordSpec;

/** Lines over time: the first periods, through the peak, then everything. */
export const linesOverTimeSpec: ChartSpec = {
	id: 'lines-over-time',
	roles: {
		timeline: { shape: 'timeline', about: 'the values of each series over time' }
	},
	options: ['better', 'decimals'],
	states: () => [...LINES_OVER_TIME_STATES],
	keys: (data, state, groups) => linesOverTimeKeys(data, state, groups),
	text: (data, step) =>
		linesOverTimeScene(data, step.state, step.highlight, step.chart.words, step.groups, step.chart.options, step.lang)
			.text,
	scene: (data, step) =>
		linesOverTimeScene(data, step.state, step.highlight, step.chart.words, step.groups, step.chart.options, step.lang),
	words: LINES_OVER_TIME_WORDS,
	defaults: LINES_OVER_TIME_DEFAULTS
};
