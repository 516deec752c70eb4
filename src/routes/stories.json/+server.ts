import { json } from '@sveltejs/kit';
import { builtEditions, loadStories } from '$lib/loading/stories.server';

export const prerender = true;

// The build's list of stories, written at build time, for the scripts that work on a build
// (stills, publish, bench): each story's slug, title, address and steps in order, and whether it is
// a test story (`npm run publish` refuses a build that holds one), and its editions.
export const GET = () =>
	json({
		stories: loadStories().map(({ folder, story, editions }) => ({
			slug: folder.slug,
			title: story.meta.title,
			test: folder.test,
			// The address its share tags were built with (publish moves them to where it publishes).
			site: story.meta.site,
			steps: story.steps.map((s, i) => ({ id: s.id, number: i + 1 })),
			lang: story.lang,
			// Its editions this build writes pages for (drafts too, but in a build to publish): the
			// scripts' `--lang` reads them.
			editions: builtEditions(editions).map((e) => ({ lang: e.lang, status: e.status, title: e.story.meta.title }))
		}))
	});
