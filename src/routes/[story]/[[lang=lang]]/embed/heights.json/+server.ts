import { storyEntries } from '$lib/loading/stories.server';
import type { EntryGenerator, RequestHandler } from './$types';

// The heights of the story's embeds (`embedHeightsPath()`), which `npm run publish` measures and
// writes over this file: until then none, and the embed dialog gives the default heights (with
// no failed request in the reader's console).
export const prerender = true;
export const entries: EntryGenerator = storyEntries;

export const GET: RequestHandler = () =>
	new Response('{}', { headers: { 'content-type': 'application/json; charset=utf-8' } });
