import type { ChartSpec } from '../types.ts';
import { SHARE_STATES, SHARE_WORDS, shareKeys, shareScene } from './scene.ts';

/** The share donut: parts, then parts grouped, then the gap between the two largest groups. */
export const shareSpec: ChartSpec = {
	id: 'part-of-whole',
	roles: {
		parts: { shape: 'shares', about: 'the parts of the whole' },
		totals: { shape: 'shares', about: 'the whole split by group' }
	},
	options: [],
	states: () => [...SHARE_STATES],
	keys: (data, state) => shareKeys(data, state),
	text: (data, step) => shareScene(data, step.state, step.highlight, step.words, step.groups).text,
	scene: (data, step) => shareScene(data, step.state, step.highlight, step.words, step.groups),
	words: SHARE_WORDS
};
