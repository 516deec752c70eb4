import { loadStories } from '$lib/story/stories.server';
import { chartText } from '$lib/charts/registry';
import { storyHome } from '$lib/stills/site';
import type { PageServerLoad } from './$types';

// Build time only: the list of the build's stories, each with its title, dek and first card (the
// card's title and words; the image is drawn by `npm run publish`).
export const load: PageServerLoad = () => ({
	stories: loadStories().map(({ folder, story }) => {
		const first = chartText(story.data, story.steps[0]);
		return {
			slug: folder.slug,
			href: storyHome(folder.slug).slice(1),
			label: story.meta.label,
			title: story.meta.title,
			dek: story.meta.dek,
			test: folder.test,
			card: { title: first.title, caption: first.caption }
		};
	})
});
