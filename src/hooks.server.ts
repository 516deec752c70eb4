import type { Handle } from '@sveltejs/kit';
import { injectDrawing } from '$lib/drivers/reading/server/build-drawing';
import { addIsland } from '$lib/drivers/reading/server/island-script';
import { islandUrl, withIslandStyles } from '$lib/drivers/reading/server/islands';
import { withArticle } from '$lib/drivers/shared/share/article-head';

// Build time (prerendering) only: puts the first chart's drawing, made by the page's load, into
// the page's HTML (`src/lib/drivers/reading/server/build-drawing.ts`), marks the reading page
// (`<html class="reading">`), which app.css sets in the system's fonts, and gives it its island:
// the reading page runs no SvelteKit client (`csr = false`) but one script of its own, imported
// after the first contentful paint (`src/lib/drivers/reading/server/island-script.ts`). A story's
// pages get its canonical link, dates and JSON-LD in their head here too, shells the client draws
// (`ssr = false`: the stage, the presenter view) included, so every reader of the HTML finds them.
//
// No <link rel="modulepreload">: the story reads without JavaScript, so nothing but the HTML may
// be fetched before its first paint. Inlined styles keep their (disabled) links.
/** A story's reading page (/<slug>/) and the list of stories (/): set in the system's fonts. */
const READING = '/[story]';
const INDEX = '/';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type }) => type === 'css',
		transformPageChunk: ({ html }) => {
			const page = withArticle(injectDrawing(html, event.locals.drawing), event.locals.article);
			const id = event.route.id;
			if (id !== READING && id !== INDEX) return page;
			const reading = page.replace('<html lang="en">', '<html lang="en" class="reading">');
			// The index is links and nothing else: no script; nor has an error page (no data).
			const data = event.locals.island;
			if (id === INDEX || !data) return reading;
			const path = event.url.pathname;
			const styled = withIslandStyles('reading', reading, path);
			return addIsland(styled, islandUrl('reading', path), { data, dev: import.meta.env.DEV });
		}
	});
