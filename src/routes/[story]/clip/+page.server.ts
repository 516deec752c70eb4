import { storyEntries } from '$lib/loading/stories.server';
import { routeStory } from '$lib/loading/route-story';
import { chartText } from '$lib/kinds/registry';
import { creditLine } from '$lib/loading/sources';
import { stillContent } from '$lib/drivers/shared/frame/content';
import { plan, wordCount } from '$lib/drivers/shared/pacing';
import { plainText } from '$lib/model/text';
import type { EntryGenerator, PageServerLoad } from './$types';

// A story's clips page, /<slug>/clip/ (`npm run clips`, scripts/clips-render.mjs): every step's still
// content, and each step's planned seconds of the talk for `--whole`. Planned from the words and
// the speaker notes, as the presenter view plans them; the notes themselves stay out of the page.
export const trailingSlash = 'always';

export const entries: EntryGenerator = storyEntries;

export const load: PageServerLoad = ({ params }) => {
	const story = routeStory(params.story);
	const minutes = story.meta.talkMinutes;
	const starts =
		minutes === null
			? null
			: plan(
					story.steps.map((s) => wordCount(plainText(s.copy)) + wordCount(s.notes)),
					minutes * 60
				);
	return {
		talkMinutes: minutes,
		steps: story.steps.map((s, i) => {
			return {
				content: stillContent(story, i, chartText(story.data, s), creditLine(story.datasets, s.cite)),
				seconds: starts ? starts[i + 1] - starts[i] : null,
				words: plainText(s.copy)
			};
		})
	};
};
