/**
 * The exporter writes a set into a hidden temporary folder beside its destination and moves it
 * into place only once every file is written: a failed or interrupted run leaves the previous set
 * as it was, never half of a new one.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { replacedBy } from './lib.mjs';

/**
 * A fresh temporary folder on the same disk as `out` (so moving it is a rename).
 * @param {string} out
 */
export async function tempFolder(out) {
	const abs = path.resolve(out);
	const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.partial-${process.pid}`);
	await rm(tmp, { recursive: true, force: true });
	await mkdir(tmp, { recursive: true });
	return tmp;
}

/**
 * Puts a finished set in place, a rename per file. A full set (every step) first removes the
 * folder's older stills of the same format, so a step cut from the story leaves no stale still;
 * a set of some steps only adds or overwrites its own files. Nothing else in the folder is touched.
 * @param {string} tmp
 * @param {string} out
 * @param {{ format: 'png' | 'svg' | 'pdf', full: boolean } | { replaces: (name: string) => boolean }} set
 *   the stills' format and whether the set is full, or (the clips) which older files the set replaces
 */
export async function moveIntoPlace(tmp, out, set) {
	const replaces =
		'replaces' in set ? set.replaces : (/** @type {string} */ name) => set.full && replacedBy(name, set.format);
	const abs = path.resolve(out);
	if (!existsSync(abs)) {
		await mkdir(path.dirname(abs), { recursive: true });
		await rename(tmp, abs);
		return;
	}
	for (const name of await readdir(abs)) if (replaces(name)) await rm(path.join(abs, name));
	for (const name of await readdir(tmp)) await rename(path.join(tmp, name), path.join(abs, name));
	await rm(tmp, { recursive: true, force: true });
}
