import type { ChartSpec } from '../types.ts';
import type { WordSpec } from '../../model/words.ts';
import { PART_OF_WHOLE_STATES } from './types.ts';
import { partOfWholeKeys, partOfWholeScene } from './scene.ts';

/** The words this chart shows (a chart of this kind under `charts:` in story.yaml) and the slots each may fill. */
const PART_OF_WHOLE_WORDS = {
	'title-parts': [],
	'title-totals': [],
	'title-gap': ['leader', 'follower', 'points'],
	unit: [],
	'centre-parts': [],
	'gap-label': ['leader', 'follower'],
	'gap-short': [],
	'gap-centre': ['points'],
	'legend-derived': [],
	'legend-points': [],
	'short-combined': ['group'],
	'note-combined': [],
	/** The data table's headings of a part ("Provider") and of a group ("Country"). */
	'column-part': [],
	'column-group': []
} as const satisfies WordSpec;

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
	text: (data, step) => partOfWholeScene(data, step.state, step.highlight, step.chart.words, step.groups).text,
	scene: (data, step) => partOfWholeScene(data, step.state, step.highlight, step.chart.words, step.groups),
	words: PART_OF_WHOLE_WORDS
};
