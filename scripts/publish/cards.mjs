/**
 * The share cards: each step's 1200x630 still (light theme) of every story and of each edition the
 * build holds, drawn in Chromium from build/ served, into build/<slug>/s/<id>/card.png (an
 * edition's into build/<slug>/<lang>/s/<id>/card.png) beside the share page that names it. Every card
 * is drawn into a temporary folder first, then moved into build/: a failed run adds none.
 */
import { rmSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { CHROME_ARGS } from '../stills/browser.mjs';
import { serveDir } from '../stills/server.mjs';
import { renderStills } from '../stills/render.mjs';
import { tempFolder } from '../stills/output.mjs';
import { seconds } from '../stills/lib.mjs';
import { selectVersions } from '../build-stories.mjs';

/** The card size and paths the share pages name (src/lib/model/site.ts). */
const CARD = { width: 1200, height: 630 };
const cardFile = (/** @type {string} */ slug, /** @type {string} */ id) => path.join(slug, 's', id, 'card.png');

/**
 * Draws every card of these stories and moves them into build/.
 * @param {string} root
 * @param {readonly import('../build-stories.mjs').BuildStory[]} stories
 * @param {string} chromePath
 * @returns {Promise<{ cards: number, ms: number[] }>} how many cards, and the time each took
 */
export async function drawCards(root, stories, chromePath) {
	// Each story's cards, and each edition's in its language, beside its own share pages.
	const versions = selectVersions(stories, null);
	const cards = versions.flatMap((v) => v.story.steps.map((step) => ({ step, file: cardFile(v.path, step.id) })));
	const server = await serveDir(path.join(root, 'build'));
	const { chromium } = await import('@playwright/test');
	const browser = await chromium.launch({
		executablePath: chromePath,
		args: CHROME_ARGS,
		handleSIGINT: false,
		handleSIGTERM: false
	});
	const tmp = await tempFolder(path.join(root, 'build-cards'));
	for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
		process.on(signal, () => {
			rmSync(tmp, { recursive: true, force: true });
			console.error('\npublish: interrupted; no card was added to build/');
			void browser.close().finally(() => process.exit(130));
		});
	}
	try {
		console.log(
			`Drawing ${cards.length} share cards of ${stories.length} ${stories.length > 1 ? 'stories' : 'story'}${versions.length > stories.length ? ` and ${versions.length - stories.length} editions` : ''} (${CARD.width}x${CARD.height})…`
		);
		/** @type {number[]} */
		const ms = [];
		for (const v of versions) {
			const run = await renderStills({
				browser,
				baseUrl: `${server.url}/${v.path}`,
				steps: v.story.steps,
				...CARD,
				scale: 1,
				theme: 'light',
				format: 'png',
				dir: tmp,
				name: (s) => cardFile(v.path, s.id),
				onProgress: ({ step, ms, done, total }) =>
					console.log(`[${done}/${total}] ${v.path}/s/${step.id}/card.png  ${seconds(ms)}`)
			});
			ms.push(...run.ms);
		}
		// Every card is drawn before any goes into build/: a failed run adds none.
		for (const c of cards) {
			const to = path.join(root, 'build', c.file);
			await mkdir(path.dirname(to), { recursive: true });
			await rename(path.join(tmp, c.file), to);
		}
		return { cards: cards.length, ms };
	} finally {
		await rm(tmp, { recursive: true, force: true });
		await browser.close();
		await server.close();
	}
}
