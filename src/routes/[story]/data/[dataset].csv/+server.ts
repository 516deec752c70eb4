import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { error } from '@sveltejs/kit';
import { datasetEntries, storyFolder } from '$lib/loading/stories.server';
import { loadStory } from '$lib/loading/load.server';
import type { EntryGenerator, RequestHandler } from './$types';

// Each dataset's whole file, as the editors wrote it: a page may draw fewer rows than a long file
// holds (loading/reduce.ts), and its data table links every row here.
export const prerender = true;
export const entries: EntryGenerator = datasetEntries;

export const GET: RequestHandler = ({ params }) => {
	const folder = storyFolder(params.story);
	const meta = folder && loadStory(folder.dir).datasets.find((d) => d.id === params.dataset);
	if (!meta) error(404, `no dataset "${params.dataset}" in story "${params.story}"`);
	return new Response(readFileSync(join(folder.dir, meta.file)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
