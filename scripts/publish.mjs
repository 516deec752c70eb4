#!/usr/bin/env node
/**
 * `npm run publish`: the site to deploy, in build/: `npm run build`, then each step's share card
 * (a 1200x630 still, light theme) drawn into build/s/<id>/card.png, beside the share page that
 * names it. `npm run build` stays free of the browser; only this command needs one.
 *
 *   npm run publish                 build, then draw the cards
 *   npm run publish -- --no-build   draw the cards into the existing build/
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, findChromium, NoBrowserError, playwrightChromium } from './stills-browser.mjs';
import { BUILD_STAMP, buildSite } from './site-build.mjs';
import { serveDir } from './stills-server.mjs';
import { renderStills } from './stills-render.mjs';
import { tempFolder } from './stills-output.mjs';
import { seconds } from './stills-lib.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The card size and paths the share pages name (src/lib/stills/site.ts). */
const CARD = { width: 1200, height: 630 };
const cardFile = (/** @type {string} */ id) => path.join('s', id, 'card.png');

async function main() {
	const t0 = performance.now();
	const argv = process.argv.slice(2);
	const unknown = argv.filter((a) => a !== '--no-build');
	if (unknown.length) {
		console.error(`publish: unknown option ${unknown.join(' ')}\nUsage: npm run publish [-- --no-build]`);
		process.exit(2);
	}
	const own = await playwrightChromium();
	const chromePath = findChromium(process.env, undefined, () => own);
	if (!argv.includes('--no-build')) {
		console.log('Building the site…');
		await buildSite(ROOT);
	}
	if (!existsSync(path.join(ROOT, BUILD_STAMP))) throw new Error(`${BUILD_STAMP} is missing: build first`);
	/** @type {{ steps: import('./stills-lib.mjs').StepRef[] }} */
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
		const total = ms.reduce((a, b) => a + b, 0);
		console.log(
			`Published build/ with ${manifest.steps.length} share cards (${seconds(total / manifest.steps.length)} per card; ${seconds(performance.now() - t0)} in all)`
		);
	} finally {
		await rm(tmp, { recursive: true, force: true });
		await browser.close();
		await server.close();
	}
}

main().catch((e) => {
	console.error(`publish: ${e instanceof NoBrowserError ? e.message : (e?.stack ?? e)}`);
	process.exit(e instanceof NoBrowserError ? 3 : 1);
});
