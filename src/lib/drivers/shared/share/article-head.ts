/**
 * What search engines and a CMS read of a story from any of its pages: the canonical address (the
 * reading page), the article's dates as Open Graph `article:` tags, and a schema.org `NewsArticle`
 * as JSON-LD. The dates are the ones the page shows ("Published …", "Updated …"): one source,
 * `model/dates.ts`. Addresses are absolute once the site is known; `npm run publish` moves them
 * with the share tags (`rebaseShareTags`).
 */
import { modifiedOn } from '../../../model/dates.ts';
import type { Story, StoryMeta, StoryUpdate } from '../../../model/types.ts';
import { absolute, cardPath, editionBase, storyHome } from '../../../model/site.ts';
import { storyVersions, type StoryVersion } from '../../../loading/route-story.ts';
import { escapeAttribute } from './share-tags.ts';
import { jsonScript } from '../json-script.ts';
import { intoHead } from '../head.ts';
import { LANGS, SOURCE_LANG, type EditionLang, type LangCode } from '../../../model/locale/langs.ts';

export interface ArticleInfo {
	meta: Pick<StoryMeta, 'title' | 'dek' | 'published' | 'author' | 'publisher' | 'site'>;
	updates: readonly StoryUpdate[];
	slug: string;
	/** The story's card image (the first step's), absolute once published. */
	image: string;
	/** The story's language: `inLanguage` is its tag, as the page's `<html lang>` says it. */
	lang: LangCode;
	/** The story in each language it is published in, by the base of its pages (`slug`, `slug/zh`). */
	versions?: readonly StoryVersion[];
	/** A draft edition: built for preview, kept out of search engines. */
	draft?: boolean;
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
	if (a.draft) tags.push('<meta name="robots" content="noindex">');
	// Each language's reading page, and the story's own as the default, for search engines; and
	// the other languages for link previews.
	const versions = a.versions ?? [];
	if (versions.length > 1 && !a.draft) {
		for (const v of versions) {
			const href = escapeAttribute(absolute(storyHome(v.base), a.meta.site));
			tags.push(`<link rel="alternate" hreflang="${LANGS[v.lang].tag}" href="${href}">`);
			if (v.lang === SOURCE_LANG) tags.push(`<link rel="alternate" hreflang="x-default" href="${href}">`);
			else if (v.lang !== a.lang)
				tags.push(`<meta property="og:locale:alternate" content="${LANGS[v.lang].ogLocale}">`);
		}
		if (a.lang !== SOURCE_LANG)
			tags.push(`<meta property="og:locale:alternate" content="${LANGS[SOURCE_LANG].ogLocale}">`);
	}
	if (article) {
		tags.push(
			`<meta property="article:published_time" content="${escapeAttribute(String(article.datePublished))}">`,
			`<meta property="article:modified_time" content="${escapeAttribute(String(article.dateModified))}">`,
			`<script type="application/ld+json">${jsonScript(article)}</script>`
		);
	}
	return tags.join('');
}

/**
 * The article head of the story `slug` in `lang` (its own language when not given), for any of its
 * pages: its card is the first step's.
 */
export function storyArticleTags(
	story: Pick<Story, 'meta' | 'updates' | 'steps' | 'lang'>,
	slug: string,
	lang?: EditionLang
): string {
	const base = editionBase(slug, lang);
	const image = absolute(cardPath(base, story.steps[0].id), story.meta.site);
	const versions = storyVersions(slug);
	const draft = lang !== undefined && !versions.some((v) => v.lang === lang);
	return articleTags({
		meta: story.meta,
		updates: story.updates,
		slug: base,
		image,
		lang: story.lang,
		versions,
		draft
	});
}

/** `html` with the article tags at the end of its head (the page is built in one chunk). */
export function withArticle(html: string, tags: string | undefined): string {
	return tags ? intoHead(html, tags, 'article head') : html;
}
