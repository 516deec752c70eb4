import type { ChartSpec } from '../types.ts';
import { PRICES_STATES, PRICES_WORDS, pricesScene } from './scene.ts';

/** List prices per million tokens; see scene.ts for the states and the name-matching rule. */
export const pricesSpec: ChartSpec = {
	id: 'prices',
	datasets: ['prices', 'model-ranking'],
	states: () => [...PRICES_STATES],
	keys: (data) => data.prices.map((r) => r.model),
	text: (data, step) => pricesScene(data, step.state, step.highlight, step.words).text,
	scene: (data, step) => pricesScene(data, step.state, step.highlight, step.words),
	words: PRICES_WORDS
};
