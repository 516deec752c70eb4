import { loadStories } from '$lib/loading/stories.server';
import { chartText } from '$lib/kinds/registry';
import { cardPath, CARD_SIZE, editionBase, storyHome } from '$lib/model/site';
import { LANGS } from '$lib/model/locale/langs';
import type { PageServerLoad } from './$types';

// Build time only: the list of the build's stories, each with its title, dek and first card: its
// words here, its image once `npm run publish` has drawn it (publish puts it into this page, so a
// plain build names no image it does not hold).
export const load: PageServerLoad = () => ({
	stories: loadStories().map(({ folder, story, editions }) => {
		const step = story.steps[0];
		const first = chartText(story.data, step);
		return {
			slug: folder.slug,
			href: storyHome(folder.slug).slice(1),
			label: story.meta.label,
			title: story.meta.title,
			dek: story.meta.dek,
			test: folder.test,
			// The story in its other languages: each published edition's title, linked in its language.
			editions: editions
				.filter((e) => e.status === 'published')
				.map((e) => ({
					lang: e.lang,
					tag: LANGS[e.lang].tag,
					dir: LANGS[e.lang].dir,
					name: LANGS[e.lang].name,
					title: e.story.meta.title,
					href: storyHome(editionBase(folder.slug, e.lang)).slice(1)
				})),
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
