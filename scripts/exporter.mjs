/**
 * What the exporters (`npm run stills`, `npm run clips`) share around their own work: building
 * the site when it is stale, serving build/, one Chromium, a temporary output folder, cleaning up
 * whatever happens, and the exit codes (0 done; 2 a bad option or an unknown step; 3 no browser,
 * or one without what the format needs; 1 anything else; 130 interrupted, the output folder
 * unchanged).
 */
import { existsSync } from 'node:fs';
import { rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './cli-args.mjs';
import { seconds, selectSteps } from './stills/lib.mjs';
import { readBuildStories, selectStories, selectVersions } from './build-stories.mjs';
import { CHROME_ARGS, findChromium, NoBrowserError, playwrightChromium } from './stills/browser.mjs';
import { buildSite, staleReason } from './site-build.mjs';
import { serveDir } from './stills/server.mjs';
import { tempFolder } from './stills/output.mjs';

/**
 * The stories of build/ to export (all, or those of `--story`), each in its languages (its own and
 * every edition's, or those of `--lang`) and with its steps (all, or those of `--steps`, which
 * then needs a single story), checked before anything is drawn. A version's pages are at
 * `/<path>/` and its files go to `<out>/<path>/`: an edition's beside its story's, in a folder of
 * its language.
 * @param {string} root
 * @param {{ stories: string[] | null, steps: string[] | null, langs?: string[] | null }} args
 */
export function storiesToExport(root, args) {
	const stories = selectStories(readBuildStories(root), args.stories);
	if (args.steps && stories.length > 1) {
		throw new UsageError(
			`--steps: name its story with --story (this build holds ${stories.map((s) => s.slug).join(', ')})`
		);
	}
	return selectVersions(stories, args.langs ?? null).map((v) => ({
		...v,
		steps: selectSteps(v.story.steps, args.steps)
	}));
}

/** A failure that exits with 3, like a missing browser (e.g. a browser without an encoder). */
export class BrowserLacksError extends Error {}

/**
 * @typedef {object} Exporter
 * @property {string} chromePath
 * @property {() => Promise<{ url: string }>} serve serves build/ (closed at the end)
 * @property {() => Promise<import('@playwright/test').Browser>} launch one Chromium (closed at the end)
 * @property {(out: string) => Promise<string>} temp a temporary folder beside `out` (removed at the end)
 */

/**
 * Runs an exporter: reads its options (`--help` prints the usage and stops), builds the site when
 * `build/` is stale (unless `--no-build`), runs `work` and exits as the exporters do.
 * @template {{ help: boolean, build: boolean }} A
 * @param {{ name: string, usage: () => string, parse: (argv: string[]) => A, root: string }} exporter
 *   `name` e.g. "stills", for messages; `root` the project
 * @param {(args: A, run: Exporter, t0: number) => Promise<void>} work `t0`: when the run began
 */
export function runExporter({ name, usage, parse, root }, work) {
	/** @type {(() => Promise<unknown>)[]} */
	const cleanups = [];
	const cleanup = async () => {
		while (cleanups.length)
			await cleanups
				.pop()?.()
				.catch(() => {});
	};
	/** @type {(root: string, o: { build: boolean }) => Promise<Exporter>} */
	const prepare = async (root, o) => {
		const own = await playwrightChromium();
		const chromePath = findChromium(process.env, undefined, () => own);
		if (o.build) {
			const why = staleReason(root);
			if (why) {
				console.log(`Building the site first (${why})…`);
				const b0 = performance.now();
				await buildSite(root);
				console.log(`built in ${seconds(performance.now() - b0)}`);
			}
		}
		return {
			chromePath,
			async serve() {
				const server = await serveDir(path.join(root, 'build'));
				cleanups.push(server.close);
				return server;
			},
			async launch() {
				const { chromium } = await import('@playwright/test');
				// Our own signal handlers close the browser after removing the temporary folder.
				const browser = await chromium.launch({
					executablePath: chromePath,
					args: CHROME_ARGS,
					handleSIGINT: false,
					handleSIGTERM: false,
					handleSIGHUP: false
				});
				cleanups.push(() => browser.close());
				return browser;
			},
			async temp(out) {
				// The folders made to hold the temporary one (e.g. <out>/ above <out>/<slug>/) go too
				// when the run ends with nothing in them: a failed run writes nothing.
				/** @type {string[]} */
				const made = [];
				for (let dir = path.dirname(path.resolve(out)); !existsSync(dir); dir = path.dirname(dir)) made.push(dir);
				const tmp = await tempFolder(out);
				cleanups.push(async () => {
					await rm(tmp, { recursive: true, force: true });
					for (const dir of made) await rmdir(dir); // deepest first; stops at one a set was written into
				});
				return tmp;
			}
		};
	};
	const t0 = performance.now();
	(async () => {
		const args = parse(process.argv.slice(2));
		if (args.help) {
			console.log(usage());
			return;
		}
		await work(args, await prepare(root, { build: args.build }), t0);
	})()
		.then(cleanup)
		.catch(async (e) => {
			await cleanup();
			if (e instanceof UsageError) {
				console.error(`${name}: ${e.message}\n\n${usage()}`);
				process.exit(2);
			}
			if (e instanceof NoBrowserError || e instanceof BrowserLacksError) {
				console.error(`${name}: ${e.message}`);
				process.exit(3);
			}
			console.error(`${name}: ${e?.stack ?? e}`);
			process.exit(1);
		});
	for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
		process.on(signal, () => {
			console.error(`\n${name}: interrupted; the output folder is unchanged`);
			cleanup().finally(() => process.exit(130));
		});
	}
}
