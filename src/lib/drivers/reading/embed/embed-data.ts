/**
 * What the embed pages hand their islands: JSON in the page (as the reading page does,
 * `island/reading-data.ts`), and the ids of the parts they hydrate.
 */
import type { ReadingData } from '../island/reading-data';
import type { ChartText } from '../../../kinds/types';
import type { PrerenderedChart } from '../../../charts/loader.svelte';
import type { Step, StoryData } from '../../../model/types';
import type { LangCode } from '../../../model/locale/langs';
import type { WordsFrom } from '../../../model/locale/ui/words';

/**
 * The interface words a step embed's island shows (as key prefixes): its figure's and the link
 * back to the story.
 */
export const STEP_EMBED_WORDS = ['figure-', 'embedded-', 'dates-as-of'] as const;

/**
 * The interface words the story embed's island shows: the reading page's but the embed dialog's
 * (a story in another site's page offers no embed code of its own).
 */
export const STORY_EMBED_WORDS = ['figure-', 'download-', 'dates-as-of'] as const;

/** The story embed's: the reading page's, for the same scrollytelling section. */
export type StoryEmbedData = Omit<ReadingData, 'ui'> & { ui: WordsFrom<(typeof STORY_EMBED_WORDS)[number]> };

/** A step embed's: that step and its chart's words. */
export interface StepEmbedData {
	data: StoryData;
	step: Step;
	text: ChartText;
	credit: string;
	asOf: string | null;
	storyHref: string;
	storyTitle: string;
	prerendered: PrerenderedChart;
	/** The story's language: the date's format. */
	lang: LangCode;
	/** The interface's words of the story's language that the island shows (`STEP_EMBED_WORDS`). */
	ui: WordsFrom<(typeof STEP_EMBED_WORDS)[number]>;
}

/** The id of the JSON script holding the island's data. */
export const EMBED_DATA_ID = 'embed-data';
/** The id of the element holding the part an embed's island hydrates. */
export const EMBED_PART_ID = 'embed-part';
