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

/** Reads a file as strict UTF-8, or undefined when it does not exist. */
function read(root: string, path: string): string | undefined {
	const full = join(root, path);
	return existsSync(full) ? decodeUtf8(readFileSync(full), path) : undefined;
}

/** Every .csv directly in data/datasets/, listed or not: a file story.yaml forgets is an error. */
function datasetFiles(root: string): string[] {
	const dir = join(root, DATASETS_DIR);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.csv'))
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

/**
 * A story kept in a folder of its own (`<dir>/story.yaml` and `<dir>/datasets/*.csv`, the layout
 * of the test story and of `npm run new-story`), with `file:` paths relative to the folder
 * (`datasets/x.csv`). Read as if it were data/ (messages name `data/...` paths) until the build
 * itself loads story folders.
 */
export function loadStoryFolder(dir: string): Story {
	const narrative = readFileSync(join(dir, 'story.yaml'));
	const files: Record<string, string> = {
		[NARRATIVE_FILE]: decodeUtf8(narrative, NARRATIVE_FILE).replace(/^(\s*file:\s*)datasets\//gm, '$1data/datasets/')
	};
	const datasets = join(dir, 'datasets');
	if (existsSync(datasets)) {
		for (const e of readdirSync(datasets, { withFileTypes: true })) {
			if (!e.isFile() || !e.name.toLowerCase().endsWith('.csv')) continue;
			const path = `${DATASETS_DIR}/${e.name}`;
			files[path] = decodeUtf8(readFileSync(join(datasets, e.name)), path);
		}
	}
	return parseStory(files);
}
