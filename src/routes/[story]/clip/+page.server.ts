import { storyEntries } from '$lib/loading/stories.server';
import { routeStory } from '$lib/loading/route-story';
import { clipStory } from '$lib/drivers/clips/clip-story';
import type { EntryGenerator, PageServerLoad } from './$types';

// A story's clips page, /<slug>/clip/ (`npm run clips`, scripts/clips/render.mjs).
export const trailingSlash = 'always';

export const entries: EntryGenerator = storyEntries;

export const load: PageServerLoad = ({ params }) => clipStory(routeStory(params.story));
