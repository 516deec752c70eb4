/**
 * The one way a script builds the site: `npm run build` itself (the site, then each story's
 * offline talk build/<slug>/talk.html), so a script that builds never leaves a build/ that
 * `npm run build` would not.
 * The exporter builds when build/ is missing or older than any of the site's sources, so a still
 * never shows yesterday's data.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { STORIES_MANIFEST } from './build-stories.mjs';

/** What the built site is made from. */
const SOURCES = [
	'src',
	'data',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'vite.offline.config.ts',
	'package.json'
];
/** Written by every build (src/routes/stories.json): its age is the build's, its list the stories. */
export const BUILD_STAMP = STORIES_MANIFEST;

/**
 * Why build/ must be built again, or null when it is up to date.
 * @param {string} root
 * @returns {string | null}
 */
export function staleReason(root) {
	const stamp = path.join(root, BUILD_STAMP);
	if (!existsSync(stamp)) return `${BUILD_STAMP} is missing`;
	const built = statSync(stamp).mtimeMs;
	for (const s of SOURCES) {
		const newer = newerThan(path.join(root, s), built);
		if (newer) return `${path.relative(root, newer)} changed since the last build`;
	}
	return null;
}

/**
 * @param {string} p
 * @param {number} t
 * @returns {string | null}
 */
function newerThan(p, t) {
	if (!existsSync(p)) return null;
	const st = statSync(p);
	if (!st.isDirectory()) return st.mtimeMs > t ? p : null;
	for (const e of readdirSync(p, { withFileTypes: true })) {
		if (e.name.startsWith('.') || e.name === 'node_modules') continue;
		const hit = newerThan(path.join(p, e.name), t);
		if (hit) return hit;
	}
	return null;
}

/**
 * What a whole build writes besides the pages, and is missing from `root`: the list of stories,
 * and each story's and edition's offline talk. A build without them is not whole.
 * @param {string} root
 * @returns {string[]}
 */
export function missingOutputs(root) {
	const stamp = path.join(root, BUILD_STAMP);
	if (!existsSync(stamp)) return [BUILD_STAMP];
	/** @type {{ stories: { slug: string, editions?: { lang: string }[] }[] }} */
	const { stories } = JSON.parse(readFileSync(stamp, 'utf8'));
	if (!stories.length) return [`a story in ${BUILD_STAMP}`];
	return stories
		.flatMap((s) => [s.slug, ...(s.editions ?? []).map((e) => `${s.slug}/${e.lang}`)])
		.map((at) => `build/${at}/talk.html`)
		.filter((f) => !existsSync(path.join(root, f)));
}

/**
 * Runs `npm run build` in `root`, quiet unless it fails (then its last lines are in the error),
 * and checks that it wrote what `missingOutputs` looks for.
 * @param {string} root
 * @param {{ npm?: string[], env?: Record<string, string> }} [opts] `npm`: the npm to run (default:
 *   the one running this script, else `npm`); `env`: added to the build's environment (e.g.
 *   `STORIES`, which stories it holds)
 * @returns {Promise<void>}
 */
export function buildSite(root, opts = {}) {
	const npm = opts.npm ?? npmCommand();
	return new Promise((resolve, reject) => {
		const env = { ...process.env, ...opts.env };
		const child = spawn(npm[0], [...npm.slice(1), 'run', 'build'], {
			cwd: root,
			env,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		child.on('error', reject);
		child.on('exit', (code) => {
			if (code !== 0) {
				reject(Object.assign(new Error(`the build failed (exit ${code}):\n${lastLines(out)}`), { output: out }));
				return;
			}
			const missing = missingOutputs(root);
			if (missing.length)
				reject(new Error(`\`npm run build\` did not write ${missing.join(', ')}:\n${lastLines(out)}`));
			else resolve();
		});
	});
}

/** The npm that started this script (`npm_execpath` under `npm run`), else the one on PATH. */
function npmCommand() {
	const execpath = process.env.npm_execpath;
	return execpath && /npm-cli\.c?js$/.test(execpath) ? [process.execPath, execpath] : ['npm'];
}

/** @param {string} out */
function lastLines(out) {
	return out.split('\n').slice(-30).join('\n');
}
