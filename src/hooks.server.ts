import type { Handle } from '@sveltejs/kit';
import { injectDrawing } from '$lib/charts/build-drawing';
import { deferStart } from '$lib/server/defer-start';

// Build time (prerendering) only: puts the first chart's drawing, made by the page's load, into
// the page's HTML (see $lib/charts/build-drawing), and marks the reading page (`<html
// class="reading">`), which app.css sets in the system's fonts.
//
// No <link rel="modulepreload">: the story reads without JavaScript, so nothing but the HTML may
// be fetched before its first paint. With the preloads, eleven scripts at high priority shared the
// slow network with the HTML (Lighthouse counts every request that ends before the first paint
// into its simulated first paint); without them the scripts are fetched when SvelteKit's start
// script imports them, which on the reading page waits for the first frame ($lib/server/defer-start).
// Inlined styles keep their (disabled) links.
/** A story's reading page (/<slug>/) and the list of stories (/): set in the system's fonts. */
const READING = '/[story]';
const INDEX = '/';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type }) => type === 'css',
		transformPageChunk: ({ html }) => {
			const page = injectDrawing(html, event.locals.drawing);
			const id = event.route.id;
			if (id !== READING && id !== INDEX) return page;
			const reading = page.replace('<html lang="en">', '<html lang="en" class="reading">');
			// The index has no script (csr = false): nothing to defer.
			return id === READING ? deferStart(reading) : reading;
		}
	});
