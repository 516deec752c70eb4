import { loadStories } from '$lib/loading/stories.server';
import { chartText } from '$lib/kinds/registry';
import { cardPath, CARD_SIZE, storyHome } from '$lib/model/site';
import type { PageServerLoad } from './$types';

// Build time only: the list of the build's stories, each with its title, dek and first card: its
// words here, its image once `npm run publish` has drawn it (publish puts it into this page, so a
// plain build names no image it does not hold).
export const load: PageServerLoad = () => ({
	stories: loadStories().map(({ folder, story }) => {
		const step = story.steps[0];
		const first = chartText(story.data, step);
		return {
			slug: folder.slug,
			href: storyHome(folder.slug).slice(1),
			label: story.meta.label,
			title: story.meta.title,
			dek: story.meta.dek,
			test: folder.test,
			// The image's path from this page; npm run publish draws it and shows it here.
			card: {
				title: first.title,
				alt: `${first.title}. ${first.caption}`,
				image: cardPath(folder.slug, step.id).slice(1),
				...CARD_SIZE
			}
		};
	})
});
