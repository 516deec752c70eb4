import { storyEntries } from '$lib/loading/stories.server';
import { routeStory } from '$lib/loading/route-story';
import { clipStory } from '$lib/drivers/clips/clip-story';
import { pickWords, uiWords } from '$lib/model/locale/ui/words';
import type { EntryGenerator, PageServerLoad } from './$types';

// A story's clips page, /<slug>/clip/ (`npm run clips`, scripts/clips/render.mjs).
export const trailingSlash = 'always';

export const entries: EntryGenerator = storyEntries;

export const load: PageServerLoad = ({ locals, params }) => {
	const story = routeStory(params.story, params.lang);
	locals.lang = story.lang;
	const ui = uiWords(story.lang);
	// Each frame carries the words it shows; the page, its own.
	return { story: clipStory(story, ui), ui: pickWords(ui, ['clip-']) };
};
