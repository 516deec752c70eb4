import type { WordDefaults } from '../../model/words.ts';

/**
 * The words of a grouped-bars chart a story may leave out (see spec.ts), as the chart printed
 * them before they were words.
 */
export const GROUPED_BARS_DEFAULTS = {
	value: '${value}',
	pair: '{first} in / {second} out',
	'pair-short': '{first} / {second}',
	span: '{low} to {high}',
	'rank-prefix': '#{rank}',
	'column-note': 'Note'
} as const satisfies WordDefaults;
