/**
 * The embeds' heights: each story's embed pages (the story embed and each step's) loaded in
 * Chromium from build/ served, at the widths of `MEASURED_WIDTHS` (a step embed: `STEP_WIDTHS`, heights.js), their height read once the
 * fonts are in, and each edition's alike; written to build/<slug>/embed/heights.json (build/<slug>/<lang>/embed/) (the embed dialog reads it) and into
 * the built oEmbed JSONs' embed code, whose addresses move to the site's here too (as the share
 * tags' do). A host page then reserves the embed's height from its first layout.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CHROME_ARGS } from '../stills/browser.mjs';
import { serveDir } from '../stills/server.mjs';
import { MEASURED_WIDTHS, STEP_WIDTHS } from '../../src/lib/drivers/shared/embed/heights.js';
import { publishedOembed } from '../../src/lib/drivers/shared/embed/oembed-publish.js';
import { selectVersions } from '../build-stories.mjs';

/** The viewport height the embeds are measured in: a laptop's, as a host page's frame starts out. */
const VIEW_HEIGHT = 800;

/** Pages measuring at once. */
const PAGES = 3;

/** The page's height once its fonts are in and two frames have been laid out (in the page). */
async function measure() {
	await document.fonts.ready;
	await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
	return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/**
 * The embed pages of a story or an edition, by path (`storyEmbedPath()`, `stepEmbedPath()` in
 * src/lib/model/site.ts): under `at`, its slug or `<slug>/<lang>`.
 * @param {{ steps: { id: string }[] }} story
 * @param {string} at
 * @returns {string[]}
 */
export function embedPaths(story, at) {
	return [`/${at}/embed/`, ...story.steps.map((s) => `/${at}/embed/${s.id}/`)];
}

/**
 * The oEmbed file of an embed path, in build/ (`oembedPath()`).
 * @param {string} embedPath
 */
export const oembedFile = (embedPath) => path.join(...embedPath.split('/').filter(Boolean), 'oembed.json');

/**
 * Writes `text` to `file` beside it, then renames it over: a server reading it meanwhile gets one whole version.
 * @param {string} file
 * @param {string} text
 */
async function replace(file, text) {
	await writeFile(`${file}.publish`, text);
	await rename(`${file}.publish`, file);
}

/**
 * Measures every embed of these stories and writes the heights where they are read.
 * @param {string} root
 * @param {readonly import('../build-stories.mjs').BuildStory[]} stories
 * @param {string} chromePath
 * @param {(story: import('../build-stories.mjs').BuildStory) => string} siteOf  where the story is published
 * @returns {Promise<number>} how many embeds were measured
 */
export async function publishEmbeds(root, stories, chromePath, siteOf) {
	const build = path.join(root, 'build');
	const server = await serveDir(build);
	const { chromium } = await import('@playwright/test');
	const browser = await chromium.launch({ executablePath: chromePath, args: CHROME_ARGS });
	let measured = 0;
	try {
		// Each story's embeds, then each of its editions' (their words, so their heights, differ).
		const versions = selectVersions(stories, null).map((v) => ({ ...v, paths: embedPaths(v.story, v.path) }));
		const queue = versions.flatMap((v) =>
			v.paths.map((embed, i) => ({ embed, widths: i === 0 ? MEASURED_WIDTHS : STEP_WIDTHS }))
		);
		/** @type {Map<string, Record<string, number>>} */
		const heights = new Map();
		// A few pages at once: a measure waits two frames after each resize, time a second page
		// spends measuring another embed.
		await Promise.all(
			Array.from({ length: PAGES }, async () => {
				const page = await browser.newPage();
				for (let job = queue.shift(); job; job = queue.shift()) {
					/** @type {Record<string, number>} */
					const table = {};
					// Loaded once, at the narrowest width; each next width is a resize, laid out anew
					// (the charts measure their box on resize too): a load per width would take far longer.
					await page.setViewportSize({ width: job.widths[0], height: VIEW_HEIGHT });
					await page.goto(`${server.url}${job.embed}`, { waitUntil: 'load' });
					for (const width of job.widths) {
						await page.setViewportSize({ width, height: VIEW_HEIGHT });
						table[width] = await page.evaluate(measure);
					}
					heights.set(job.embed, table);
					measured++;
				}
				await page.close();
			})
		);
		for (const { story, path: at, paths } of versions) {
			const own = Object.fromEntries(paths.map((embed) => [embed, heights.get(embed)]));
			await replace(path.join(build, at, 'embed', 'heights.json'), JSON.stringify(own));
			for (const embed of paths) {
				const file = path.join(build, oembedFile(embed));
				const built = JSON.parse(await readFile(file, 'utf8'));
				const out = publishedOembed(built, story.site ?? null, siteOf(story), own[embed]);
				await replace(file, JSON.stringify(out));
			}
			console.log(`${at}: ${paths.length} embeds measured, ${MEASURED_WIDTHS[0]}-${MEASURED_WIDTHS.at(-1)} px wide`);
		}
		return measured;
	} finally {
		await browser.close();
		await server.close();
	}
}
