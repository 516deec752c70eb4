import { storyEntries } from '$lib/loading/stories.server';
import { routeStory } from '$lib/loading/route-story';
import { chartTexts } from '$lib/kinds/registry';
import { stepCredits } from '$lib/loading/sources';
import { storyArticleTags } from '$lib/drivers/shared/share/article-head';
import { pickWords, uiWords } from '$lib/model/locale/ui/words';
import { STAGE_WORDS } from '$lib/drivers/stage/words';
import { routeLanguages } from '$lib/drivers/shared/langs/route-languages.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// Build time only. The stage shows no speaker notes, so its data carries none.
export const entries: EntryGenerator = storyEntries;

export const load: PageServerLoad = ({ locals, params }) => {
	const story = routeStory(params.story, params.lang);
	// The page is a shell the client draws (`ssr = false`): its head gets the dates by the hook.
	locals.article = storyArticleTags(story, params.story, params.lang);
	locals.lang = story.lang;
	return {
		story: { ...story, steps: story.steps.map((s) => ({ ...s, notes: [] })) },
		texts: chartTexts(story),
		credits: stepCredits(story),
		ui: pickWords(uiWords(story.lang), STAGE_WORDS),
		languages: routeLanguages(params.story, params.lang, story.lang, 'present/').links
	};
};
