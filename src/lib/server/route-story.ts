/**
 * The story a route's `[story]` parameter names, loaded and validated at build time; an unknown
 * slug is a 404 (in dev, a mistyped address), never a crash of the page.
 */
import { error } from '@sveltejs/kit';
import { storyFolder } from '../story/stories.server.ts';
import { loadStory } from '../story/load.server.ts';
import type { Story } from '../story/types.ts';

export function routeStory(slug: string): Story {
	const folder = storyFolder(slug);
	if (!folder) error(404, `no story "${slug}"`);
	return loadStory(folder.dir);
}
