import { stepEntries } from '$lib/loading/stories.server';
import { routeStep } from '$lib/loading/route-story';
import { chartText } from '$lib/kinds/registry';
import { creditLine } from '$lib/loading/sources';
import { stillContent } from '$lib/drivers/shared/frame/content';
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
