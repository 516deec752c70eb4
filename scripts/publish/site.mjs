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
 * @param {string[] | null} [langs] the editions of --lang (each story's own language always goes), or null for every one
 */
export async function buildToPublish(root, stories, langs = null) {
	console.log(
		`Building the site${stories ? ` of ${stories.join(', ')}` : ''}${langs ? `, editions in ${langs.join(', ')}` : ''}…`
	);
	// Never a test story, even if the shell has TEST_STORIES set; never a draft edition.
	const env = { TEST_STORIES: '', STORIES: stories?.join(',') ?? '', DRAFT_EDITIONS: '0' };
	await buildSite(root, { env: langs ? { ...env, EDITIONS: langs.join(',') } : env });
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
	// A draft edition is built for preview and never published: no build that holds one goes out,
	// and a test build's drafts get no cards.
	const drafts = stories.flatMap((s) =>
		(s.editions ?? []).filter((e) => e.status === 'draft').map((e) => `${s.slug}/${e.lang}`)
	);
	if (drafts.length && !testBuild)
		throw new UsageError(
			`build/ holds draft edition${drafts.length > 1 ? 's' : ''} ${drafts.join(', ')}, which are never published: run npm run publish without --no-build, which builds the site without them`
		);
	return stories.map((s) => ({ ...s, editions: (s.editions ?? []).filter((e) => e.status === 'published') }));
}
