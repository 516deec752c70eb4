import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No `window.__svelte.v` tag: it is a chunk and a request of its own on the reading page.
	compilerOptions: { runes: true, discloseVersion: false },
	kit: {
		adapter: adapter({ strict: true }),
		// Styles go inline in the HTML: no render-blocking stylesheet requests before first paint.
		inlineStyleThreshold: 40_000,
		prerender: {
			// A share card's image is drawn by `npm run publish`, after the build: a page may name it
			// (a story without meta.site names it by path, which the crawler follows). Any other
			// missing page or file stops the build.
			handleHttpError: ({ path, message }) => {
				if (/\/s\/[^/]+\/card\.png$/.test(path)) return;
				throw new Error(message);
			},
			handleMissingId: 'fail'
		},
		// Self-contained: the prerendered pages forbid every other host.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				// data: for the stills' fonts, which a drawing carries inside it and the page loads
				// from there first (src/lib/drivers/shared/frame/svg/still-svg.ts).
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
