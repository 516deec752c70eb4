import type { ChartSpec } from '../types.ts';
import { TIMELINE_STATES, TIMELINE_WORDS, timelineKeys, timelineScene } from './scene.ts';

/** Lines over time: the first weeks, through the peak, then everything. */
export const timelineSpec: ChartSpec = {
	id: 'lines-over-time',
	roles: {
		weeks: { shape: 'weeks', about: 'the weekly values of each series' }
	},
	options: [],
	states: () => [...TIMELINE_STATES],
	keys: (data, state, groups) => timelineKeys(data, state, groups),
	text: (data, step) => timelineScene(data, step.state, step.highlight, step.words, step.groups, step.options).text,
	scene: (data, step) => timelineScene(data, step.state, step.highlight, step.words, step.groups, step.options),
	words: TIMELINE_WORDS
};
