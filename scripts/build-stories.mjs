/**
 * The stories a build holds, as the scripts see them: `build/stories.json`, written by the build
 * (src/routes/stories.json), never data/ (a script works on the build it serves). Which stories a
 * run works on (`--story a,b`, default every one) and in which languages (`--lang zh,ar`, default
 * the story's and every edition the build holds), and the test stories that keep a build from
 * being published. Pure but for `readBuildStories`, so scripts/build-stories.test.ts covers it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './cli-args.mjs';

/** Written by every build, at its root: its age is the build's, its list the build's stories. */
export const STORIES_MANIFEST = 'build/stories.json';

/**
 * @typedef {{ id: string, number: number }} StepRef
 * @typedef {{ lang: string, status: 'draft' | 'published', title?: string }} BuildEdition
 * @typedef {{ slug: string, title: string, test: boolean, lang?: string, site?: string | null, steps: StepRef[], editions?: BuildEdition[] }} BuildStory
 * @typedef {{ story: BuildStory, lang: string, edition: boolean, path: string, title: string }} BuildVersion
 *   a story in one of its languages: `path` is where its pages are under build/ (`<slug>` for the
 *   story's own language, `<slug>/<lang>` for an edition)
 */

/**
 * @param {string} root
 * @returns {BuildStory[]}
 */
export function readBuildStories(root) {
	let text;
	try {
		text = readFileSync(path.join(root, STORIES_MANIFEST), 'utf8');
	} catch {
		throw new Error(`${STORIES_MANIFEST} is missing: run \`npm run build\` first`);
	}
	return JSON.parse(text).stories;
}

/**
 * The stories a run works on, in the build's order: those `wanted` names (each must be in the
 * build), or every one.
 * @param {readonly BuildStory[]} all
 * @param {readonly string[] | null} wanted
 * @returns {BuildStory[]}
 */
export function selectStories(all, wanted) {
	if (!wanted) return [...all];
	const unknown = wanted.filter((slug) => !all.some((s) => s.slug === slug));
	if (unknown.length) {
		throw new UsageError(
			`--story: no story ${unknown.map((u) => `"${u}"`).join(', ')} in this build; its stories are: ${all.map((s) => s.slug).join(', ')}`
		);
	}
	return all.filter((s) => wanted.includes(s.slug));
}

/**
 * The versions of `stories` a run works on, in the build's order, each story's own language first:
 * those in the languages `langs` names, or every one. A language no story of the run has is a
 * mistake, named with the languages there are; a story without it is skipped.
 * @param {readonly BuildStory[]} stories
 * @param {readonly string[] | null} langs
 * @returns {BuildVersion[]}
 */
export function selectVersions(stories, langs) {
	const all = stories.flatMap((story) => [
		{ story, lang: story.lang ?? 'en', edition: false, path: story.slug, title: story.title },
		...(story.editions ?? []).map((e) => ({
			story,
			lang: e.lang,
			edition: true,
			path: `${story.slug}/${e.lang}`,
			title: e.title ?? story.title
		}))
	]);
	if (!langs) return all;
	const known = [...new Set(all.map((v) => v.lang))];
	const unknown = langs.filter((l) => !known.includes(l));
	if (unknown.length) {
		const of = stories.length === 1 ? `"${stories[0].slug}"` : 'the stories of this run';
		throw new UsageError(
			`--lang: no ${unknown.map((u) => `"${u}"`).join(', ')} version of ${of} in this build; its languages are: ${known.join(', ')}`
		);
	}
	return all.filter((v) => langs.includes(v.lang));
}

/**
 * Why this build must not be published, or null: a build that holds a test story (invented
 * data, built by `npm run build:test` for the browser tests) is never deployed.
 * @param {readonly BuildStory[]} all
 * @returns {string | null}
 */
export function testBuildReason(all) {
	const tests = all.filter((s) => s.test).map((s) => s.slug);
	if (!tests.length) return null;
	return `build/ holds test ${tests.length > 1 ? 'stories' : 'story'} ${tests.join(', ')} (invented data): it is a test build (npm run build:test, npm test) and must never be deployed; run npm run publish without --no-build, which builds the site without them`;
}
