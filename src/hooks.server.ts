import type { Handle } from '@sveltejs/kit';
import { injectDrawing } from '$lib/charts/build-drawing';

// Build time (prerendering) only: puts the first chart's drawing, made by the page's load, into
// the page's HTML (see $lib/charts/build-drawing).
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => injectDrawing(html, event.locals.drawing)
	});
