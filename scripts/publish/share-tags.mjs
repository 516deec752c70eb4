/**
 * The share tags' address rewrite: every page's og:url, og:image and twitter:image moved from the
 * address the build used to the one publish publishes at, and build/stories.json told, so a second
 * publish moves them from there. Each file is written beside, then renamed over: a server reading
 * it meanwhile gets one whole version.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_STAMP } from '../site-build.mjs';
import { rebaseShareTags } from '../../src/lib/model/site-address.js';

/**
 * Points the share tags of every page of `dir` at `to` (they were built for `from`).
 * @param {string} dir
 * @param {string | null} from
 * @param {string} to
 * @returns {Promise<number>} how many pages carry share tags
 */
export async function pointTagsAt(dir, from, to) {
	let pages = 0;
	for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!e.isFile() || !e.name.endsWith('.html')) continue;
		const file = path.join(e.parentPath, e.name);
		const html = await readFile(file, 'utf8');
		const moved = rebaseShareTags(html, from, to);
		if (moved !== html || html.includes('property="og:url"')) pages++;
		if (moved === html) continue;
		await writeFile(`${file}.publish`, moved);
		await rename(`${file}.publish`, file);
	}
	return pages;
}

/**
 * Records in the build's list of stories where each story's tags now point.
 * @param {string} root
 * @param {(slug: string) => string | null | undefined} siteOf
 */
export async function recordSites(root, siteOf) {
	const file = path.join(root, BUILD_STAMP);
	const manifest = JSON.parse(readFileSync(file, 'utf8'));
	manifest.stories = manifest.stories.map((/** @type {{ slug: string }} */ s) => ({ ...s, site: siteOf(s.slug) }));
	await writeFile(`${file}.publish`, JSON.stringify(manifest));
	await rename(`${file}.publish`, file);
}
