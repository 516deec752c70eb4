/**
 * The built site publish starts from: `npm run build` of the stories to publish (never a test
 * story), then the build's own list of stories, refused if it holds a test story unless the
 * browser tests ask for it (--test-build).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readBuildStories, testBuildReason } from '../build-stories.mjs';
import { UsageError } from '../cli-args.mjs';
import { BUILD_STAMP, buildSite } from '../site-build.mjs';

/**
 * @param {string} root
 * @param {string[] | null} stories the stories of --story, or null for every one
 */
export async function buildToPublish(root, stories) {
	console.log(`Building the site${stories ? ` of ${stories.join(', ')}` : ''}…`);
	// Never a test story, even if the shell has TEST_STORIES set; never a draft edition.
	await buildSite(root, { env: { TEST_STORIES: '', STORIES: stories?.join(',') ?? '', DRAFT_EDITIONS: '0' } });
}

/**
 * The stories of the build in build/, to publish.
 * @param {string} root
 * @param {boolean} testBuild whether a test build may be published (the browser tests' own)
 */
export function builtStories(root, testBuild) {
	if (!existsSync(path.join(root, BUILD_STAMP))) throw new Error(`${BUILD_STAMP} is missing: build first`);
	const stories = readBuildStories(root);
	const reason = testBuildReason(stories);
	if (reason && !testBuild) throw new UsageError(reason);
	if (reason) console.log('(--test-build: a test build, for the browser tests; never deploy it)');
	return stories;
}
