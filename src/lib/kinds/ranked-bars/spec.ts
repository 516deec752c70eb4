import type { ChartSpec } from '../types.ts';
import { RANKING_WORDS, itemized, rankingScene, rankingStates } from './scene.ts';

/** Ranked bars, unnamed ranks as gaps; see scene.ts for the states. */
export const rankingSpec: ChartSpec = {
	id: 'ranked-bars',
	roles: {
		ranks: { shape: 'ranks', about: 'the ranked items' },
		counts: { shape: 'counts', optional: true, about: 'how many of the ranking fall in each group' }
	},
	options: [],
	states: (_data, groups) => rankingStates(groups),
	keys: (data) => itemized(data).map((r) => r.model as string),
	text: (data, step) => rankingScene(data, step.state, step.highlight, step.words, step.groups).text,
	scene: (data, step) => rankingScene(data, step.state, step.highlight, step.words, step.groups),
	words: RANKING_WORDS
};
