/**
 * The interface words each of the stage's pages carries, as key prefixes (`model/locale/ui/`):
 * its page data (or the offline talk's JSON) holds these, not the whole table.
 *
 * Relative imports only: vite.offline.config.ts reaches this file.
 */
import type { WordsFrom } from '../../model/locale/ui/words.ts';

/** The stage: its toolbar, overview and key help, the downloads and embed dialog, the figure, the dates. */
export const STAGE_WORDS = [
	'stage-',
	'overview-',
	'keys-',
	'download-',
	'embed-',
	'figure-',
	'dates-',
	'story-languages'
] as const;

/** The presenter view: its own words, the toolbar's back and next, the dates. */
export const PRESENTER_WORDS = ['presenter-', 'stage-', 'dates-'] as const;

/** The offline talk: the stage and the presenter view in one file. */
export const TALK_WORDS = [...STAGE_WORDS, 'presenter-'] as const;

export type TalkWords = WordsFrom<(typeof TALK_WORDS)[number]>;
