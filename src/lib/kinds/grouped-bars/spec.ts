import type { ChartSpec } from '../types.ts';
import { PRICES_STATES, PRICES_WORDS, pricesScene } from './scene.ts';

/** List prices per million tokens; see scene.ts for the states and the name-matching rule. */
export const pricesSpec: ChartSpec = {
	id: 'grouped-bars',
	roles: {
		pairs: { shape: 'pairs', about: 'the two values of each item' },
		ranks: { shape: 'ranks', optional: true, about: 'a ranking whose named items are ringed' }
	},
	options: [],
	states: () => [...PRICES_STATES],
	keys: (data) => data.pairs.map((r) => r.model),
	text: (data, step) => pricesScene(data, step.state, step.highlight, step.words, step.groups).text,
	scene: (data, step) => pricesScene(data, step.state, step.highlight, step.words, step.groups),
	words: PRICES_WORDS
};
