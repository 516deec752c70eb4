/**
 * Build-time HTML for a prerendered page's head, added to the page as built (one chunk): the
 * reading island's styles, the story's article tags, the page's language.
 */
import { LANGS, type LangCode } from '../../model/locale/langs.ts';

/** `html` with `tags` at the end of its head; `who` names the caller if the page has none. */
export function intoHead(html: string, tags: string, who: string): string {
	const at = html.indexOf('</head>');
	if (at < 0) throw new Error(`${who}: the page has no </head>`);
	return html.slice(0, at) + tags + html.slice(at);
}

/**
 * The `<html>` element's language and direction for a page in `lang` (`<html lang="zh-Hans">`,
 * `<html lang="ar" dir="rtl">`). Left to right is the default, so it is written only when the
 * text runs right to left.
 */
export function htmlLang(lang: LangCode): string {
	const { tag, dir } = LANGS[lang];
	return dir === 'rtl' ? `lang="${tag}" dir="${dir}"` : `lang="${tag}"`;
}
