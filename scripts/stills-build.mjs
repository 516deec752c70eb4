/**
 * The exporter draws from build/: it builds first when build/ is missing or older than any of
 * the site's sources, so a still never shows yesterday's data.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the built site is made from. */
const SOURCES = ['src', 'data', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];
/** Written by the build (src/routes/still/steps.json): its age is the build's. */
export const BUILD_STAMP = 'build/still/steps.json';

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
 * Runs `vite build`, quiet unless it fails (then its last lines are in the error).
 * @param {string} root
 * @returns {Promise<void>}
 */
export function build(root) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
			cwd: root,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`the build failed (exit ${code}):\n${out.split('\n').slice(-30).join('\n')}`))
		);
	});
}
