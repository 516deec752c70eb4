import type { ChartSpec } from '../types.ts';
import { LINES_OVER_TIME_STATES, LINES_OVER_TIME_WORDS, linesOverTimeKeys, linesOverTimeScene } from './scene.ts';

/** Lines over time: the first weeks, through the peak, then everything. */
export const linesOverTimeSpec: ChartSpec = {
	id: 'lines-over-time',
	roles: {
		weeks: { shape: 'weeks', about: 'the weekly values of each series' }
	},
	options: [],
	states: () => [...LINES_OVER_TIME_STATES],
	keys: (data, state, groups) => linesOverTimeKeys(data, state, groups),
	text: (data, step) =>
		linesOverTimeScene(data, step.state, step.highlight, step.words, step.groups, step.options).text,
	scene: (data, step) => linesOverTimeScene(data, step.state, step.highlight, step.words, step.groups, step.options),
	words: LINES_OVER_TIME_WORDS
};
