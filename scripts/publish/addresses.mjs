/**
 * Where each story is to be published, checked before anything is built or drawn: `meta.site` as
 * the build reads it from data/ when publish builds, as built otherwise; a missing or placeholder
 * address is refused (a link preview would point at a site that does not exist). And who may frame
 * each story's embeds (`meta.embedOn`), for the host's headers.
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
	const loaded = await loadWithBuildLoader(root, { STORIES: (only ?? []).join(',') });
	return loaded.map(({ folder, story }) => ({
		slug: folder.slug,
		site: story.meta.site ?? null,
		where: `meta.site in ${folder.dir}/story.yaml`
	}));
}

/**
 * Every story the environment `env` asks for (`STORIES`, `TEST_STORIES`), read and checked by the
 * build's own loader; its mistakes are a StoryDataError with the build's messages.
 * @param {string} root
 * @param {Record<string, string>} env
 * @returns {Promise<{ folder: { slug: string, dir: string }, story: { meta: { site?: string, embedOn: string[] | null } } }[]>}
 */
async function loadWithBuildLoader(root, env) {
	const { module } = await runnerImport(LOADER, { configFile: false, logLevel: 'silent' });
	try {
		return module.loadStories(root, env);
	} catch (e) {
		const all = /** @type {{ all?: { message: string }[] }} */ (e).all;
		if (!Array.isArray(all)) throw e;
		throw new StoryDataError(
			`story data: ${all.length} problem${all.length === 1 ? '' : 's'} in the stories' files (the build stops on them too)\n${all.map((x) => x.message).join('\n')}`
		);
	}
}

/**
 * Who may frame each built story's embeds (`meta.embedOn`, null for any site), read from its
 * story.yaml by the build's loader: the build's list of stories does not carry it. A test build's
 * stories are read where the browser tests keep them.
 * @param {string} root
 * @param {readonly { slug: string, test: boolean, editions?: { lang: string }[] }[]} stories the build's stories
 * @returns {Promise<{ slug: string, embedOn: string[] | null }[]>} each story's, then each of its editions' (`<slug>/<lang>`)
 */
export async function embedPolicies(root, stories) {
	const env = {
		STORIES: stories.map((s) => s.slug).join(','),
		TEST_STORIES: stories.some((s) => s.test) ? process.env.TEST_STORIES || '1' : ''
	};
	const loaded = await loadWithBuildLoader(root, env);
	// An edition's embeds are framed as its story's: its pages are under the story's, at <slug>/<lang>/.
	return stories.flatMap(({ slug, editions }) => {
		const embedOn = loaded.find((l) => l.folder.slug === slug)?.story.meta.embedOn ?? null;
		return [{ slug, embedOn }, ...(editions ?? []).map((e) => ({ slug: `${slug}/${e.lang}`, embedOn }))];
	});
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
