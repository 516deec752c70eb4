/**
 * What the clips page carries of a story (`npm run clips`): every step's still content, its words,
 * and its planned seconds of the talk for `--whole`, planned from the words and the speaker notes
 * as the presenter view plans them. The notes themselves stay out of the page.
 */
import { chartText } from '../../kinds/registry.ts';
import { creditLine } from '../../loading/sources.ts';
import type { Story } from '../../model/types.ts';
import { plainText } from '../../model/text.ts';
import { stillContent } from '../shared/frame/content.ts';
import type { StillContent } from '../shared/frame/types.ts';
import { plan, wordCount } from '../shared/pacing.ts';
import type { SomeUiWords } from '../shared/ui-context.ts';

export interface ClipStory {
	/** The talk's planned length (`meta.talkMinutes`), or null when the story plans none. */
	talkMinutes: number | null;
	steps: { content: StillContent; seconds: number | null; words: string }[];
}

/** `ui`: the interface's words of the story's language, of which each frame shows some. */
export function clipStory(story: Story, ui: SomeUiWords): ClipStory {
	const minutes = story.meta.talkMinutes;
	const starts =
		minutes === null
			? null
			: plan(
					story.steps.map((s) => wordCount(plainText(s.copy)) + wordCount(plainText(s.notes))),
					minutes * 60
				);
	return {
		talkMinutes: minutes,
		steps: story.steps.map((s, i) => ({
			content: stillContent(story, i, chartText(story.data, s), creditLine(story.datasets, s.cite, story.lang), ui),
			seconds: starts ? starts[i + 1] - starts[i] : null,
			words: plainText(s.copy)
		}))
	};
}
