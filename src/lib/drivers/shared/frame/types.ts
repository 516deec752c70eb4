import type { ChartText } from '../../../kinds/types.ts';
import type { StoryData, Step } from '../../../model/types.ts';
import type { LangCode } from '../../../model/locale/langs.ts';
import type { SomeUiWords } from '../ui-context.ts';

/** The stage's two themes; a dark still is drawn with the `[data-theme='dark']` colours. */
export type StillTheme = 'light' | 'dark';

/**
 * The interface's words a still shows (its source line, how recent its data is): carried with its
 * content, since a still drawn off the page (a download, a clip's frame) is a root of its own,
 * which no page context reaches.
 */
export type StillWords = Pick<SomeUiWords, 'figure-source' | 'dates-as-of'>;

/** Everything one still shows, all of it from data/: nothing here is written by hand. */
export interface StillContent {
	data: StoryData;
	step: Step;
	/** The step's chart text (title, unit), written at build time. */
	text: ChartText;
	/** Source credit for the step's datasets. */
	credit: string;
	/** The story's title, so a still that travels alone is still attributed. */
	storyTitle: string;
	/**
	 * How recent the story's data is (`model/dates.ts`: YYYY-MM-DD or YYYY-MM), shown as "Data as
	 * of …" in a corner of every still, card and clip frame; null when no row is dated.
	 */
	asOf: string | null;
	/** Position of the step in the story, 1-based. */
	number: number;
	total: number;
	/** The story's language: the date's format. */
	lang: LangCode;
	words: StillWords;
}
