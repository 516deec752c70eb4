import type { ChartText } from '../../../kinds/types.ts';
import type { StoryData, Step, StoryUpdate } from '../../../model/types.ts';
import { dataAsOf } from '../../../model/dates.ts';
import type { StillContent } from './types.ts';

/**
 * What a still (or a clip's frame) of step `i` shows: the step without its speaker notes (a still
 * is reader-facing), its chart text and credit, the story's title, how recent its data is and the
 * step's place.
 */
export function stillContent(
	story: { data: StoryData; steps: readonly Step[]; meta: { title: string }; updates: readonly StoryUpdate[] },
	i: number,
	text: ChartText,
	credit: string
): StillContent {
	return {
		data: story.data,
		step: { ...story.steps[i], notes: [] },
		text,
		credit,
		storyTitle: story.meta.title,
		asOf: dataAsOf(story),
		number: i + 1,
		total: story.steps.length
	};
}
