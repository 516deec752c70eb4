#!/usr/bin/env node
/**
 * `npm run publish`: the site to deploy, in build/: `npm run build`, then each step's share card
 * (a 1200x630 still, light theme) drawn into build/s/<id>/card.png, beside the share page that
 * names it, and every share tag (og:url, og:image, twitter:image) pointed at the site's address.
 * `npm run build` stays free of the browser; only this command needs one.
 *
 *   npm run publish                          build, then draw the cards; the address is meta.site
 *   npm run publish -- --site https://...    the same, at this address
 *   npm run publish -- --no-build            draw the cards into the existing build/
 *
 * It refuses (exit 2), before building, when the address is missing or a placeholder
 * (example.org, localhost, *.test...): a link preview would point at a site that does not exist.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, findChromium, NoBrowserError, playwrightChromium } from './stills-browser.mjs';
import { BUILD_STAMP, buildSite } from './site-build.mjs';
import { serveDir } from './stills-server.mjs';
import { renderStills } from './stills-render.mjs';
import { tempFolder } from './stills-output.mjs';
import { seconds } from './stills-lib.mjs';
import { readOptions, UsageError } from './cli-args.mjs';
import { rebaseShareTags, unpublishableReason } from '../src/lib/stills/site-address.js';
import { parse as parseYaml } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The card size and paths the share pages name (src/lib/stills/site.ts). */
const CARD = { width: 1200, height: 630 };
const cardFile = (/** @type {string} */ id) => path.join('s', id, 'card.png');

async function main() {
	const t0 = performance.now();
	const args = { build: true, /** @type {string | null} */ site: null };
	const { help } = readOptions(process.argv.slice(2), {
		'--no-build': () => void (args.build = false),
		'--site': (value) => void (args.site = value().trim())
	});
	if (help) {
		console.log(USAGE);
		return;
	}
	const site = args.site ?? dataSite();
	const refused = unpublishableReason(site);
	if (refused) {
		throw new UsageError(
			`${refused}${args.site ? ' (--site)' : ' (meta.site in data/story.yaml)'}.\n` +
				'Share cards must point at the address the story is published at: set meta.site in data/story.yaml, ' +
				'or pass it: npm run publish -- --site https://your-domain/path/'
		);
	}
	console.log(`Publishing for ${site}`);
	const own = await playwrightChromium();
	const chromePath = findChromium(process.env, undefined, () => own);
	if (args.build) {
		console.log('Building the site…');
		await buildSite(ROOT);
	}
	if (!existsSync(path.join(ROOT, BUILD_STAMP))) throw new Error(`${BUILD_STAMP} is missing: build first`);
	/** @type {{ site: string | null, steps: import('./stills-lib.mjs').StepRef[] }} */
	const manifest = JSON.parse(readFileSync(path.join(ROOT, BUILD_STAMP), 'utf8'));

	const server = await serveDir(path.join(ROOT, 'build'));
	const { chromium } = await import('@playwright/test');
	const browser = await chromium.launch({ executablePath: chromePath, args: CHROME_ARGS, handleSIGINT: false, handleSIGTERM: false });
	const tmp = await tempFolder(path.join(ROOT, 'build-cards'));
	for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
		process.on(signal, () => {
			rmSync(tmp, { recursive: true, force: true });
			console.error('\npublish: interrupted; no card was added to build/');
			void browser.close().finally(() => process.exit(130));
		});
	}
	try {
		console.log(`Drawing ${manifest.steps.length} share cards (${CARD.width}x${CARD.height})…`);
		const { ms } = await renderStills({
			browser,
			baseUrl: server.url,
			steps: manifest.steps,
			...CARD,
			scale: 1,
			theme: 'light',
			format: 'png',
			dir: tmp,
			name: (s) => cardFile(s.id),
			onProgress: ({ step, ms, done, total }) => console.log(`[${done}/${total}] s/${step.id}/card.png  ${seconds(ms)}`)
		});
		// Every card is drawn before any goes into build/: a failed run adds none.
		for (const s of manifest.steps) {
			const to = path.join(ROOT, 'build', cardFile(s.id));
			await mkdir(path.dirname(to), { recursive: true });
			await rename(path.join(tmp, cardFile(s.id)), to);
		}
		const pages = await pointTagsAt(path.join(ROOT, 'build'), manifest.site, /** @type {string} */ (site));
		// The manifest says where the tags now point, so a second publish moves them from there.
		await writeFile(`${path.join(ROOT, BUILD_STAMP)}.publish`, JSON.stringify({ ...manifest, site }));
		await rename(`${path.join(ROOT, BUILD_STAMP)}.publish`, path.join(ROOT, BUILD_STAMP));
		const total = ms.reduce((a, b) => a + b, 0);
		console.log(
			`Published build/ for ${site}: ${pages} pages with share tags, ${manifest.steps.length} share cards (${seconds(total / manifest.steps.length)} per card; ${seconds(performance.now() - t0)} in all)`
		);
	} finally {
		await rm(tmp, { recursive: true, force: true });
		await browser.close();
		await server.close();
	}
}

const USAGE = 'Usage: npm run publish [-- --site https://your-domain/path/] [--no-build]';

/** `meta.site` of data/story.yaml as written (the build checks its form; publish its purpose). */
function dataSite() {
	const meta = parseYaml(readFileSync(path.join(ROOT, 'data/story.yaml'), 'utf8'))?.meta;
	return typeof meta?.site === 'string' ? meta.site : null;
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
