/**
 * An edition's language in an address (`/<slug>/zh/`): a code of `LANGS` other than the story's
 * own, English, which has no code in its addresses.
 */
import type { ParamMatcher } from '@sveltejs/kit';
import { LANGS, SOURCE_LANG, type EditionLang } from '$lib/model/locale/langs';

export const match = ((param: string): param is EditionLang =>
	Object.hasOwn(LANGS, param) && param !== SOURCE_LANG) satisfies ParamMatcher;
