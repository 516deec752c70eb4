import { stepEntries } from '$lib/story/stories.server';
import { routeStep } from '$lib/server/route-story';
import { chartText } from '$lib/charts/registry';
import { creditLine } from '$lib/story/sources';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered page per step: the stills exporter screenshots it (`npm run stills`).
// /still/<id>/ is written as still/<id>/index.html, so its relative asset paths hold.
export const trailingSlash = 'always';

export const entries: EntryGenerator = stepEntries;

export const load: PageServerLoad = ({ params }) => {
	const found = routeStep(params.story, params.id);
	const { story, index } = found;
	// Speaker notes never reach a reader-facing page, and a still is one.
	const step = { ...found.step, notes: '' };
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
