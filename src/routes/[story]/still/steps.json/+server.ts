import { json } from '@sveltejs/kit';
import { storyEntries } from '$lib/loading/stories.server';
import { routeStory } from '$lib/loading/route-story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

// The exporter's list of steps, in story order, written at build time: it names the files and
// checks `--steps` against the build it screenshots, never against a newer data/.
export const entries: EntryGenerator = storyEntries;

export const GET: RequestHandler = ({ params }) => {
	const story = routeStory(params.story);
	return json({ title: story.meta.title, steps: story.steps.map((s, i) => ({ id: s.id, number: i + 1 })) });
};
