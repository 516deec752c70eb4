#!/usr/bin/env node
/**
 * `npm run publish`: the site to deploy, in build/: `npm run build`, then each step's share card
 * (a 1200x630 still, light theme) of every story drawn into build/<slug>/s/<id>/card.png, beside
 * the share page that names it, every share tag (og:url, og:image, twitter:image) pointed at the
 * site's address, and each story's first card shown on the list of stories (build/index.html).
 * `npm run build` stays free of the browser; only this command needs one.
 *
 *   npm run publish                          build every story of data/stories/, then draw the cards;
 *                                            each story's address is its meta.site
 *   npm run publish -- --site https://...    the same, at this address (every story)
 *   npm run publish -- --story a,b           a site of these stories alone (built with STORIES=a,b)
 *   npm run publish -- --no-build            draw the cards into the existing build/
 *
 * It refuses (exit 2), before building, when an address is missing or a placeholder
 * (example.org, localhost, *.test...): a link preview would point at a site that does not exist;
 * and a build that holds a test story (npm run build:test): it is never to be deployed. The
 * browser tests publish their test build with --test-build, and nothing else should.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, findChromium, NoBrowserError, playwrightChromium } from './stills-browser.mjs';
import { BUILD_STAMP, buildSite } from './site-build.mjs';
import { readBuildStories, testBuildReason } from './build-stories.mjs';
import { serveDir } from './stills-server.mjs';
import { renderStills } from './stills-render.mjs';
import { tempFolder } from './stills-output.mjs';
import { seconds } from './stills-lib.mjs';
import { nameList, readOptions, UsageError } from './cli-args.mjs';
import { rebaseShareTags, unpublishableReason } from '../src/lib/model/site-address.js';
import { withCardImages } from '../src/lib/drivers/shared/share/card-images.js';
import { parse as parseYaml } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The card size and paths the share pages name (src/lib/model/site.ts). */
const CARD = { width: 1200, height: 630 };
const cardFile = (/** @type {string} */ slug, /** @type {string} */ id) => path.join(slug, 's', id, 'card.png');
/** Where the stories are (src/lib/loading/stories.server.ts). */
const STORIES_DIR = 'data/stories';

async function main() {
	const t0 = performance.now();
	const args = {
		build: true,
		testBuild: false,
		/** @type {string | null} */ site: null,
		/** @type {string[] | null} */ stories: null
	};
	const { help } = readOptions(process.argv.slice(2), {
		'--no-build': () => void (args.build = false),
		'--site': (value) => void (args.site = value().trim()),
		'--story': (value) => void (args.stories = nameList('--story', value(), 'story slugs', '--story china-ai-market')),
		'--test-build': () => void (args.testBuild = true)
	});
	if (help) {
		console.log(USAGE);
		return;
	}
	if (args.stories && !args.build)
		throw new UsageError('--story builds a site of those stories; it cannot be used with --no-build');
	// The addresses are checked before anything is built or drawn: from data/ when building, from
	// the build it would publish otherwise.
	const sites = args.build
		? dataSites(args.stories)
		: readBuildStories(ROOT).map((s) => ({
				slug: s.slug,
				site: s.site ?? null,
				where: `meta.site of ${s.slug}, as built`
			}));
	const target = (/** @type {{ site: string | null }} */ s) => args.site ?? s.site;
	for (const s of sites) {
		const refused = unpublishableReason(target(s));
		if (refused) {
			throw new UsageError(
				`${refused}${args.site ? ' (--site)' : ` (${s.where})`}.\n` +
					'Share cards must point at the address the story is published at: set meta.site in its story.yaml, ' +
					'or pass it: npm run publish -- --site https://your-domain/path/'
			);
		}
	}
	console.log(`Publishing for ${[...new Set(sites.map(target))].join(', ')}`);
	const own = await playwrightChromium();
	const chromePath = findChromium(process.env, undefined, () => own);
	if (args.build) {
		console.log(`Building the site${args.stories ? ` of ${args.stories.join(', ')}` : ''}…`);
		// Never a test story, even if the shell has TEST_STORIES set.
		await buildSite(ROOT, { env: { TEST_STORIES: '', STORIES: args.stories?.join(',') ?? '' } });
	}
	if (!existsSync(path.join(ROOT, BUILD_STAMP))) throw new Error(`${BUILD_STAMP} is missing: build first`);
	const stories = readBuildStories(ROOT);
	const testBuild = testBuildReason(stories);
	if (testBuild && !args.testBuild) throw new UsageError(testBuild);
	if (testBuild) console.log('(--test-build: a test build, for the browser tests; never deploy it)');
	const cards = stories.flatMap((story) =>
		story.steps.map((step) => ({ story, step, file: cardFile(story.slug, step.id) }))
	);

	const server = await serveDir(path.join(ROOT, 'build'));
	const { chromium } = await import('@playwright/test');
	const browser = await chromium.launch({
		executablePath: chromePath,
		args: CHROME_ARGS,
		handleSIGINT: false,
		handleSIGTERM: false
	});
	const tmp = await tempFolder(path.join(ROOT, 'build-cards'));
	for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
		process.on(signal, () => {
			rmSync(tmp, { recursive: true, force: true });
			console.error('\npublish: interrupted; no card was added to build/');
			void browser.close().finally(() => process.exit(130));
		});
	}
	try {
		console.log(
			`Drawing ${cards.length} share cards of ${stories.length} ${stories.length > 1 ? 'stories' : 'story'} (${CARD.width}x${CARD.height})…`
		);
		/** @type {number[]} */
		const ms = [];
		for (const story of stories) {
			const run = await renderStills({
				browser,
				baseUrl: `${server.url}/${story.slug}`,
				steps: story.steps,
				...CARD,
				scale: 1,
				theme: 'light',
				format: 'png',
				dir: tmp,
				name: (s) => cardFile(story.slug, s.id),
				onProgress: ({ step, ms, done, total }) =>
					console.log(`[${done}/${total}] ${story.slug}/s/${step.id}/card.png  ${seconds(ms)}`)
			});
			ms.push(...run.ms);
		}
		// Every card is drawn before any goes into build/: a failed run adds none.
		for (const c of cards) {
			const to = path.join(ROOT, 'build', c.file);
			await mkdir(path.dirname(to), { recursive: true });
			await rename(path.join(tmp, c.file), to);
		}
		let pages = 0;
		for (const story of stories) {
			pages += await pointTagsAt(
				path.join(ROOT, 'build', story.slug),
				story.site ?? null,
				/** @type {string} */ (target(story))
			);
		}
		const listed = await showCards(path.join(ROOT, 'build', 'index.html'));
		// The manifest says where the tags now point, so a second publish moves them from there.
		const manifest = JSON.parse(readFileSync(path.join(ROOT, BUILD_STAMP), 'utf8'));
		manifest.stories = manifest.stories.map((/** @type {{ slug: string }} */ s) => ({
			...s,
			site: target(stories.find((x) => x.slug === s.slug) ?? { site: null })
		}));
		await writeFile(`${path.join(ROOT, BUILD_STAMP)}.publish`, JSON.stringify(manifest));
		await rename(`${path.join(ROOT, BUILD_STAMP)}.publish`, path.join(ROOT, BUILD_STAMP));
		const total = ms.reduce((a, b) => a + b, 0);
		console.log(
			`Published build/: ${pages} pages with share tags, ${cards.length} share cards (${seconds(total / cards.length)} per card), ${listed} on the list of stories; ${seconds(performance.now() - t0)} in all`
		);
	} finally {
		await rm(tmp, { recursive: true, force: true });
		await browser.close();
		await server.close();
	}
}

