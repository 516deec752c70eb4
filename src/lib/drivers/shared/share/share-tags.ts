/**
 * The link-preview tags (Open Graph and Twitter) of a share card, as HTML for the page's head.
 * Every value is escaped for a double-quoted attribute. Written as one string, a page's head
 * hydrates by adopting the server's tags as they are, with no work per tag.
 */
import type { ShareCard } from './share-card';
import { LANGS, type LangCode } from '../../../model/locale/langs.ts';

export const escapeAttribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page's title and description, then its share card's tags: its whole head in one string. */
export function headTags(page: { title: string; description: string }, card: ShareCard, lang: LangCode): string {
	return `<title>${escapeAttribute(page.title)}</title><meta name="description" content="${escapeAttribute(page.description)}">${shareTags(card, lang)}`;
}

/** The tags of `card`, for a page in `lang` (`og:locale`: a preview sets its words in it). */
export function shareTags(card: ShareCard, lang: LangCode): string {
	const tags: [string, string, string | number][] = [
		['property', 'og:type', 'article'],
		['property', 'og:locale', LANGS[lang].ogLocale],
		['property', 'og:title', card.title],
		['property', 'og:description', card.description],
		['property', 'og:url', card.url],
		['property', 'og:image', card.image],
		['property', 'og:image:type', 'image/png'],
		['property', 'og:image:width', card.imageWidth],
		['property', 'og:image:height', card.imageHeight],
		['property', 'og:image:alt', card.imageAlt],
		['name', 'twitter:card', 'summary_large_image'],
		['name', 'twitter:title', card.title],
		['name', 'twitter:description', card.description],
		['name', 'twitter:image', card.image],
		['name', 'twitter:image:alt', card.imageAlt]
	];
	return tags
		.map(([key, name, value]) => `<meta ${key}="${name}" content="${escapeAttribute(String(value))}">`)
		.join('');
}
