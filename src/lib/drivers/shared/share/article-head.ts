/**
 * What search engines and a CMS read of a story from any of its pages: the canonical address (the
 * reading page), the article's dates as Open Graph `article:` tags, and a schema.org `NewsArticle`
 * as JSON-LD. The dates are the ones the page shows ("Published …", "Updated …"): one source,
 * `model/dates.ts`. Addresses are absolute once the site is known; `npm run publish` moves them
 * with the share tags (`rebaseShareTags`).
 */
import { modifiedOn } from '../../../model/dates.ts';
import type { Story, StoryMeta, StoryUpdate } from '../../../model/types.ts';
import { absolute, cardPath, storyHome } from '../../../model/site.ts';
import { escapeAttribute } from './share-tags.ts';
import { jsonScript } from '../json-script.ts';
import { intoHead } from '../head.ts';
import { LANGS, type LangCode } from '../../../model/locale/langs.ts';

export interface ArticleInfo {
	meta: Pick<StoryMeta, 'title' | 'dek' | 'published' | 'author' | 'publisher' | 'site'>;
	updates: readonly StoryUpdate[];
	slug: string;
	/** The story's card image (the first step's), absolute once published. */
	image: string;
	/** The story's language: `inLanguage` is its tag, as the page's `<html lang>` says it. */
	lang: LangCode;
}

/** The schema.org NewsArticle of the story; null for a draft (no publication date). */
export function newsArticle(a: ArticleInfo): Record<string, unknown> | null {
	const { meta } = a;
	if (!meta.published) return null;
	const url = absolute(storyHome(a.slug), meta.site);
	const org = (name: string) => ({ '@type': 'Organization', name });
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		'@id': url,
		url,
		mainEntityOfPage: url,
		headline: meta.title,
		description: meta.dek,
		datePublished: meta.published,
		dateModified: modifiedOn(meta, a.updates),
		...(meta.author ? { author: [org(meta.author)] } : {}),
		...(meta.publisher ? { publisher: org(meta.publisher) } : {}),
		image: [a.image],
		inLanguage: LANGS[a.lang].tag
	};
}

/** The canonical link, the `article:` dates and the JSON-LD, as HTML for the page's head. */
export function articleTags(a: ArticleInfo): string {
	const url = absolute(storyHome(a.slug), a.meta.site);
	const article = newsArticle(a);
	const tags = [`<link rel="canonical" href="${escapeAttribute(url)}">`];
	if (article) {
		tags.push(
			`<meta property="article:published_time" content="${escapeAttribute(String(article.datePublished))}">`,
			`<meta property="article:modified_time" content="${escapeAttribute(String(article.dateModified))}">`,
			`<script type="application/ld+json">${jsonScript(article)}</script>`
		);
	}
	return tags.join('');
}

/** The article head of the story `slug`, for any of its pages: its card is the first step's. */
export function storyArticleTags(story: Pick<Story, 'meta' | 'updates' | 'steps' | 'lang'>, slug: string): string {
	const image = absolute(cardPath(slug, story.steps[0].id), story.meta.site);
	return articleTags({ meta: story.meta, updates: story.updates, slug, image, lang: story.lang });
}

/** `html` with the article tags at the end of its head (the page is built in one chunk). */
export function withArticle(html: string, tags: string | undefined): string {
	return tags ? intoHead(html, tags, 'article head') : html;
}
