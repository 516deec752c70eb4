/**
 * In the browser: which story a page belongs to and the site's address, from the page's own
 * address, for the embed dialog. Every page of a story lives under `<site>/<slug>/` (the reading
 * page at it, the stage at `present/`), so the story's home is a relative path away.
 */
import { embedHeightsPath } from '../../../model/site';
import type { HeightTable } from './heights.js';

export interface StoryPlace {
	slug: string;
	/** The site's address: `meta.site` when the story has one, else where this page is served from. */
	site: string;
	/** The heights publish measured for the story's embeds, on this page's own site (same origin). */
	heightsUrl: string;
}

/**
 * The story of the page at `href`, whose home is `toHome` from it (`./` from the reading page,
 * `../` from the stage); `site` is `meta.site`, or null.
 */
export function storyPlace(href: string, toHome: string, site: string | null): StoryPlace {
	const home = new URL(toHome, href);
	const slug = decodeURIComponent(home.pathname.split('/').filter(Boolean).at(-1) ?? '');
	const root = new URL('../', home);
	return {
		slug,
		site: site ?? root.href,
		heightsUrl: new URL(embedHeightsPath(slug).slice(1), root).href
	};
}

/** The heights file's table for the embed at `path`, or null (not published yet, or not found). */
export function heightsFor(file: unknown, path: string): HeightTable | null {
	if (!file || typeof file !== 'object') return null;
	const table = (file as Record<string, unknown>)[path];
	return table && typeof table === 'object' ? (table as HeightTable) : null;
}
