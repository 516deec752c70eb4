#!/usr/bin/env node
/**
 * `npm run publish`: the site to deploy, in build/: `npm run build`, then each step's share card
 * (a 1200x630 still, light theme) of every story and edition drawn into build/<slug>/s/<id>/card.png
 * (build/<slug>/<lang>/s/<id>/card.png), beside
 * the share page that names it, every share tag (og:url, og:image, twitter:image) pointed at the
 * site's address, and each story's first card shown on the list of stories (build/index.html).
 * `npm run build` stays free of the browser; only this command needs one.
 *
 *   npm run publish                          build every story of data/stories/, then draw the cards;
 *                                            each story's address is its meta.site
 *   npm run publish -- --site https://...    the same, at this address (every story)
 *   npm run publish -- --story a,b           a site of these stories alone (built with STORIES=a,b)
 *   npm run publish -- --lang zh             each story with these of its published editions alone
 *                                            (default: every published edition; a draft never goes)
 *   npm run publish -- --no-build            draw the cards into the existing build/
 *   npm run publish -- --dry-run             what changed since each story's last publish; nothing written
 *   npm run publish -- --allow-wording       let changed words out without an entry in updates: (a typo
 *                                            fixed, the engine's own wording); never a changed figure
 *
 * Each story's last publish is recorded beside its story.yaml (published.json, committed with the
 * story; each published edition's in published.<lang>.json): a figure or a sentence readers see that changed since, without a new dated entry under
 * updates:, stops it (exit 2) with the report of what changed, where it came from and where it shows.
 *
 * It refuses (exit 2), before building, a story the build would stop on (its messages, read by
 * the build's loader), and an address that is missing, a placeholder (example.org, localhost,
 * *.test...) or on a private network: a link preview would point at a site readers cannot reach;
 * and a build that holds a test story (npm run build:test): it is never to be deployed. The
 * browser tests publish their test build with --test-build, and nothing else should.
 *
 * This file reads the options and runs the steps in order; each thing it writes has its module in
 * scripts/publish/: the built site (site.mjs, after the addresses are checked in addresses.mjs),
 * the share cards (cards.mjs), the share tags' address rewrite (share-tags.mjs), the embeds'
 * heights and oEmbed JSON (embeds.mjs), the cards on the list of stories (story-list.mjs) and the
 * host's headers, build/_headers (headers.mjs: who may frame each page, as each story's
 * meta.embedOn says for its embeds, CORS and caching).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, NoBrowserError, playwrightChromium } from './stills/browser.mjs';
import { seconds } from './stills/lib.mjs';
import { nameList, readOptions, UsageError } from './cli-args.mjs';
import { builtSites, dataSites, embedPolicies, refuseUnpublishable, StoryDataError } from './publish/addresses.mjs';
import { buildToPublish, builtStories } from './publish/site.mjs';
import { drawCards } from './publish/cards.mjs';
import { pointTagsAt, recordSites } from './publish/share-tags.mjs';
import { showCards } from './publish/story-list.mjs';
import { publishEmbeds } from './publish/embeds.mjs';
import { checkChanges, RefusedChanges } from './publish/record.mjs';
import { writeHeaders } from './publish/headers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
	const t0 = performance.now();
	const args = {
		build: true,
		testBuild: false,
		/** @type {string | null} */ site: null,
		/** @type {string[] | null} */ stories: null,
		/** @type {string[] | null} */ langs: null,
		dryRun: false,
		allowWording: false
	};
	const { help } = readOptions(process.argv.slice(2), {
		'--no-build': () => void (args.build = false),
		'--site': (value) => void (args.site = value().trim()),
		'--story': (value) => void (args.stories = nameList('--story', value(), 'story slugs', '--story china-ai-market')),
		'--lang': (value) => void (args.langs = nameList('--lang', value(), 'language codes', '--lang zh')),
		'--test-build': () => void (args.testBuild = true),
		'--dry-run': () => void (args.dryRun = true),
		'--allow-wording': () => void (args.allowWording = true)
	});
	if (help) {
		console.log(USAGE);
		return;
	}
	if (args.stories && !args.build)
		throw new UsageError('--story builds a site of those stories; it cannot be used with --no-build');
	if (args.langs && !args.build)
		throw new UsageError('--lang builds a site with those editions; it cannot be used with --no-build');
	// The addresses are checked before anything is built or drawn: from data/ when building, from
	// the build it would publish otherwise.
	const sites = args.build ? await dataSites(ROOT, args.stories) : builtSites(ROOT);
	refuseUnpublishable(sites, args.site);
	const target = (/** @type {{ site?: string | null }} */ s) => args.site ?? s.site;
	// What changed since each story's last publish, before anything is built: a changed figure or
	// sentence needs its dated note (publish/record.mjs).
	const today = new Date().toISOString().slice(0, 10);
	const changes = await checkChanges(ROOT, args.stories, { today, allowWording: args.allowWording, langs: args.langs });
	if (args.dryRun) {
		console.log('Dry run: nothing built, drawn or written.');
		return;
	}
	console.log(`Publishing for ${[...new Set(sites.map(target))].join(', ')}`);
	const own = await playwrightChromium();
	const chromePath = findChromium(process.env, undefined, () => own);
	if (args.build) await buildToPublish(ROOT, args.stories, args.langs);
	const stories = builtStories(ROOT, args.testBuild);
	// Who may frame each story's embeds, read before the cards are drawn so a mistake stops it early.
	const policies = await embedPolicies(ROOT, stories);

	const { cards, ms } = await drawCards(ROOT, stories, chromePath);
	let pages = 0;
	for (const story of stories) {
		pages += await pointTagsAt(
			path.join(ROOT, 'build', story.slug),
			story.site ?? null,
			/** @type {string} */ (target(story))
		);
	}
	// Before the build's list records the new addresses: the oEmbed JSONs move from the old ones.
	const embeds = await publishEmbeds(ROOT, stories, chromePath, (s) => /** @type {string} */ (target(s)));
	const listed = await showCards(path.join(ROOT, 'build', 'index.html'));
	// The build's list says where the tags now point, so a second publish moves them from there.
	await recordSites(ROOT, (slug) => target(stories.find((x) => x.slug === slug) ?? { site: null }));
	// The host's headers, once every file is in build/: each file's rule is checked against them.
	const headers = await writeHeaders(ROOT, policies);
	for (const warning of headers.warnings) console.warn(`publish: ${warning}`);
	// What went out, for the next publish to compare with; a test build never goes out.
	if (!args.testBuild) changes.write();
	const total = ms.reduce((a, b) => a + b, 0);
	console.log(
		`Published build/: ${pages} pages with share tags, ${cards} share cards (${seconds(total / cards)} per card), ${embeds} embeds measured, ${listed} on the list of stories, ${headers.rules.length} header rules in build/_headers; ${seconds(performance.now() - t0)} in all`
	);
}

const USAGE =
	'Usage: npm run publish [-- --site https://your-domain/path/] [--story slug,slug] [--lang zh,ar] [--no-build] [--dry-run] [--allow-wording]';

main().catch((e) => {
	if (e instanceof UsageError) {
		console.error(`publish: ${e.message}\n${USAGE}`);
		process.exit(2);
	}
	if (e instanceof StoryDataError || e instanceof RefusedChanges) {
		console.error(`publish: ${e.message}`);
		process.exit(2);
	}
	console.error(`publish: ${e instanceof NoBrowserError ? e.message : (e?.stack ?? e)}`);
	process.exit(e instanceof NoBrowserError ? 3 : 1);
});
