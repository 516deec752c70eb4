/**
 * Which stories a build holds: every folder of data/stories/ with a story.yaml is a story, its
 * folder's name the slug in its URLs (/<slug>/, /<slug>/present/, ...). Build time only.
 *
 * Test stories (tests/fixtures/stories/<slug>/, invented data for the smoke tests) join the build
 * only when the environment asks for them: `TEST_STORIES=1` (what `npm run build:test` and so
 * `npm test` set), or a list of folders that hold stories, separated by `:`
 * (`TEST_STORIES=/tmp/more-stories`). A plain `npm run build` never has them, and the build's
 * manifest (/stories.json) marks them `test: true`, which `npm run publish` refuses to publish.
 */
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { slugProblem } from './slug.js';
import { DataError, ErrorList } from './errors.ts';
import { loadStory } from './load.server.ts';
import { NARRATIVE_FILE } from './narrative/document.ts';
import type { Story } from '../model/types.ts';
import { EDITIONS_DIR, loadEditions } from './editions/editions.server.ts';
import type { Edition } from './editions/edition.ts';
import type { EditionLang } from '../model/locale/langs.ts';

/** The stories to publish: one folder per story. */
export const STORIES_DIR = 'data/stories';
/** The test stories: built only with TEST_STORIES set, never published. */
export const TEST_STORIES_DIR = 'tests/fixtures/stories';
/** The variable that adds test stories to a build. */
export const TEST_STORIES_ENV = 'TEST_STORIES';
/**
 * The variable that keeps only some stories in a build (`STORIES=a,b`): `npm run publish --
 * --story <slug>` builds a site of that story alone with it.
 */
export const ONLY_STORIES_ENV = 'STORIES';

export interface StoryFolder {
	/** The folder's name: the story's URL segment. */
	slug: string;
	/** The folder from the project root (`data/stories/<slug>`), as messages name it. */
	dir: string;
	/** A test story (invented data): never published. */
	test: boolean;
}

/** The folders that hold test stories, from the environment (none when the variable is unset). */
export function testRoots(env: Record<string, string | undefined> = process.env): string[] {
	const value = env[TEST_STORIES_ENV]?.trim();
	if (!value || value === '0' || value === 'false') return [];
	if (value === '1' || value === 'true') return [TEST_STORIES_DIR];
	return value.split(':').filter(Boolean);
}

