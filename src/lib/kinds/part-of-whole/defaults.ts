import type { WordDefaults } from '../../model/words.ts';

/**
 * The words of a part-of-whole chart a story may leave out (see spec.ts), as the chart printed
 * them before they were words: its number formats, the basis words, the captions' frames and the
 * table's headings.
 */
export const PART_OF_WHOLE_DEFAULTS = {
	value: '{value}%',
	points: '{value} pts',
	'points-long': '{value} percentage points',
	part: '{label} {value}',
	'part-noted': '{label} {value} ({note})',
	derived: 'derived',
	reported: 'reported',
	'short-derived': 'Others',
	'caption-shares': '{title}: {parts}.',
	'caption-gap': '{parts}. The gap, {leader} over {follower}: {points} (derived: {formula}).',
	'row-gap': 'Gap, {leader} minus {follower}',
	'column-share': 'Share',
	'column-basis': 'Basis'
} as const satisfies WordDefaults;
