import type { WordDefaults } from '../../model/words.ts';

/**
 * The words of a lines-over-time chart a story may leave out (see spec.ts), as the chart printed
 * them before they were words: the verb its captions use for the series that leads a period
 * ("led"; a price chart where lower is better may say "was cheapest").
 */
export const LINES_OVER_TIME_DEFAULTS = {
	led: 'led'
} as const satisfies WordDefaults;
