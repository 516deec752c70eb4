import type { WordDefaults } from '../../model/words.ts';

/**
 * The words of a dot-plot chart a story may leave out (see spec.ts), as the chart printed them
 * before they were words: how an approximate score and a stated error print, and the table's
 * headings of the score, its source and its date.
 */
export const DOT_PLOT_DEFAULTS = {
	approximate: '~{score}',
	error: '{score} ±{error}',
	'column-score': '{metric} ({unit})',
	'column-source': 'Source',
	'column-date': 'Date'
} as const satisfies WordDefaults;
