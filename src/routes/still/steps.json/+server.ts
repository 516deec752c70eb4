import { json } from '@sveltejs/kit';
import { loadStory } from '$lib/story/load.server';

export const prerender = true;

// The exporter's list of steps, in story order, written at build time: it names the files and
// checks `--steps` against the build it screenshots, never against a newer data/. `site` is the
// address the share tags were built with (publish moves them to the address it publishes to).
export const GET = () => {
	const story = loadStory();
	return json({ title: story.meta.title, site: story.meta.site, steps: story.steps.map((s, i) => ({ id: s.id, number: i + 1 })) });
};
