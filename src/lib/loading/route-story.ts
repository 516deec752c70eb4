/**
 * The story a route's `[story]` parameter names, loaded and validated at build time, as its pages
 * carry it (`reduce.ts`); an unknown slug is a 404 (in dev, a mistyped address), never a crash of the page.
 */
import { createHash } from 'node:crypto';
import { error } from '@sveltejs/kit';
import { storyFolder } from './stories.server.ts';
import { readStoryFiles } from './load.server.ts';
import { parseStory } from './load.ts';
import { KINDS } from '../kinds/registry.ts';
import { loadEditions } from './editions/editions.server.ts';
import { pageStory } from './reduce.ts';
import type { Step, Story } from '../model/types.ts';
import type { LangCode } from '../model/locale/langs.ts';
import { editionBase } from '../model/site.ts';

/** The last story read from each folder, with the content it was read from. */
const loaded = new Map<string, { key: string; story: Story }>();

/**
 * The story in `dir`, loaded and checked once per content of its files: every page of a story
 * (and each page's language links and head) asks for it, and a page's drawing is cut once per
 * story object (`pageStory`). A file edited under `npm run dev` changes the content: read again.
 */
function storyIn(dir: string): Story {
	const files = readStoryFiles(dir);
	const key = createHash('sha1').update(JSON.stringify(files)).digest('hex');
	const known = loaded.get(dir);
	if (known?.key === key) return known.story;
	const story = parseStory(files, KINDS, dir);
	loaded.set(dir, { key, story });
	return story;
}

export function routeStory(slug: string, lang?: string): Story {
	const folder = storyFolder(slug);
	if (!folder) error(404, `no story "${slug}"`);
	const story = storyIn(folder.dir);
	// An edition's pages (`/<slug>/<lang>/...`): the story in that language, drafts too (a
	// draft builds for preview; `npm run publish` leaves it out).
	const edition = lang === undefined ? story : loadEditions(folder.dir, story).find((e) => e.lang === lang)?.story;
	if (!edition) error(404, `no edition "${lang}" of story "${slug}"`);
	// The pages carry what they draw: a long timeline's rows cut to its plot (reduce.ts).
	return pageStory(edition, slug);
}

/** The story and step a `[story]/[[lang]]/.../[id]` route names (its place in the story too), or a 404. */
export function routeStep(slug: string, id: string, lang?: string): { story: Story; step: Step; index: number } {
	const story = routeStory(slug, lang);
	const index = story.steps.findIndex((s) => s.id === id);
	if (index < 0) error(404, `no step "${id}" in story "${slug}"`);
	return { story, step: story.steps[index], index };
}

/** The story in one language, and where its pages are. */
export interface StoryVersion {
	lang: LangCode;
	/** The base of its pages' paths: the slug, or `slug/<code>` for an edition (`editionBase`). */
	base: string;
}

/** The story `slug` in its own language and in each published edition (a draft is not published). */
export function storyVersions(slug: string): StoryVersion[] {
	const folder = storyFolder(slug);
	if (!folder) return [];
	const story = storyIn(folder.dir);
	return [
		{ lang: story.lang, base: slug },
		...loadEditions(folder.dir, story)
			.filter((e) => e.status === 'published')
			.map((e) => ({ lang: e.lang, base: editionBase(slug, e.lang) }))
	];
}
