import { error } from '@sveltejs/kit';
import { loadStory } from '$lib/story/load.server';
import { chartText } from '$lib/charts/registry';
import { creditLine } from '$lib/story/sources';
import { stillContent } from '$lib/stills/content';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered page per step: the stills exporter screenshots it (`npm run stills`).
// /still/<id>/ is written as still/<id>/index.html, so its relative asset paths hold.
export const trailingSlash = 'always';

export const entries: EntryGenerator = () => loadStory().steps.map((s) => ({ id: s.id }));

export const load: PageServerLoad = ({ params }) => {
	const story = loadStory();
	const index = story.steps.findIndex((s) => s.id === params.id);
	if (index < 0) error(404, `no step "${params.id}"`);
	// Speaker notes never reach a reader-facing page, and a still is one (stillContent drops them).
	const step = story.steps[index];
	return { content: stillContent(story, index, chartText(story.data, step), creditLine(story.datasets, step.cite)) };
};
