/**
 * Where each story is to be published, checked before anything is built or drawn: `meta.site` as
 * written in data/ when publish builds, as built otherwise; a missing or placeholder address is
 * refused (a link preview would point at a site that does not exist).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readBuildStories } from '../build-stories.mjs';
import { UsageError } from '../cli-args.mjs';
import { unpublishableReason } from '../../src/lib/model/site-address.js';

/** Where the stories are (src/lib/loading/stories.server.ts). */
const STORIES_DIR = 'data/stories';

/** @typedef {{ slug: string, site: string | null, where: string }} StorySite */

/**
 * `meta.site` of each story to build, as written in its story.yaml (the build checks its form;
 * publish its purpose).
 * @param {string} root
 * @param {string[] | null} only the stories of --story, or null for every one
 * @returns {StorySite[]}
 */
export function dataSites(root, only) {
	const dir = path.join(root, STORIES_DIR);
	const slugs = readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'story.yaml')))
		.map((e) => e.name);
	const unknown = (only ?? []).filter((s) => !slugs.includes(s));
	if (unknown.length)
		throw new UsageError(
			`--story: no story ${unknown.map((u) => `"${u}"`).join(', ')} in ${STORIES_DIR}/; its stories are: ${slugs.join(', ')}`
		);
	return (only ?? slugs).map((slug) => {
		const file = `${STORIES_DIR}/${slug}/story.yaml`;
		const meta = parseYaml(readFileSync(path.join(root, file), 'utf8'))?.meta;
		return { slug, site: typeof meta?.site === 'string' ? meta.site : null, where: `meta.site in ${file}` };
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
