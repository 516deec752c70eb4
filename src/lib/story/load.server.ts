/**
 * The story from disk: reads data/story.yaml and the dataset files it declares, then validates
 * everything with `parseStory`. Used at build time (the Vite plugin, the page's load) and by the
 * test that runs the real build path on a broken copy of data/.
 *
 * A missing file is a DataError naming it: the narrative itself here, a dataset file in
 * `parseStory`, at the line of story.yaml that declares it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from './errors.ts';
import { parseStory } from './load.ts';
import { NARRATIVE_FILE, declaredFiles } from './narrative.ts';
import type { Story } from './types.ts';

/** Reads a file as UTF-8, or undefined when it does not exist. */
function read(root: string, path: string): string | undefined {
	const full = join(root, path);
	return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
}

/** The files `parseStory` needs, by path relative to `root`. */
export function readStoryFiles(root: string = process.cwd()): Record<string, string> {
	const narrative = read(root, NARRATIVE_FILE);
	if (narrative === undefined) {
		throw new DataError({ file: NARRATIVE_FILE, line: 0, detail: `file not found (looked in ${root})` });
	}
	const files: Record<string, string> = { [NARRATIVE_FILE]: narrative };
	for (const path of declaredFiles(narrative)) {
		const text = read(root, path);
		if (text !== undefined) files[path] = text;
	}
	return files;
}

/** Loads and validates the story; throws a DataError (or DataErrors) naming file, line and field. */
export function loadStory(root: string = process.cwd()): Story {
	return parseStory(readStoryFiles(root));
}
