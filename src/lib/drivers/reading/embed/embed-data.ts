/**
 * What the embed pages hand their islands: JSON in the page (as the reading page does,
 * `island/reading-data.ts`), and the ids of the parts they hydrate.
 */
import type { ReadingData } from '../island/reading-data';
import type { ChartText } from '../../../kinds/types';
import type { PrerenderedChart } from '../../../charts/loader.svelte';
import type { Step, StoryData } from '../../../model/types';

/** The story embed's: the reading page's, for the same scrollytelling section. */
export type StoryEmbedData = ReadingData;

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
}

/** The id of the JSON script holding the island's data. */
export const EMBED_DATA_ID = 'embed-data';
/** The id of the element holding the part an embed's island hydrates. */
export const EMBED_PART_ID = 'embed-part';
