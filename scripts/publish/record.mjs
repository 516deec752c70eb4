/**
 * The publish record's turn in `npm run publish`: each story to publish compared with what its
 * last publish sent out (`src/lib/drivers/publish/`, TypeScript read through Vite as the build
 * reads it), the report printed, and a refusal (exit 2) when a figure or a sentence changed
 * without the dated note readers are owed. The new records are written once the site is out.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { StoryDataError } from './addresses.mjs';

const CHECK = fileURLToPath(new URL('../../src/lib/drivers/publish/stories.server.ts', import.meta.url));

/** Publish stops: what changed needs a dated entry in updates: (or --allow-wording for words). */
export class RefusedChanges extends Error {}

/** @typedef {{ slug: string, file: string, report: string, changes: { refusals: string[] } }} StoryCheck */

/**
 * Checks every story to publish against its record; prints each report; throws RefusedChanges
 * when any story may not go out. Returns a function that writes the new records.
 * @param {string} root
 * @param {string[] | null} slugs
 * @param {{ today: string, allowWording: boolean, langs?: string[] | null }} opts
 * @returns {Promise<{ checks: StoryCheck[], write: () => void }>}
 */
export async function checkChanges(root, slugs, opts) {
	const { module } = await runnerImport(CHECK, { configFile: false, logLevel: 'silent' });
	/** @type {StoryCheck[]} */
	let checks;
	try {
		checks = module.checkStories(root, slugs, opts.today, { allowWording: opts.allowWording, langs: opts.langs });
	} catch (e) {
		const all = /** @type {{ all?: { message: string }[] }} */ (e).all;
		if (!Array.isArray(all)) throw e;
		throw new StoryDataError(`story data: the build would stop on these\n${all.map((x) => x.message).join('\n')}`);
	}
	for (const c of checks) console.log(c.report);
	const refused = checks.filter((c) => c.changes.refusals.length);
	if (refused.length)
		throw new RefusedChanges(
			`${refused.map((c) => c.slug).join(', ')}: changes readers would not be told of (see above); add a dated entry under updates: in story.yaml (docs/writing-a-story.md#dates-and-corrections), or pass --allow-wording when only words changed and no claim did`
		);
	return { checks, write: () => module.writeRecords(root, checks) };
}
