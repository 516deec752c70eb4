import { loadStory } from '$lib/story/load.server';
import { chartText } from '$lib/charts/registry';
import { creditLine } from '$lib/story/sources';
import type { PageServerLoad } from './$types';

// Build time only. The stage shows no speaker notes, so its data carries none.
export const load: PageServerLoad = () => {
	const story = loadStory();
	return {
		story: { ...story, steps: story.steps.map((s) => ({ ...s, notes: '' })) },
		texts: story.steps.map((step) => chartText(story.data, step)),
		credits: story.steps.map((s) => creditLine(story.datasets, s.cite))
	};
};
