/**
 * `npm run publish`'s check of each story against its last publish (`scripts/publish/record.mjs`
 * runs this through Vite, as the build reads TypeScript): the story read by the build's loader,
 * its record made, the last one read from `data/stories/<slug>/published.json` and trusted only if
 * it is that story's and unedited, and what changed between them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readStoryFiles } from '../../loading/load.server.ts';
import { parseStory } from '../../loading/load.ts';
import { KINDS } from '../../kinds/registry.ts';
import { storyFolders } from '../../loading/stories.server.ts';
import { changesReport, compareRecords, placesByDataset, recordProblem, type PublishChanges } from './changes.ts';
import { makeRecord, RECORD_FILE, type PublishRecord } from './record.ts';

export interface StoryCheck {
	slug: string;
	/** The record's path from the project root. */
	file: string;
	next: PublishRecord;
	changes: PublishChanges;
	report: string;
}

/**
 * Each story of `slugs` (every story to publish when null) checked against its last record, as of
 * `today`. A record that cannot be trusted is a refusal of its own.
 */
export function checkStories(
	root: string,
	slugs: readonly string[] | null,
	today: string,
	opts: { allowWording: boolean }
): StoryCheck[] {
	const folders = storyFolders(root, { STORIES: (slugs ?? []).join(',') }).filter((f) => !f.test);
	return folders.map((folder) => {
		const files = readStoryFiles(folder.dir, root);
		const story = parseStory(files, KINDS, folder.dir, { today });
		const next = makeRecord(folder.slug, folder.dir, files, story, today);
		const file = `${folder.dir}/${RECORD_FILE}`;
		const full = path.join(root, file);
		let before: PublishRecord | null = null;
		let problem: string | null = null;
		if (existsSync(full)) {
			try {
				const raw: unknown = JSON.parse(readFileSync(full, 'utf8'));
				problem = recordProblem(raw, folder.slug);
				if (!problem) before = raw as PublishRecord;
			} catch {
				problem = 'is not JSON';
			}
		}
		const changes = compareRecords(before, next, placesByDataset(story), opts);
		if (problem) changes.refusals.unshift(`${file} ${problem}`);
		if (!story.meta.published)
			changes.refusals.unshift(
				`${folder.dir}/story.yaml has no meta.published: a story that goes out says the day it did (YYYY-MM-DD)`
			);
		const report = problem
			? `${folder.slug}: REFUSED: ${file} ${problem}`
			: changesReport(folder.slug, changes, before);
		return { slug: folder.slug, file, next, changes, report };
	});
}

/** Writes each story's new record beside its story.yaml, for the next publish to compare with. */
export function writeRecords(root: string, checks: readonly StoryCheck[]): void {
	for (const c of checks) writeFileSync(path.join(root, c.file), `${JSON.stringify(c.next, null, '\t')}\n`);
}
