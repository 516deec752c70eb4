#!/usr/bin/env node
/**
 * `npm run new-story <slug> [--title "A title"] [--root DIR]`: writes a small working story
 * into data/stories/<slug>/ (story.yaml and datasets/), from scripts/new-story-template/: every
 * chart kind, on sample data marked SAMPLE DATA in its title, dek, label and every source, so it
 * builds and passes the tests at once and cannot be mistaken for a real story. Refuses a slug the
 * build refuses (not lowercase-with-dashes, or reserved) and a folder that already exists (nothing
 * is overwritten); writes any title as a quoted YAML string.
 * Exit codes: 0 written, 2 a bad argument or an existing folder.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slugProblem } from '../src/lib/loading/slug.js';

const TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), 'new-story-template');

/**
 * `text` as a YAML double-quoted scalar, quotes included: a JSON string is one (backslashes and
 * quotes escaped), and a title is one line, so line breaks and tabs become spaces.
 * @param {string} text
 */
function yamlString(text) {
	return JSON.stringify(text.replace(/\s+/g, ' ').trim());
}

/**
 * Writes the sample story for `slug` under `root` (the project) and returns its folder.
 * Throws an Error with a message in words for a bad slug or an existing folder.
 */
export function writeNewStory(root, slug, title = slug.replace(/-/g, ' ')) {
	// The build's own rule (src/lib/loading/slug.js), reserved names included.
	const problem = slugProblem(slug);
	if (problem) throw new Error(`${problem}; nothing written`);
	const dir = join(root, 'data', 'stories', slug);
	if (existsSync(dir))
		throw new Error(`${relative(root, dir)} already exists; pick another slug or delete that folder first`);
	mkdirSync(dir, { recursive: true });
	cpSync(join(TEMPLATE, 'datasets'), join(dir, 'datasets'), { recursive: true });
	const yaml = readFileSync(join(TEMPLATE, 'story.yaml'), 'utf8')
		.replaceAll('{{slug}}', slug)
		.replaceAll('"SAMPLE DATA: {{title}}"', yamlString(`SAMPLE DATA: ${title}`));
	writeFileSync(join(dir, 'story.yaml'), yaml);
	return dir;
}

function main(argv) {
	const args = argv.slice(2);
	const slug = args.find((a) => !a.startsWith('--'));
	const opt = (name) => {
		const i = args.indexOf(`--${name}`);
		return i >= 0 ? args[i + 1] : undefined;
	};
	if (!slug) {
		console.error('usage: npm run new-story <slug> [-- --title "A title"]');
		return 2;
	}
	const root = opt('root') ?? process.cwd();
	try {
		const dir = writeNewStory(root, slug, opt('title'));
		const rel = relative(root, dir);
		console.log(`Wrote ${rel}/story.yaml and ${rel}/datasets/ (SAMPLE DATA: every chart kind, made-up figures).`);
		console.log(
			`Next: npm run dev, open /${slug}/, then replace the groups, datasets, chart words and steps with your own (README: "Write a new story").`
		);
		return 0;
	} catch (e) {
		console.error(`new-story: ${e instanceof Error ? e.message : String(e)}`);
		return 2;
	}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(main(process.argv));
