import { loadStory } from '$lib/story/load.server';
import { chartText } from '$lib/charts/registry';
import { creditLine } from '$lib/story/sources';
import { stillContent } from '$lib/stills/content';
import { plan, wordCount } from '$lib/stage/pacing';
import { plainText } from '$lib/stage/text';
import type { PageServerLoad } from './$types';

// The clips exporter's page (`npm run clips`, scripts/clips-render.mjs): every step's still
// content, and each step's planned seconds of the talk for `--whole`. Planned from the words and
// the speaker notes, as the presenter view plans them; the notes themselves stay out of the page.
export const trailingSlash = 'always';

export const load: PageServerLoad = () => {
	const story = loadStory();
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
