import { error } from '@sveltejs/kit';
import { stepEntries } from '$lib/story/stories.server';
import { routeStory } from '$lib/server/route-story';
import { chartText } from '$lib/charts/registry';
import { creditLine } from '$lib/story/sources';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered page per step: the stills exporter screenshots it (`npm run stills`).
// /still/<id>/ is written as still/<id>/index.html, so its relative asset paths hold.
export const trailingSlash = 'always';

export const entries: EntryGenerator = stepEntries;

export const load: PageServerLoad = ({ params }) => {
	const story = routeStory(params.story);
	const index = story.steps.findIndex((s) => s.id === params.id);
	if (index < 0) error(404, `no step "${params.id}"`);
	// Speaker notes never reach a reader-facing page, and a still is one.
	const step = { ...story.steps[index], notes: '' };
	return {
		content: {
			data: story.data,
			step,
			text: chartText(story.data, step),
			credit: creditLine(story.datasets, step.cite),
			storyTitle: story.meta.title,
			number: index + 1,
			total: story.steps.length
		}
	};
};
