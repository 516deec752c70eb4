/**
 * `npm run publish`'s check of each story against its last publish (`scripts/publish/record.mjs`
 * runs this through Vite, as the build reads TypeScript): the story read by the build's loader,
 * its record made, the last one read from `data/stories/<slug>/published.json` (an edition's from
 * `published.<lang>.json` beside it) and trusted only if it is that story's and unedited, and what
 * changed between them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readStoryFiles } from '../../loading/load.server.ts';
import { parseStory } from '../../loading/load.ts';
import { KINDS } from '../../kinds/registry.ts';
import { storyFolders } from '../../loading/stories.server.ts';
import { loadEditions } from '../../loading/editions/editions.server.ts';
import { editionBase } from '../../model/site.ts';
import type { Story } from '../../model/types.ts';
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
 * `today`, and after it each of its published editions (of the languages `langs` names, or every
 * one) against the edition's own: an edition is published with its story, and a changed sentence
 * in it owes its readers the same dated note. A record that cannot be trusted is a refusal of its own.
 */
export function checkStories(
	root: string,
	slugs: readonly string[] | null,
	today: string,
	opts: { allowWording: boolean; langs?: readonly string[] | null }
): StoryCheck[] {
	const folders = storyFolders(root, { STORIES: (slugs ?? []).join(',') }).filter((f) => !f.test);
	return folders.flatMap((folder) => {
		const files = readStoryFiles(folder.dir, root);
		const story = parseStory(files, KINDS, folder.dir, { today });
		const own = check(root, folder.slug, `${folder.dir}/${RECORD_FILE}`, story, opts, () =>
			makeRecord(folder.slug, folder.dir, files, story, today)
		);
		const editions = loadEditions(folder.dir, story, root).filter(
			(e) => e.status === 'published' && (!opts.langs || opts.langs.includes(e.lang))
		);
		return [
			own,
			...editions.map((e) => {
				const slug = editionBase(folder.slug, e.lang);
				const edited = { ...files, [e.file]: readFileSync(path.join(root, e.file), 'utf8') };
				return check(root, slug, `${folder.dir}/${editionRecordFile(e.lang)}`, e.story, opts, () =>
					makeRecord(slug, folder.dir, edited, e.story, today)
				);
			})
		];
	});
}

/** Where an edition's record is kept: beside its story's, named by its language (`published.zh.json`). */
export function editionRecordFile(lang: string): string {
	return RECORD_FILE.replace(/\.json$/, `.${lang}.json`);
}

/** One story or edition (`slug`, `<slug>/<lang>`) against its record in `file`. */
function check(
	root: string,
	slug: string,
	file: string,
	story: Story,
	opts: { allowWording: boolean },
	record: () => PublishRecord
): StoryCheck {
	const next = record();
	const full = path.join(root, file);
	let before: PublishRecord | null = null;
	let problem: string | null = null;
	if (existsSync(full)) {
		try {
			const raw: unknown = JSON.parse(readFileSync(full, 'utf8'));
			problem = recordProblem(raw, slug);
			if (!problem) before = raw as PublishRecord;
		} catch {
			problem = 'is not JSON';
		}
	}
	const changes = compareRecords(before, next, placesByDataset(story), opts);
	if (problem) changes.refusals.unshift(`${file} ${problem}`);
	if (!story.meta.published)
		changes.refusals.unshift(
			`${path.dirname(file)}/story.yaml has no meta.published: a story that goes out says the day it did (YYYY-MM-DD)`
		);
	const report = problem ? `${slug}: REFUSED: ${file} ${problem}` : changesReport(slug, changes, before);
	return { slug, file, next, changes, report };
}

/** Writes each story's new record beside its story.yaml, for the next publish to compare with. */
export function writeRecords(root: string, checks: readonly StoryCheck[]): void {
	for (const c of checks) writeFileSync(path.join(root, c.file), `${JSON.stringify(c.next, null, '\t')}\n`);
}
