/**
 * A dataset is a regular file inside the story's folder. A symbolic link (to a file elsewhere on
 * the machine, or in another checkout) or a path that leads out of the folder would be read into
 * the page without anyone reviewing it with the story, so each is refused, naming it.
 *
 * Build time only (reads the disk); `load.server.ts` asks before it reads a file.
 */
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { DataErrorInit } from '../errors.ts';

function inside(dir: string, path: string): boolean {
	const rel = relative(dir, path);
	return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/**
 * Why `path` (relative to `root`) may not be read as part of the story in `storyDir` (relative to
 * `root`, e.g. `data`), or null when it is a regular file inside it. A file that does not exist is
 * not this check's business (the loader says "file not found").
 */
export function storyFileProblem(root: string, storyDir: string, path: string): DataErrorInit | null {
	const folder = resolve(root, storyDir);
	const full = resolve(root, path);
	const at = { file: path, line: 0 };
	if (!inside(folder, full)) {
		return {
			...at,
			detail: `the path leads outside the story's folder (${storyDir}/); a dataset must be a file inside it`
		};
	}
	let stat;
	try {
		stat = lstatSync(full);
	} catch {
		return null;
	}
	if (stat.isSymbolicLink()) {
		let target = '';
		try {
			target = ` to ${readlinkSync(full)}`;
		} catch {
			// Unreadable link: say what it is without its target.
		}
		return {
			...at,
			detail: `is a symbolic link${target}; a dataset must be a regular file inside ${storyDir}/: copy the file here instead of linking it`
		};
	}
	if (!stat.isFile())
		return { ...at, detail: `is not a regular file; a dataset must be a CSV file inside ${storyDir}/` };
	// A folder on the way may itself be a link that leads elsewhere.
	let real: string;
	try {
		real = realpathSync(full);
	} catch {
		return null;
	}
	let realFolder = folder;
	try {
		realFolder = realpathSync(folder);
	} catch {
		// The folder exists if the file does; keep the plain path.
	}
	if (!inside(realFolder, real)) {
		return {
			...at,
			detail: `is reached through a symbolic link (it is really ${real}); a dataset must be a regular file inside ${storyDir}/`
		};
	}
	return null;
}
