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
	'caption-peak': ['period', 'values']
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
		linesOverTimeScene(data, step.state, step.highlight, step.chart.words, step.groups, step.chart.options).text,
	scene: (data, step) =>
		linesOverTimeScene(data, step.state, step.highlight, step.chart.words, step.groups, step.chart.options),
	words: LINES_OVER_TIME_WORDS,
	defaults: LINES_OVER_TIME_DEFAULTS
};
