import { storyEntries } from '$lib/loading/stories.server';
import { routeStory } from '$lib/loading/route-story';
import { chartTexts } from '$lib/kinds/registry';
import { stepCredits } from '$lib/loading/sources';
import { storyArticleTags } from '$lib/drivers/shared/share/article-head';
import { pickWords, uiWords } from '$lib/model/locale/ui/words';
import { PRESENTER_WORDS } from '$lib/drivers/stage/words';
import type { EntryGenerator, PageServerLoad } from './$types';

// Build time only. The one page that carries the speaker notes: the presenter's own window.
export const entries: EntryGenerator = storyEntries;

export const load: PageServerLoad = ({ locals, params }) => {
	const story = routeStory(params.story, params.lang);
	// The page is a shell the client draws (`ssr = false`): its head gets the dates by the hook.
	locals.article = storyArticleTags(story, params.story, params.lang);
	locals.lang = story.lang;
	return {
		story,
		texts: chartTexts(story),
		credits: stepCredits(story),
		ui: pickWords(uiWords(story.lang), PRESENTER_WORDS)
	};
};