const USAGE = 'Usage: npm run publish [-- --site https://your-domain/path/] [--story slug,slug] [--no-build]';

/**
 * `meta.site` of each story to build, as written in its story.yaml (the build checks its form;
 * publish its purpose).
 * @param {string[] | null} only the stories of --story, or null for every one
 * @returns {{ slug: string, site: string | null, where: string }[]}
 */
function dataSites(only) {
	const dir = path.join(ROOT, STORIES_DIR);
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
		const meta = parseYaml(readFileSync(path.join(ROOT, file), 'utf8'))?.meta;
		return { slug, site: typeof meta?.site === 'string' ? meta.site : null, where: `meta.site in ${file}` };
	});
}

/**
 * Shows each story's first card on the list of stories, now that its image is drawn.
 * @param {string} file build/index.html
 * @returns {Promise<number>} how many cards it shows
 */
async function showCards(file) {
	const dir = path.dirname(file);
	const { html, added } = withCardImages(await readFile(file, 'utf8'), (src) => existsSync(path.join(dir, src)));
	if (added) {
		await writeFile(`${file}.publish`, html);
		await rename(`${file}.publish`, file);
	}
	return (html.match(/<img /g) ?? []).length;
}

/**
 * Points the share tags of every page of `dir` at `to` (they were built for `from`).
 * @param {string} dir
 * @param {string | null} from
 * @param {string} to
 * @returns {Promise<number>} how many pages carry share tags
 */
async function pointTagsAt(dir, from, to) {
	let pages = 0;
	for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!e.isFile() || !e.name.endsWith('.html')) continue;
		const file = path.join(e.parentPath, e.name);
		const html = await readFile(file, 'utf8');
		const moved = rebaseShareTags(html, from, to);
		if (moved !== html || html.includes('property="og:url"')) pages++;
		if (moved === html) continue;
		// Written beside, then renamed over: a server reading the page meanwhile gets one whole version.
		await writeFile(`${file}.publish`, moved);
		await rename(`${file}.publish`, file);
	}
	return pages;
}

main().catch((e) => {
	if (e instanceof UsageError) {
		console.error(`publish: ${e.message}\n${USAGE}`);
		process.exit(2);
	}
	console.error(`publish: ${e instanceof NoBrowserError ? e.message : (e?.stack ?? e)}`);
	process.exit(e instanceof NoBrowserError ? 3 : 1);
});
