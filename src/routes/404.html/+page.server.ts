import { loadStories } from '$lib/loading/stories.server';
import { editionBase, storyHome } from '$lib/model/site';
import { LANGS, type LangCode } from '$lib/model/locale/langs';
import { uiWords } from '$lib/model/locale/ui/words';
import type { PageServerLoad } from './$types';

// Build time only: the build's stories, for the page a reader lands on at a missing address. One
// page answers every missing address, whatever its language: it says so in each language the
// site publishes, and lists each story with its published editions, each in its language.
export const load: PageServerLoad = () => {
	const stories = loadStories().map(({ folder, story, editions }) => ({
		slug: folder.slug,
		href: storyHome(folder.slug),
		title: story.meta.title,
		lang: story.lang,
		editions: editions
			.filter((e) => e.status === 'published')
			.map((e) => ({
				slug: editionBase(folder.slug, e.lang),
				lang: e.lang,
				href: storyHome(editionBase(folder.slug, e.lang)),
				title: e.story.meta.title,
				tag: LANGS[e.lang].tag,
				dir: LANGS[e.lang].dir
			}))
	}));
	const langs = [...new Set<LangCode>(stories.flatMap((s) => [s.lang, ...s.editions.map((e) => e.lang)]))];
	const notices = langs.map((lang) => {
		const ui = uiWords(lang);
		return {
			tag: LANGS[lang].tag,
			dir: LANGS[lang].dir,
			title: ui['not-found-title'],
			stories: ui['not-found-stories']
		};
	});
	return { stories, notices };
};
