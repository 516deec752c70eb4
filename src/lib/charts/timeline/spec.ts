import type { ChartSpec } from '../types.ts';
import { TIMELINE_STATES, TIMELINE_WORDS, timelineKeys, timelineScene } from './scene.ts';

/** Weekly tokens of Chinese and US models: the first weeks, the spike, then everything. */
export const timelineSpec: ChartSpec = {
	id: 'timeline',
	datasets: ['weekly-tokens'],
	states: () => [...TIMELINE_STATES],
	keys: (data, state) => timelineKeys(data, state),
	text: (data, step) => timelineScene(data, step.state, step.highlight, step.words).text,
	scene: (data, step) => timelineScene(data, step.state, step.highlight, step.words),
	words: TIMELINE_WORDS
};
