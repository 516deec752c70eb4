import { json } from '@sveltejs/kit';
import { storyEntries } from '$lib/story/stories.server';
import { routeStory } from '$lib/server/route-story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

// The exporter's list of steps, in story order, written at build time: it names the files and
// checks `--steps` against the build it screenshots, never against a newer data/. `site` is the
// address the share tags were built with (publish moves them to the address it publishes to).
export const entries: EntryGenerator = storyEntries;

export const GET: RequestHandler = ({ params }) => {
	const story = routeStory(params.story);
	return json({ title: story.meta.title, site: story.meta.site, steps: story.steps.map((s, i) => ({ id: s.id, number: i + 1 })) });
};
