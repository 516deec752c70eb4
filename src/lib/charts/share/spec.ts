import type { ChartSpec } from '../types.ts';
import { SHARE_STATES, SHARE_WORDS, shareKeys, shareScene } from './scene.ts';

/** The share donut: providers, then countries, then the gap between the two leaders. */
export const shareSpec: ChartSpec = {
	id: 'share',
	datasets: ['provider-share', 'country-share'],
	states: () => [...SHARE_STATES],
	keys: (data, state) => shareKeys(data, state),
	text: (data, step) => shareScene(data, step.state, step.highlight, step.words).text,
	scene: (data, step) => shareScene(data, step.state, step.highlight, step.words),
	words: SHARE_WORDS
};
