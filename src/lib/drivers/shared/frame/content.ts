import type { ChartText } from '../../../kinds/types.ts';
import type { StoryData, Step, StoryUpdate } from '../../../model/types.ts';
import { dataAsOf } from '../../../model/dates.ts';
import type { LangCode } from '../../../model/locale/langs.ts';
import type { SomeUiWords } from '../ui-context.ts';
import type { StillContent } from './types.ts';
import { stillWords } from './still-words.ts';

/**
 * What a still (or a clip's frame) of step `i` shows: the step without its speaker notes (a still
 * is reader-facing), its chart text and credit, the story's title, how recent its data is and the
 * step's place, with the interface's words it shows (`ui`: the page's, or all of its language's).
 */
export function stillContent(
	story: {
		lang: LangCode;
		data: StoryData;
		steps: readonly Step[];
		meta: { title: string };
		updates: readonly StoryUpdate[];
	},
	i: number,
	text: ChartText,
	credit: string,
	ui: SomeUiWords
): StillContent {
	return {
		data: story.data,
		step: { ...story.steps[i], notes: [] },
		text,
		credit,
		storyTitle: story.meta.title,
		asOf: dataAsOf(story),
		number: i + 1,
		total: story.steps.length,
		lang: story.lang,
		words: stillWords(ui)
	};
}
