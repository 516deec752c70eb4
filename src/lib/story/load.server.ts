/**
 * The story from disk: reads data/story.yaml and the dataset files it declares, then validates
 * everything with `parseStory`. Used at build time (the Vite plugin, the page's load) and by the
 * test that runs the real build path on a broken copy of data/.
 *
 * A missing file is a DataError naming it: the narrative itself here, a dataset file in
 * `parseStory`, at the line of story.yaml that declares it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataError, ErrorList } from './errors.ts';
import { DATASETS_DIR, parseStory } from './load.ts';
import { NARRATIVE_FILE, declaredFiles } from './narrative.ts';
import type { Story } from './types.ts';
import { decodeUtf8 } from './utf8.ts';
import { storyFileProblem } from './guard/files.ts';

/**
 * Reads a file as strict UTF-8, or undefined when it does not exist. A symbolic link or a path
 * out of data/ is refused before it is read (guard/files.ts).
 */
function read(root: string, path: string): string | undefined {
	const problem = storyFileProblem(root, 'data', path);
	if (problem) throw new DataError(problem);
	const full = join(root, path);
	return existsSync(full) ? decodeUtf8(readFileSync(full), path) : undefined;
}

/** Every .csv directly in data/datasets/, listed or not: a file story.yaml forgets is an error. */
function datasetFiles(root: string): string[] {
	const dir = join(root, DATASETS_DIR);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.toLowerCase().endsWith('.csv'))
		.map((e) => `${DATASETS_DIR}/${e.name}`);
}

/**
 * The files `parseStory` needs, by path relative to `root`: the narrative, the files it declares
 * and every other CSV in data/datasets/. Files that are not UTF-8 are reported all at once.
 */
export function readStoryFiles(root: string = process.cwd()): Record<string, string> {
	const narrative = read(root, NARRATIVE_FILE);
	if (narrative === undefined) {
		throw new DataError({ file: NARRATIVE_FILE, line: 0, detail: `file not found (looked in ${root})` });
	}
	const files: Record<string, string> = { [NARRATIVE_FILE]: narrative };
	const errors = new ErrorList();
	for (const path of new Set([...declaredFiles(narrative), ...datasetFiles(root)])) {
		const text = errors.catch(() => read(root, path));
		if (text !== undefined) files[path] = text;
	}
	errors.throwIfAny();
	return files;
}

/** Loads and validates the story; throws a DataError (or DataErrors) naming file, line and field. */
export function loadStory(root: string = process.cwd()): Story {
	return parseStory(readStoryFiles(root));
}
