/**
 * Build time: the language switch of a story's page in `lang` (its own when not given): the
 * published languages, and a draft edition's own beside them on its preview pages.
 */
import { storyVersions } from '../../../loading/route-story.ts';
import type { EditionLang, LangCode } from '../../../model/locale/langs.ts';
import { versionLinks, type VersionLink } from './versions.ts';

export function routeLanguages(
	slug: string,
	lang: EditionLang | undefined,
	storyLang: LangCode,
	page = ''
): { links: VersionLink[]; draft: boolean } {
	const published = storyVersions(slug).map((v) => v.lang);
	const draft = lang !== undefined && !published.includes(lang);
	return { links: versionLinks(storyLang, draft ? [...published, storyLang] : published, page), draft };
}
