import { stepEntries } from '$lib/loading/stories.server';
import { builtOembed } from '$lib/drivers/shared/embed/oembed.server';
import type { EntryGenerator, RequestHandler } from './$types';

// A step embed's oEmbed (`oembedPath()`), a static file, as the story's (`../../oembed.json/`).
export const prerender = true;
export const entries: EntryGenerator = stepEntries;

export const GET: RequestHandler = ({ params }) =>
	new Response(JSON.stringify(builtOembed(params.story, params.id, params.lang)), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
