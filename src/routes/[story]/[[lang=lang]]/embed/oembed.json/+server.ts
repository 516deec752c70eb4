import { storyEntries } from '$lib/loading/stories.server';
import { builtOembed } from '$lib/drivers/shared/embed/oembed.server';
import type { EntryGenerator, RequestHandler } from './$types';

// The story embed's oEmbed (`oembedPath()`), a static file: pages name it in their head, and a CMS
// that discovers oEmbed embeds the story from a pasted link. `npm run publish` moves its addresses
// to the site and writes the measured heights into it.
export const prerender = true;
export const entries: EntryGenerator = storyEntries;

export const GET: RequestHandler = ({ params }) =>
	new Response(JSON.stringify(builtOembed(params.story, undefined, params.lang)), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
