import { stepEntries } from '$lib/loading/stories.server';
import { routeStep } from '$lib/loading/route-story';
import { chartText } from '$lib/kinds/registry';
import { stepCard } from '$lib/drivers/shared/share/share-card';
import { storyArticleTags } from '$lib/drivers/shared/share/article-head';
import { uiWords } from '$lib/model/locale/ui/words';
import { word } from '$lib/model/words';
import { editionBase } from '$lib/model/site';
import type { EntryGenerator, PageServerLoad } from './$types';

// A share page per step: link-preview tags for that step, then straight on to the story at it.
// It needs no JavaScript (and a meta refresh needs no script, which the CSP would forbid inline).
export const csr = false;
// /s/<id>/ is written as s/<id>/index.html, beside its card image (s/<id>/card.png).
export const trailingSlash = 'always';

export const entries: EntryGenerator = stepEntries;

export const load: PageServerLoad = ({ locals, params }) => {
	const { story, step } = routeStep(params.story, params.id, params.lang);
	locals.article = storyArticleTags(story, params.story, params.lang);
	locals.lang = story.lang;
	return {
		id: step.id,
		// The page's one sentence, in the story's language (the page runs no script: its data stays here).
		lang: story.lang,
		open: word(uiWords(story.lang), 'share-open', { title: story.meta.title }),
		card: stepCard(
			step,
			chartText(story.data, step),
			story.meta.title,
			editionBase(params.story, params.lang),
			story.meta.site
		)
	};
};
