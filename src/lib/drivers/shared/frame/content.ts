import type { ChartText } from '../../../kinds/types.ts';
import type { StoryData, Step } from '../../../model/types.ts';
import type { StillContent } from './types.ts';

/**
 * What a still (or a clip's frame) of step `i` shows: the step without its speaker notes (a still
 * is reader-facing), its chart text and credit, the story's title and the step's place.
 */
export function stillContent(
	story: { data: StoryData; steps: readonly Step[]; meta: { title: string } },
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
		number: i + 1,
		total: story.steps.length
	};
}
