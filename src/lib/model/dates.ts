/**
 * The story's own dates, as every mode shows them: when it was published and last updated, and
 * how recent its data is ("Data as of …", on every picture that may travel alone).
 */
import { formatDate } from './format.ts';
import { word } from './words.ts';
import type { LangCode } from './locale/langs.ts';
import type { UiWords } from './locale/ui/words.ts';
import type { StoryData, StoryMeta, StoryUpdate } from './types.ts';

/** ISO dates compare as text; a month (2026-06) sorts before the days of that month. */
const later = (a: string | null, b: string): string => (a === null || b > a ? b : a);

/** The day of the last update, or null when there is none. */
export function lastUpdated(updates: readonly StoryUpdate[]): string | null {
	return updates.reduce<string | null>((d, u) => later(d, u.date), null);
}

/** When the story last changed: its last update, else its publication; null for a draft. */
export function modifiedOn(meta: Pick<StoryMeta, 'published'>, updates: readonly StoryUpdate[]): string | null {
	return lastUpdated(updates) ?? meta.published;
}

/**
 * How recent the story's data is: the latest source date of a reported value (a row that records
 * that nothing was reported has no confidence, and does not count). Data an update adds carries its
 * own dates, so it counts through them; an update's own day does not (a corrected credit does not
 * make the data newer). Null when no row is dated.
 */
export function dataAsOf(story: { data: StoryData }): string | null {
	let asOf: string | null = null;
	for (const rows of Object.values(story.data)) {
		for (const row of rows as readonly { date?: unknown; confidence?: unknown }[]) {
			if (typeof row.date === 'string' && row.confidence !== null) asOf = later(asOf, row.date);
		}
	}
	return asOf;
}

/**
 * "Data as of 6 December 2026" (or "… June 2026" for a month), in `lang`'s words and date format.
 * The words come from the caller (the page's table), so this module carries no language's words.
 */
export function asOfLine(iso: string, words: Partial<Pick<UiWords, 'dates-as-of'>>, lang: LangCode): string {
	return word(words, 'dates-as-of', { date: formatDate(iso, lang) });
}
