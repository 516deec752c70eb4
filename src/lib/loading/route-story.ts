/**
 * The story a route's `[story]` parameter names, loaded and validated at build time, as its pages
 * carry it (`reduce.ts`); an unknown slug is a 404 (in dev, a mistyped address), never a crash of the page.
 */
import { error } from '@sveltejs/kit';
import { storyFolder } from './stories.server.ts';
import { loadStory } from './load.server.ts';
import { pageStory } from './reduce.ts';
import type { Step, Story } from '../model/types.ts';

export function routeStory(slug: string): Story {
	const folder = storyFolder(slug);
	if (!folder) error(404, `no story "${slug}"`);
	// The pages carry what they draw: a long timeline's rows cut to its plot (reduce.ts).
	return pageStory(loadStory(folder.dir), slug);
}

/** The story and step a `[story]/.../[id]` route names (its place in the story too), or a 404. */
export function routeStep(slug: string, id: string): { story: Story; step: Step; index: number } {
	const story = routeStory(slug);
	const index = story.steps.findIndex((s) => s.id === id);
	if (index < 0) error(404, `no step "${id}" in story "${slug}"`);
	return { story, step: story.steps[index], index };
}
