/**
 * The language switch's links: from a page of the story in one language to the same page in
 * another, relative, so the site works under any path. An edition's pages sit one folder below
 * the story's (`/<slug>/zh/present/` beside `/<slug>/present/`).
 */
import { LANGS, SOURCE_LANG, type LangCode } from '../../../model/locale/langs.ts';

/** A language the story is read in, as the switch links it. */
export interface VersionLink {
	lang: LangCode;
	/** Its BCP 47 tag and its name in itself. */
	tag: string;
	name: string;
	short: string;
	href: string;
	current: boolean;
}

/**
 * The links from the page `page` (`''` for the reading page, `present/` for the stage) of the
 * story in `from` to that page in each of `langs`.
 */
export function versionLinks(from: LangCode, langs: readonly LangCode[], page = ''): VersionLink[] {
	// Up from the page to the story's folder: out of the page's own folders, and out of the edition's.
	const depth = page.split('/').filter(Boolean).length + (from === SOURCE_LANG ? 0 : 1);
	const up = '../'.repeat(depth);
	return langs.map((lang) => ({
		lang,
		tag: LANGS[lang].tag,
		name: LANGS[lang].name,
		short: LANGS[lang].short,
		href: lang === from ? './' : `${up}${lang === SOURCE_LANG ? '' : `${lang}/`}${page}` || './',
		current: lang === from
	}));
}
