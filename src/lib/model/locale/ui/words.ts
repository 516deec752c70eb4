/**
 * The interface's words of each language (`en.ts`, `zh.ts`, `ar.ts`), for servers: a page's load
 * puts its story's language's table (or the part its island needs, `pickWords`) into the page's
 * data, and its components read it from a Svelte context (`drivers/shared/ui-context.ts`). Only
 * the server imports this module, so a page's JavaScript never carries another language's words:
 * the browser's code imports the types alone.
 *
 * Relative imports only: the build-time validator reaches this folder.
 */
import type { LangCode } from '../langs.ts';
import { EN_UI } from './en.ts';
import { ZH_UI } from './zh.ts';
import { AR_UI } from './ar.ts';

/** An interface word's key: `stage-next`, `dates-published`... */
export type UiKey = keyof typeof EN_UI;

/** One language's interface words, every key. */
export type UiWords = { readonly [K in UiKey]: string };

/** The words whose keys start with one of `P` (`'figure-' | 'dates-as-of'`). */
export type WordsFrom<P extends string> = Pick<UiWords, Extract<UiKey, `${P}${string}`>>;

const TABLES: { readonly [L in LangCode]: UiWords } = { en: EN_UI, zh: ZH_UI, ar: AR_UI };

/** The interface words of `lang`. */
export function uiWords(lang: LangCode): UiWords {
	return TABLES[lang];
}

/**
 * The words of `words` whose keys start with one of `prefixes`: what an island's components
 * show, so its page's JSON carries no more than that.
 */
export function pickWords<P extends string>(words: UiWords, prefixes: readonly P[]): WordsFrom<P> {
	const picked = Object.entries(words).filter(([k]) => prefixes.some((p) => k.startsWith(p)));
	return Object.fromEntries(picked) as WordsFrom<P>;
}
