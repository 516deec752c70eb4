import type { ChartSpec } from '../types.ts';
import { RANKING_STATES, RANKING_WORDS, itemized, rankingScene } from './scene.ts';

/** April's top models by monthly tokens; see scene.ts for the states. */
export const rankingSpec: ChartSpec = {
	id: 'ranking',
	datasets: ['model-ranking', 'top10-composition'],
	states: () => [...RANKING_STATES],
	keys: (data) => itemized(data).map((r) => r.model as string),
	text: (data, step) => rankingScene(data, step.state, step.highlight, step.words).text,
	scene: (data, step) => rankingScene(data, step.state, step.highlight, step.words),
	words: RANKING_WORDS
};
