import { stepEntries } from '$lib/story/stories.server';
import { routeStep } from '$lib/server/route-story';
import { chartText } from '$lib/charts/registry';
import { creditLine } from '$lib/story/sources';
import { stillContent } from '$lib/stills/content';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered page per step: the stills exporter screenshots it (`npm run stills`).
// /still/<id>/ is written as still/<id>/index.html, so its relative asset paths hold.
export const trailingSlash = 'always';

export const entries: EntryGenerator = stepEntries;

export const load: PageServerLoad = ({ params }) => {
	const { story, step, index } = routeStep(params.story, params.id);
	// Speaker notes never reach a reader-facing page, and a still is one (stillContent drops them).
	return { content: stillContent(story, index, chartText(story.data, step), creditLine(story.datasets, step.cite)) };
};
