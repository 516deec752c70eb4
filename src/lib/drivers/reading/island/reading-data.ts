/**
 * What the reading page hands its island, and where: the data goes into the page as JSON (a
 * `<script type="application/json">`, which the browser never runs), the part it hydrates carries
 * an id.
 */
import type { ChartText } from '../../../kinds/types';
import type { PrerenderedChart } from '../../../charts/loader.svelte';
import type { Story } from '../../../model/types';
import type { VersionLink } from '../../shared/langs/versions';
import type { WordsFrom } from '../../../model/locale/ui/words';

/**
 * The interface words the reading page's island shows (as key prefixes): the figure's, its
 * downloads' and embed dialog's, and a still's date line. The rest of the page is server HTML.
 */
export const READING_WORDS = ['figure-', 'download-', 'embed-', 'dates-as-of'] as const;

export interface ReadingData {
	/**
	 * The story as the reader sees it (no speaker notes; its log of updates and its datasets' words
	 * stay in the HTML, the sources section, where they show).
	 */
	story: Story;
	/** Each step's chart text, written at build time. */
	texts: ChartText[];
	/** Each step's source credit (its datasets', in the story's language), written at build time. */
	credits: string[];
	/** Which step's drawing the page carries. */
	prerendered: PrerenderedChart;
	/** How recent the data is (`model/dates.ts`), for a downloaded still: worked out at build time. */
	asOf: string | null;
	/** The interface's words of the story's language that the island shows (`READING_WORDS`). */
	ui: WordsFrom<(typeof READING_WORDS)[number]>;
	/** The story in its other languages, for the figure's links to the step in each (none: no links). */
	languages?: VersionLink[];
}

/** The id of the JSON script holding `ReadingData`. */
export const READING_DATA_ID = 'reading-data';
/** The id of the element holding the scrollytelling section's server HTML. */
export const READING_SCROLLY_ID = 'reading-scrolly';