/** Story folders directly under `parent` (from `root`), in name order. */
function foldersIn(root: string, parent: string, test: boolean): StoryFolder[] {
	const full = isAbsolute(parent) ? parent : join(root, parent);
	if (!existsSync(full)) {
		if (test)
			throw new DataError({
				file: parent,
				line: 0,
				detail: `${TEST_STORIES_ENV} names this folder of test stories, but there is none`
			});
		return [];
	}
	const dirs = readdirSync(full, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('.'));
	// Editions translate a story: without its story.yaml beside them there is nothing they translate.
	const orphan = dirs.find(
		(e) => !existsSync(join(full, e.name, NARRATIVE_FILE)) && existsSync(join(full, e.name, EDITIONS_DIR))
	);
	if (orphan)
		throw new DataError({
			file: `${parent}/${orphan.name}/${EDITIONS_DIR}`,
			line: 0,
			detail: `editions of a story that does not exist: ${parent}/${orphan.name}/ has no ${NARRATIVE_FILE}`
		});
	return dirs
		.filter((e) => existsSync(join(full, e.name, NARRATIVE_FILE)))
		.map((e) => {
			const at = join(full, e.name);
			return { slug: e.name, dir: isAbsolute(parent) ? at : relative(root, at).split('\\').join('/'), test };
		})
		.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/**
 * Every story of the build: data/stories/*, then the test stories when asked for; only those
 * STORIES names when it is set. A folder whose name cannot be a slug, or two stories with one
 * slug, stop the build naming the folders.
 */
export function storyFolders(
	root: string = process.cwd(),
	env: Record<string, string | undefined> = process.env
): StoryFolder[] {
	const found = [...foldersIn(root, STORIES_DIR, false), ...testRoots(env).flatMap((r) => foldersIn(root, r, true))];
	const seen = new Map<string, string>();
	for (const f of found) {
		// The rule is shared with npm run new-story (slug.js).
		const problem = slugProblem(f.slug);
		if (problem) throw new DataError({ file: f.dir, line: 0, detail: problem });
		const other = seen.get(f.slug);
		if (other)
			throw new DataError({
				file: f.dir,
				line: 0,
				detail: `a second story named "${f.slug}" (the first is ${other}); rename one folder`
			});
		seen.set(f.slug, f.dir);
	}
	const only = (env[ONLY_STORIES_ENV] ?? '')
		.split(',')
		.map((x) => x.trim())
		.filter(Boolean);
	const unknown = only.filter((slug) => !seen.has(slug));
	if (unknown.length) {
		throw new DataError({
			file: STORIES_DIR,
			line: 0,
			detail: `${ONLY_STORIES_ENV} names ${unknown.map((x) => `"${x}"`).join(', ')}, but the stories are ${[...seen.keys()].join(', ') || 'none'}`
		});
	}
	return only.length ? found.filter((f) => only.includes(f.slug)) : found;
}

/**
 * Loads every story of the build, validated; all their problems are thrown together (a
 * DataErrors), each naming its story's file.
 */
export function loadStories(
	root: string = process.cwd(),
	env?: Record<string, string | undefined>
): { folder: StoryFolder; story: Story; editions: Edition[] }[] {
	const errors = new ErrorList();
	const out: { folder: StoryFolder; story: Story; editions: Edition[] }[] = [];
	for (const folder of storyFolders(root, env)) {
		const story = errors.catch(() => loadStory(folder.dir, root));
		// A story's editions are checked against it, so only once it loads.
		const editions = story ? errors.catch(() => loadEditions(folder.dir, story, root)) : undefined;
		if (story && editions) out.push({ folder, story, editions });
	}
	errors.throwIfAny();
	return out;
}

/** The folder of the story `slug`, or undefined. */
export function storyFolder(slug: string, root?: string): StoryFolder | undefined {
	return storyFolders(root).find((f) => f.slug === slug);
}

/** The prerender entries of a story's pages: one per story and one per edition (`lang`). */
export function storyEntries(
	env: Record<string, string | undefined> = process.env
): { story: string; lang?: EditionLang }[] {
	return loadStories(undefined, env).flatMap(({ folder, editions }) => [
		{ story: folder.slug },
		...builtEditions(editions, env).map((e) => ({ story: folder.slug, lang: e.lang }))
	]);
}

/**
 * Set to `0` by `npm run publish`: the build leaves draft editions out (a draft is built for
 * preview by every other build, and never published).
 */
export const DRAFT_EDITIONS_ENV = 'DRAFT_EDITIONS';

/**
 * Set by `npm run publish -- --lang zh,ar`: the languages of the editions a build writes (the
 * story's own always goes); unset, every edition.
 */
export const EDITIONS_ENV = 'EDITIONS';

/**
 * The editions a build writes pages for: all, or the published ones alone for a build to publish,
 * and of those only the languages `EDITIONS` names when it is set.
 */
export function builtEditions(editions: Edition[], env: Record<string, string | undefined> = process.env): Edition[] {
	const langs = env[EDITIONS_ENV]?.split(',').map((l) => l.trim()) ?? null;
	return editions.filter(
		(e) => (env[DRAFT_EDITIONS_ENV] !== '0' || e.status === 'published') && (!langs || langs.includes(e.lang))
	);
}

/** The prerender entries of each dataset's file (/<slug>/data/<id>.csv): one per story and dataset. */
export function datasetEntries(): { story: string; dataset: string }[] {
	return loadStories().flatMap(({ folder, story }) =>
		story.datasets.map((d) => ({ story: folder.slug, dataset: d.id }))
	);
}

/** The prerender entries of a page per step (share pages, stills): one per story and step. */
export function stepEntries(
	env: Record<string, string | undefined> = process.env
): { story: string; id: string; lang?: EditionLang }[] {
	return loadStories(undefined, env).flatMap(({ folder, story, editions }) =>
		[undefined, ...builtEditions(editions, env).map((e) => e.lang)].flatMap((lang) =>
			story.steps.map((s) => ({ story: folder.slug, id: s.id, ...(lang ? { lang } : {}) }))
		)
	);
}
