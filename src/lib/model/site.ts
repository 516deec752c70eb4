/**
 * Paths of the share pages and card images. The site's address is not here: it is `meta.site` in
 * story.yaml (or `npm run publish -- --site`), checked by site-address.js.
 */
import { onSite } from './site-address.js';

/** Card images are link previews: 1200x630 is what the big platforms show uncropped. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * Where a story's pages live: its slug, and under it each edition's code (`china-ai-market/zh`),
 * so every path below takes either. A dataset's file is the story's, in every edition.
 */
export function editionBase(slug: string, lang?: string): string {
	return lang ? `${slug}/${lang}` : slug;
}

/** Path of a story's reading page: every story lives under its slug (data/stories/<slug>/). */
export function storyHome(slug: string): string {
	return `/${slug}/`;
}

/** Path of a dataset's whole file, as the build serves it: a page may carry fewer rows than it has. */
export function datasetPath(slug: string, datasetId: string): string {
	return `/${slug}/data/${datasetId}.csv`;
}

/** Path of a step's share page. */
export function sharePath(slug: string, stepId: string): string {
	return `/${slug}/s/${stepId}/`;
}

/** Path of a step's card image, written by `npm run publish` next to its share page. */
export function cardPath(slug: string, stepId: string): string {
	return `/${slug}/s/${stepId}/card.png`;
}

/**
 * Path of the story embed: the whole story for another site's page, in an iframe. With the loader
 * (`EMBED_LOADER_PATH`) on the host page, the host's scroll steps it; without, it reads flat.
 */
export function storyEmbedPath(slug: string): string {
	return `/${slug}/embed/`;
}

/** Path of a step embed: that step's chart, as the reader sees it at that step, for another site. */
export function stepEmbedPath(slug: string, stepId: string): string {
	return `/${slug}/embed/${stepId}/`;
}

/** Path of the oEmbed JSON of the story embed, or of a step's embed. */
export function oembedPath(slug: string, stepId?: string): string {
	return `${stepId ? stepEmbedPath(slug, stepId) : storyEmbedPath(slug)}oembed.json`;
}

/** Path of the heights `npm run publish` measured for a story's embeds, by embed path (`heights.js`). */
export function embedHeightsPath(slug: string): string {
	return `${storyEmbedPath(slug)}heights.json`;
}

/** The loader a host page runs beside an embed: it sizes the iframe and passes the host's scroll. */
export const EMBED_LOADER_PATH = '/embed.js';

/** `path` on the published site: absolute, or root-relative when the address is not known yet. */
export function absolute(path: string, site: string | null): string {
	return onSite(path, site);
}
