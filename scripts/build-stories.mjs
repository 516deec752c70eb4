/**
 * The stories a build holds, as the scripts see them: `build/stories.json`, written by the build
 * (src/routes/stories.json), never data/ (a script works on the build it serves). Which stories a
 * run works on (`--story a,b`, default every one), and the test stories that keep a build from
 * being published. Pure but for `readBuildStories`, so scripts/build-stories.test.ts covers it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './cli-args.mjs';

/** Written by every build, at its root: its age is the build's, its list the build's stories. */
export const STORIES_MANIFEST = 'build/stories.json';

/**
 * @typedef {{ id: string, number: number }} StepRef
 * @typedef {{ slug: string, title: string, test: boolean, site?: string | null, steps: StepRef[] }} BuildStory
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
