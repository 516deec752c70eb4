import type { ChartSpec } from '../types.ts';
import { GROUPED_BARS_STATES, GROUPED_BARS_WORDS, groupedBarsScene } from './scene.ts';

/** List prices per million tokens; see scene.ts for the states and the name-matching rule. */
export const groupedBarsSpec: ChartSpec = {
	id: 'grouped-bars',
	roles: {
		pairs: { shape: 'pairs', about: 'the two values of each item' },
		ranks: { shape: 'ranks', optional: true, about: 'a ranking whose named items are ringed' }
	},
	options: [],
	states: () => [...GROUPED_BARS_STATES],
	keys: (data) => data.pairs.map((r) => r.model),
	text: (data, step) => groupedBarsScene(data, step.state, step.highlight, step.words, step.groups).text,
	scene: (data, step) => groupedBarsScene(data, step.state, step.highlight, step.words, step.groups),
	words: GROUPED_BARS_WORDS
};
