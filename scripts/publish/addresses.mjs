/**
 * Where each story is to be published, checked before anything is built or drawn: `meta.site` as
 * the build reads it from data/ when publish builds, as built otherwise; a missing or placeholder
 * address is refused (a link preview would point at a site that does not exist).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { readBuildStories } from '../build-stories.mjs';
import { UsageError } from '../cli-args.mjs';
import { unpublishableReason } from '../../src/lib/model/site-address.js';

/** Where the stories are (src/lib/loading/stories.server.ts). */
const STORIES_DIR = 'data/stories';

/** The build's loader of stories (TypeScript, so read through Vite as the build reads it). */
const LOADER = fileURLToPath(new URL('../../src/lib/loading/stories.server.ts', import.meta.url));

/** The stories' files hold a mistake the build would stop on: its messages, one per line. */
export class StoryDataError extends Error {}

/** @typedef {{ slug: string, site: string | null, where: string }} StorySite */

/**
 * `meta.site` of each story to build, read by the build's own loader (the build checks its form;
 * publish its purpose): a mistake in a story's files is a StoryDataError with the build's
 * messages (file, line, words), not a YAML library's stack trace or a missing address.
 * @param {string} root
 * @param {string[] | null} only the stories of --story, or null for every one
 * @returns {Promise<StorySite[]>}
 */
export async function dataSites(root, only) {
	const dir = path.join(root, STORIES_DIR);
	const slugs = readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'story.yaml')))
		.map((e) => e.name);
	const unknown = (only ?? []).filter((s) => !slugs.includes(s));
	if (unknown.length)
		throw new UsageError(
			`--story: no story ${unknown.map((u) => `"${u}"`).join(', ')} in ${STORIES_DIR}/; its stories are: ${slugs.join(', ')}`
		);
	const { module } = await runnerImport(LOADER, { configFile: false, logLevel: 'silent' });
	/** @type {{ folder: { slug: string, dir: string }, story: { meta: { site?: string } } }[]} */
	let loaded;
	try {
		loaded = module.loadStories(root, { STORIES: (only ?? []).join(',') });
	} catch (e) {
		const all = /** @type {{ all?: { message: string }[] }} */ (e).all;
		if (!Array.isArray(all)) throw e;
		throw new StoryDataError(
			`story data: ${all.length} problem${all.length === 1 ? '' : 's'} in the stories' files (the build stops on them too)\n${all.map((x) => x.message).join('\n')}`
		);
	}
	return loaded.map(({ folder, story }) => ({
		slug: folder.slug,
		site: story.meta.site ?? null,
		where: `meta.site in ${folder.dir}/story.yaml`
	}));
}

/**
 * `meta.site` of each story of the build it would publish.
 * @param {string} root
 * @returns {StorySite[]}
 */
export function builtSites(root) {
	return readBuildStories(root).map((s) => ({
		slug: s.slug,
		site: s.site ?? null,
		where: `meta.site of ${s.slug}, as built`
	}));
}

/**
 * Refuses (a UsageError) the first story whose address, `--site` or its own, is missing or a
 * placeholder.
 * @param {readonly StorySite[]} sites
 * @param {string | null} site the address of --site, or null
 */
export function refuseUnpublishable(sites, site) {
	for (const s of sites) {
		const refused = unpublishableReason(site ?? s.site);
		if (refused) {
			throw new UsageError(
				`${refused}${site ? ' (--site)' : ` (${s.where})`}.\n` +
					'Share cards must point at the address the story is published at: set meta.site in its story.yaml, ' +
					'or pass it: npm run publish -- --site https://your-domain/path/'
			);
		}
	}
}
