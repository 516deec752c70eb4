import { loadStory } from '$lib/story/load.server';
import { chartText } from '$lib/charts/registry';
import { creditLine } from '$lib/story/sources';
import type { PageServerLoad } from './$types';

// Build time only. The one page that carries the speaker notes: the presenter's own window.
export const load: PageServerLoad = () => {
	const story = loadStory();
	return {
		story,
		texts: story.steps.map((step) => chartText(story.data, step)),
		credits: story.steps.map((s) => creditLine(story.datasets, s.cite))
	};
};
