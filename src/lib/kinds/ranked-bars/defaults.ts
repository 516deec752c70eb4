import type { WordDefaults } from '../../model/words.ts';

/**
 * The words of a ranked-bars chart a story may leave out (see spec.ts), as the chart printed them
 * before they were words: the sentences on the unnamed ranks and on a group's rows, the
 * table's rank and note headings.
 */
export const RANKED_BARS_DEFAULTS = {
	'unnamed-count-one': '{count} is {group}',
	'unnamed-count-many': '{count} are {group}',
	'unnamed-count-not-one': '{count} is not',
	'unnamed-count-not-many': '{count} are not',
	'unnamed-of': '{count} of these {slots}',
	'unnamed-note': '{counts} — which ones is not reported',
	'unnamed-note-none': 'These {slots} are not itemized by the source',
	'unnamed-note-ceiling': '; each below {value}',
	'caption-all': 'The source names ranks 1 to {named} only.',
	'caption-all-split': 'Of ranks {first} to {last}, {counts}; which ones is not reported.',
	'caption-all-unsplit': 'Ranks {first} to {last} are not itemized.',
	'caption-group-one': '{items} is {group}',
	'caption-group-many': '{items} are {group}',
	'caption-group-other-one': '{items} is the only {group} {noun} among the {named} named',
	'caption-group-other-many': '{items} are the {group} {noun} among the {named} named',
	'caption-group-total-one': 'In the whole top {total}, {count} is {group}, {unnamed} of them unnamed.',
	'caption-group-total-many': 'In the whole top {total}, {count} are {group}, {unnamed} of them unnamed.',
	'item-rank': '{item} (rank {rank})',
	'item-value': '{item} at {value}',
	'column-rank': 'Rank',
	'column-note': 'Note'
} as const satisfies WordDefaults;
