import type { ChartSpec } from '../types';
import { PRICES_STATES, pricesScene } from './scene';

/** List prices per million tokens; see scene.ts for the states and the name-matching rule. */
export const pricesSpec: ChartSpec = {
	id: 'prices',
	datasets: ['prices', 'model-ranking'],
	states: () => [...PRICES_STATES],
	keys: (data) => data.prices.map((r) => r.model),
	text: (data, step) => pricesScene(data, step.state, step.highlight).text
};
