/**
 * The exporter writes a set into a hidden temporary folder beside its destination and moves it
 * into place only once every file is written: a failed or interrupted run leaves the previous set
 * as it was, never half of a new one.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { replaceable } from './stills-lib.mjs';

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
 * Puts a finished set in place. A folder holding only stills is replaced whole (so a smaller set
 * leaves no stale files behind); a folder with other files gets the new files moved in.
 * @param {string} tmp
 * @param {string} out
 */
export async function moveIntoPlace(tmp, out) {
	const abs = path.resolve(out);
	if (!existsSync(abs)) {
		await mkdir(path.dirname(abs), { recursive: true });
		await rename(tmp, abs);
		return;
	}
	if (replaceable(await readdir(abs))) {
		const old = `${tmp}-old`;
		await rename(abs, old);
		await rename(tmp, abs);
		await rm(old, { recursive: true, force: true });
		return;
	}
	for (const name of await readdir(tmp)) await rename(path.join(tmp, name), path.join(abs, name));
	await rm(tmp, { recursive: true, force: true });
}
