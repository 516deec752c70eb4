import { loadStories } from '$lib/loading/stories.server';
import { storyHome } from '$lib/model/site';
import type { PageServerLoad } from './$types';

// Build time only: the build's stories, for the page a reader lands on at a missing address.
export const load: PageServerLoad = () => ({
	stories: loadStories().map(({ folder, story }) => ({
		slug: folder.slug,
		href: storyHome(folder.slug),
		title: story.meta.title
	}))
});
