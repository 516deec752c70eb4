/**
 * Issue #17, files: a dataset must be a regular file inside the story's folder. A symbolic link
 * (the probe linked a file from outside the repository, which was read into the page) or a path
 * out of the folder is refused, naming it.
 */
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE, STORY, edit, errorsOf, fixture, lineOf, stopMessages as messages } from '../fixture.ts';
import { readStoryFiles } from '../load.server.ts';
import { storyFileProblem } from './files.ts';

const PRICES = 'data/datasets/prices.csv';

describe('dataset files on disk', () => {
	const tmp = mkdtempSync(join(tmpdir(), 'story-files-'));
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));
	const copy = (name: string) => {
		const root = join(tmp, name);
		cpSync(FIXTURE, join(root, 'data'), { recursive: true });
		return root;
	};
	const outside = join(tmp, 'secret.csv');
	writeFileSync(outside, fixture()[PRICES]);

	it('a dataset that is a symbolic link to a file outside the repository is refused, naming it', () => {
		const root = copy('link');
		rmSync(join(root, PRICES));
		symlinkSync(outside, join(root, PRICES));
		expect(messages(() => readStoryFiles('data', root))).toEqual([
			`${PRICES}: is a symbolic link to ${outside}; a dataset must be a regular file inside data/: copy the file here instead of linking it`
		]);
	});

	it('a link inside the folder is refused too: every dataset is a file of its own', () => {
		const root = copy('inner-link');
		rmSync(join(root, PRICES));
		symlinkSync('model-ranking.csv', join(root, PRICES));
		expect(messages(() => readStoryFiles('data', root))[0]).toMatch(
			/^data\/datasets\/prices\.csv: is a symbolic link to model-ranking\.csv;/
		);
	});

	it("in a story folder of data/stories/, a link to another story's dataset is refused, naming the story's folder", () => {
		const root = copy('stories');
		const dir = 'data/stories/one';
		mkdirSync(join(root, dir), { recursive: true });
		cpSync(join(root, 'data/story.yaml'), join(root, dir, 'story.yaml'));
		cpSync(join(root, 'data/datasets'), join(root, dir, 'datasets'), { recursive: true });
		rmSync(join(root, dir, 'datasets/prices.csv'));
		symlinkSync(join(root, PRICES), join(root, dir, 'datasets/prices.csv'));
		expect(messages(() => readStoryFiles(dir, root))).toEqual([
			`${dir}/datasets/prices.csv: is a symbolic link to ${join(root, PRICES)}; a dataset must be a regular file inside ${dir}/: copy the file here instead of linking it`
		]);
	});

	it('a folder on the way that links outside is refused', () => {
		const root = copy('dir-link');
		const away = join(tmp, 'away');
		renameSync(join(root, 'data/datasets'), away);
		symlinkSync(away, join(root, 'data/datasets'));
		const found = messages(() => readStoryFiles('data', root));
		expect(found[0]).toMatch(
			/^data\/datasets\/\S+\.csv: is reached through a symbolic link \(it is really .*away\/\S+\.csv\); a dataset must be a regular file inside data\/$/
		);
	});

	it('a path out of the folder, and a folder, are refused by the check itself', () => {
		const root = copy('paths');
		mkdirSync(join(root, 'data/datasets/dir.csv'));
		expect(storyFileProblem(root, 'data', 'data/../secret.csv')?.detail).toBe(
			"the path leads outside the story's folder (data/); a dataset must be a file inside it"
		);
		expect(storyFileProblem(root, 'data', 'data/datasets/dir.csv')?.detail).toBe(
			'is not a regular file; a dataset must be a CSV file inside data/'
		);
		expect(storyFileProblem(root, 'data', PRICES)).toBeNull();
		expect(storyFileProblem(root, 'data', 'data/datasets/missing.csv')).toBeNull();
	});

	it('a ../ path in story.yaml is refused at its line, naming it', () => {
		const files = edit(fixture(), STORY, 'file: datasets/prices.csv', 'file: datasets/../../secret.csv');
		const line = lineOf(files[STORY], 'file: datasets/../../secret.csv');
		// (The file it replaces is then unlisted, and prices undeclared: said too.)
		expect(errorsOf(files).map((e) => e.message)).toContain(
			`${STORY}:${line}: dataset "prices" field "file": expected a path like datasets/<name>.csv inside the story's folder, got "datasets/../../secret.csv"`
		);
	});
});
