import type { ChartSpec } from '../types.ts';
import type { WordSpec } from '../../model/words.ts';
import { PART_OF_WHOLE_STATES } from './types.ts';
import { partOfWholeKeys, partOfWholeScene } from './scene.ts';
import { PART_OF_WHOLE_DEFAULTS } from './defaults.ts';

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
	'column-group': [],
	/** A share and a gap in percentage points, as labels, tips, captions and the table print them: "{value}%", "{value} pts". */
	value: ['value'],
	points: ['value'],
	/** The gap in the `gap` caption: "{value} percentage points". */
	'points-long': ['value'],
	/** A part in a caption and the donut's centre, "{label} {value}", and with a note, "{label} {value} ({note})". */
	part: ['label', 'value'],
	'part-noted': ['label', 'value', 'note'],
	/** A share's basis, in notes, captions and the table; `short-derived` the short label of a derived part. */
	derived: [],
	reported: [],
	'short-derived': [],
	/** The `parts` and `totals` caption, "{title}: {parts}.", and the `gap` caption. */
	'caption-shares': ['title', 'parts'],
	'caption-gap': ['parts', 'leader', 'follower', 'points', 'formula'],
	/** The gap's row in the table and its tip. */
	'row-gap': ['leader', 'follower'],
	'column-share': [],
	'column-basis': []
} as const satisfies WordSpec;

/** The share donut: parts, then parts grouped, then the gap between the two largest groups. */
export const partOfWholeSpec: ChartSpec = {
	id: 'part-of-whole',
	roles: {
		parts: { shape: 'shares', about: 'the parts of the whole' },
		totals: { shape: 'shares', about: 'the whole split by group' }
	},
	options: ['decimals'],
	states: () => [...PART_OF_WHOLE_STATES],
	keys: (data, state) => partOfWholeKeys(data, state),
	text: (data, step) =>
		partOfWholeScene(data, step.state, step.highlight, step.chart.words, step.groups, step.chart.options, step.lang)
			.text,
	scene: (data, step) =>
		partOfWholeScene(data, step.state, step.highlight, step.chart.words, step.groups, step.chart.options, step.lang),
	words: PART_OF_WHOLE_WORDS,
	defaults: PART_OF_WHOLE_DEFAULTS
};
