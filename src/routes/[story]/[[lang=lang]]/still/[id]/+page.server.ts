import { stepEntries } from '$lib/loading/stories.server';
import { routeStep } from '$lib/loading/route-story';
import { chartText } from '$lib/kinds/registry';
import { creditLine } from '$lib/loading/sources';
import { stillContent } from '$lib/drivers/shared/frame/content';
import { uiWords } from '$lib/model/locale/ui/words';
import { word } from '$lib/model/words';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered page per step: the stills exporter screenshots it (`npm run stills`).
// /still/<id>/ is written as still/<id>/index.html, so its relative asset paths hold.
export const trailingSlash = 'always';

export const entries: EntryGenerator = stepEntries;

export const load: PageServerLoad = ({ locals, params }) => {
	const { story, step, index } = routeStep(params.story, params.id, params.lang);
	locals.lang = story.lang;
	const ui = uiWords(story.lang);
	// Speaker notes never reach a reader-facing page, and a still is one (stillContent drops them).
	// The still carries the words it shows; the page, its title alone.
	const text = chartText(story.data, step);
	return {
		content: stillContent(story, index, text, creditLine(story.datasets, step.cite, story.lang), ui),
		title: word(ui, 'still-page-title', { id: step.id, title: story.meta.title })
	};
};
