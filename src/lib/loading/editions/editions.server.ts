/**
 * A story's editions from disk: every `editions/<code>.yaml` in its folder, each read with its
 * glossary (`editions/<code>.glossary.yaml`) against the story as loaded. Build time only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Story } from '../../model/types.ts';
import { KINDS } from '../../kinds/registry.ts';
import { DataError, ErrorList } from '../errors.ts';
import { storyPath } from '../load.ts';
import { readStoryFiles } from '../load.server.ts';
import { NARRATIVE_FILE } from '../narrative/document.ts';
import { chartDatasets, guardDatasets, readNarrative } from '../guard/dataset.ts';
import { decodeUtf8 } from '../utf8.ts';
import { readEdition, type Edition, type EditionBase } from './edition.ts';
import { readGlossary } from './glossary.ts';

/** The last editions read of each story's folder, with the content they were read from. */
const memo = new Map<string, { key: string; editions: Edition[] }>();

/** The folder of a story's editions. */
export const EDITIONS_DIR = 'editions';
const EDITION = /^([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.yaml$/;
const GLOSSARY = /^([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.glossary\.yaml$/;

/** What an edition of the story in `dir` is checked against: the story loaded, its story.yaml and datasets as the guard reads them. */
export function editionBase(
	dir: string,
	story: Story,
	root: string = process.cwd(),
	files: Record<string, string> = readStoryFiles(dir, root)
): EditionBase {
	const narrativeFile = storyPath(dir, NARRATIVE_FILE);
	const narrative = readNarrative(narrativeFile, files[narrativeFile]);
	if (!narrative) throw new DataError({ file: narrativeFile, line: 0, detail: 'does not parse' });
	return {
		story,
		narrative,
		datasets: guardDatasets(narrative, files, (f) => storyPath(dir, f)),
		datasetsOf: (chart: string) => chartDatasets(narrative, chart),
		kinds: KINDS
	};
}

/**
 * The editions of the story in `dir` (its folder from `root`), `story` being that story loaded.
 * A published edition with a problem, an unknown language code, a glossary without its edition
 * or another file in editions/ stop the build (all together, each at its file and line); a
 * draft's problems come back as its warnings.
 */
export function loadEditions(dir: string, story: Story, root: string = process.cwd()): Edition[] {
	const folder = storyPath(dir, EDITIONS_DIR);
	const full = resolve(root, folder);
	if (!existsSync(full)) return [];
	const names = readdirSync(full).sort();
	const errors = new ErrorList();
	const read = (name: string) => decodeUtf8(readFileSync(resolve(full, name)), `${folder}/${name}`);
	for (const name of names) {
		if (EDITION.test(name)) continue;
		const g = GLOSSARY.exec(name);
		if (g && names.includes(`${g[1]}.yaml`)) continue;
		errors.add({
			file: `${folder}/${name}`,
			line: 0,
			detail: g
				? `a glossary without its edition (${g[1]}.yaml)`
				: 'not an edition: editions/ holds <code>.yaml (zh.yaml) and its <code>.glossary.yaml'
		});
	}
	// Every page of a story and of each edition asks for its editions at build time: they are read
	// and checked once per content of the story's files and the editions' (a file edited under
	// `npm run dev` changes it, and they are checked again).
	const files = readStoryFiles(dir, root);
	const texts = names.filter((n) => EDITION.test(n) || GLOSSARY.test(n)).map((n) => [n, read(n)]);
	const key = createHash('sha1')
		.update(JSON.stringify([root, files, texts]))
		.digest('hex');
	const known = memo.get(dir);
	if (known?.key === key && errors.errors.length === 0) return known.editions;
	const base = editionBase(dir, story, root, files);
	const out: Edition[] = [];
	for (const name of names) {
		const m = EDITION.exec(name);
		if (!m) continue;
		const code = m[1];
		const glossaryName = `${code}.glossary.yaml`;
		const glossary = names.includes(glossaryName)
			? readGlossary(`${folder}/${glossaryName}`, code, read(glossaryName))
			: { entries: [], problems: [] };
		for (const p of glossary.problems) errors.add(p);
		const { edition, problems } = readEdition(`${folder}/${name}`, code, read(name), base, glossary.entries);
		for (const p of problems) errors.add(p);
		if (edition) out.push(edition);
	}
	errors.throwIfAny();
	memo.set(dir, { key, editions: out });
	return out;
}
