/**
 * A story from disk: reads `<dir>/story.yaml` and the dataset files it declares, then validates
 * everything with `parseStory`. `dir` is the story's folder from the project root
 * (`data/stories/<slug>`, see stories.server.ts), so every message names the real file:
 * `data/stories/<slug>/datasets/prices.csv:9: ...`. Used at build time (the Vite plugin, the
 * routes' loads, the offline talk) and by the tests that run the real build path on a broken copy.
 *
 * A missing file is a DataError naming it: the narrative itself here, a dataset file in
 * `parseStory`, at the line of story.yaml that declares it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { DataError, ErrorList } from './errors.ts';
import { KINDS } from '../kinds/registry.ts';
import { DATASETS_DIR, parseStory, storyPath } from './load.ts';
import { NARRATIVE_FILE } from './narrative/document.ts';
import { declaredFiles } from './narrative/datasets.ts';
import type { Story } from '../model/types.ts';
import { decodeUtf8 } from './utf8.ts';
import { storyFileProblem } from './guard/files.ts';

/**
 * Reads a file (path from the project root) as strict UTF-8, or undefined when it does not exist.
 * A symbolic link or a path out of the story's folder `dir` is refused before it is read
 * (guard/files.ts).
 */
function read(root: string, dir: string, path: string): string | undefined {
	const problem = storyFileProblem(root, dir, path);
	if (problem) throw new DataError(problem);
	const full = resolve(root, path);
	return existsSync(full) ? decodeUtf8(readFileSync(full), path) : undefined;
}

/**
 * Every .csv directly in the story's datasets/, listed or not: a file story.yaml forgets is an
 * error. A symbolic link is listed too, so that reading it refuses it by name.
 */
function datasetFiles(root: string, dir: string): string[] {
	const datasets = storyPath(dir, DATASETS_DIR);
	const full = resolve(root, datasets);
	if (!existsSync(full)) return [];
	return readdirSync(full, { withFileTypes: true })
		.filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.toLowerCase().endsWith('.csv'))
		.map((e) => `${datasets}/${e.name}`);
}

/**
 * The files `parseStory` needs, by path from the project root: the narrative, the files it
 * declares and every other CSV in the story's datasets/. Files that are not UTF-8 are reported
 * all at once.
 */
export function readStoryFiles(dir: string, root: string = process.cwd()): Record<string, string> {
	const narrativePath = storyPath(dir, NARRATIVE_FILE);
	const narrative = read(root, dir, narrativePath);
	if (narrative === undefined) {
		throw new DataError({ file: narrativePath, line: 0, detail: `file not found (looked in ${root})` });
	}
	const files: Record<string, string> = { [narrativePath]: narrative };
	const errors = new ErrorList();
	const declared = declaredFiles(narrativePath, narrative).map((f) => storyPath(dir, f));
	for (const path of new Set([...declared, ...datasetFiles(root, dir)])) {
		const text = errors.catch(() => read(root, dir, path));
		if (text !== undefined) files[path] = text;
	}
	errors.throwIfAny();
	return files;
}

/**
 * Loads and validates the story in `dir` (its folder from `root`, e.g. `data/stories/<slug>`);
 * throws a DataError (or DataErrors) naming file, line and field.
 */
export function loadStory(dir: string, root: string = process.cwd()): Story {
	return parseStory(readStoryFiles(dir, root), KINDS, dir);
}

/**
 * The story in a folder given by any path (absolute, or from the working directory): the test
 * story, a story `npm run new-story` wrote into a temporary folder. Messages name its files from
 * the working directory.
 */
export function loadStoryFolder(folder: string, root: string = process.cwd()): Story {
	return loadStory(relative(root, resolve(root, folder)) || '.', root);
}
