/**
 * Where the story is published: the one place to set it. Link previews (og:image, og:url) must be
 * absolute URLs, so share cards are built from this address. Change it before `npm run publish`
 * for a real deployment; the site itself uses relative paths and works at any address.
 */
export const SITE_URL = 'https://china-ai-market.example.org';

/** Card images are link previews: 1200x630 is what the big platforms show uncropped. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Path of a story's reading page: every story lives under its slug (data/stories/<slug>/). */
export function storyHome(slug: string): string {
	return `/${slug}/`;
}

/** Path of a step's share page. */
export function sharePath(slug: string, stepId: string): string {
	return `/${slug}/s/${stepId}/`;
}

/** Path of a step's card image, written by `npm run publish` next to its share page. */
export function cardPath(slug: string, stepId: string): string {
	return `/${slug}/s/${stepId}/card.png`;
}

/** `path` on the published site, as an absolute URL. */
export function absolute(path: string, site: string = SITE_URL): string {
	return new URL(path.replace(/^\/+/, ''), site.endsWith('/') ? site : `${site}/`).href;
}
