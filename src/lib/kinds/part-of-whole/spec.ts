import type { ChartSpec } from '../types.ts';
import { PART_OF_WHOLE_STATES, PART_OF_WHOLE_WORDS, partOfWholeKeys, partOfWholeScene } from './scene.ts';

/** The share donut: parts, then parts grouped, then the gap between the two largest groups. */
export const partOfWholeSpec: ChartSpec = {
	id: 'part-of-whole',
	roles: {
		parts: { shape: 'shares', about: 'the parts of the whole' },
		totals: { shape: 'shares', about: 'the whole split by group' }
	},
	options: [],
	states: () => [...PART_OF_WHOLE_STATES],
	keys: (data, state) => partOfWholeKeys(data, state),
	text: (data, step) => partOfWholeScene(data, step.state, step.highlight, step.words, step.groups).text,
	scene: (data, step) => partOfWholeScene(data, step.state, step.highlight, step.words, step.groups),
	words: PART_OF_WHOLE_WORDS
};
