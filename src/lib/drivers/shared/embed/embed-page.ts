/**
 * In the browser: which story a page belongs to and the site's address, for the embed dialog.
 * Every page of a story lives under `<site>/<slug>/` (the reading page at it, the stage at
 * `present/`), so the story's home is a relative path away. The address the code names is the one
 * the story is published at: the page's canonical link, which `npm run publish` points there (its
 * `--site` included); else `meta.site`; else where this page is served from.
 */
import { embedHeightsPath, storyHome } from '../../../model/site';
import { LANGS, SOURCE_LANG } from '../../../model/locale/langs';
import type { HeightTable } from './heights.js';

export interface StoryPlace {
	slug: string;
	/** The site's address, as the embed code names it. */
	site: string;
	/** The heights publish measured for the story's embeds, on this page's own site (same origin). */
	heightsUrl: string;
}

/**
 * The story of the page at `href`, whose home is `toHome` from it (`./` from the reading page,
 * `../` from the stage); `canonical` is the page's canonical link, `site` the story's `meta.site`.
 */
export function storyPlace(
	href: string,
	toHome: string,
	site: string | null,
	canonical: string | null = null
): StoryPlace {
	const here = new URL(toHome, href);
	const parts = here.pathname.split('/').filter(Boolean).map(decodeURIComponent);
	// An edition's pages are a folder deeper, under its story's (`<slug>/<lang>/`): its slug is both.
	const edition = parts.length > 1 && Object.hasOwn(LANGS, parts.at(-1)!) && parts.at(-1) !== SOURCE_LANG;
	const slug = edition ? parts.slice(-2).join('/') : (parts.at(-1) ?? '');
	const up = edition ? '../../' : '../';
	const home = canonical ? new URL(canonical, href) : site ? new URL(storyHome(slug).slice(1), site) : here;
	return {
		slug,
		site: new URL(up, home).href,
		heightsUrl: new URL(embedHeightsPath(slug).slice(1), new URL(up, here)).href
	};
}

/** The heights file's table for the embed at `path`, or null (not published yet, or not found). */
export function heightsFor(file: unknown, path: string): HeightTable | null {
	if (!file || typeof file !== 'object') return null;
	const table = (file as Record<string, unknown>)[path];
	return table && typeof table === 'object' ? (table as HeightTable) : null;
}
