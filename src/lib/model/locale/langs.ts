/**
 * The languages a story can be read in: a story's own words are in English (story.yaml), and each
 * edition (`editions/<code>.yaml`) gives them in another. The code is the edition's address
 * (`/<slug>/zh/`); the rest is what a page in that language declares to browsers, screen readers,
 * search engines and link previews.
 *
 * Relative imports only: the build-time validator reaches this file.
 */

export interface Lang {
	/** The code in addresses and file names. */
	code: string;
	/** BCP 47, for `<html lang>`, `hreflang` and JSON-LD `inLanguage`. */
	tag: string;
	/** The direction its text runs. */
	dir: 'ltr' | 'rtl';
	/** Open Graph's `og:locale`. */
	ogLocale: string;
	/** The language's name in itself, for the language switch. */
	name: string;
	/** Its short name in itself, where room is short (the figure's links). */
	short: string;
}

export const LANGS = {
	en: { code: 'en', tag: 'en', dir: 'ltr', ogLocale: 'en_US', name: 'English', short: 'EN' },
	zh: { code: 'zh', tag: 'zh-Hans', dir: 'ltr', ogLocale: 'zh_CN', name: '简体中文', short: '中文' },
	ar: { code: 'ar', tag: 'ar', dir: 'rtl', ogLocale: 'ar_AR', name: 'العربية', short: 'عربي' }
} as const satisfies Record<string, Lang>;

export type LangCode = keyof typeof LANGS;

/** The language a story.yaml is written in. */
export const SOURCE_LANG = 'en' satisfies LangCode;

/** The language of an edition: any but the story's own. */
export type EditionLang = Exclude<LangCode, typeof SOURCE_LANG>;
