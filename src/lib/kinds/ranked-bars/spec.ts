import type { ChartSpec } from '../types.ts';
import { RANKED_BARS_WORDS, itemized, rankedBarsScene, rankedBarsStates } from './scene.ts';

/** Ranked bars, unnamed ranks as gaps; see scene.ts for the states. */
export const rankedBarsSpec: ChartSpec = {
	id: 'ranked-bars',
	roles: {
		ranks: { shape: 'ranks', about: 'the ranked items' },
		counts: { shape: 'counts', optional: true, about: 'how many of the ranking fall in each group' }
	},
	options: [],
	states: (_data, groups) => rankedBarsStates(groups),
	keys: (data) => itemized(data).map((r) => r.model as string),
	text: (data, step) => rankedBarsScene(data, step.state, step.highlight, step.words, step.groups).text,
	scene: (data, step) => rankedBarsScene(data, step.state, step.highlight, step.words, step.groups),
	words: RANKED_BARS_WORDS
};
