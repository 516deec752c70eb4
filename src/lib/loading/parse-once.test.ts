/**
 * story.yaml is parsed once per process: the file reader, the guard and the loader share one parse
 * (narrative/parse.ts), memoised by path and content, so an edited file is parsed again.
 *
 * Every call of `yaml`'s parsers is counted, not only the memo's: a module that parses story.yaml
 * on its own again fails this test.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { REAL_STORY_DIR } from './fixture.ts';
import { loadStory } from './load.server.ts';

const parsed = vi.hoisted(() => ({ texts: [] as string[] }));

vi.mock('yaml', async (original) => {
	const yaml = await original<typeof import('yaml')>();
	const counted =
		<A extends unknown[], R>(fn: (text: string, ...rest: A) => R) =>
		(text: string, ...rest: A): R => {
			parsed.texts.push(text);
			return fn(text, ...rest);
		};
	return {
		...yaml,
		parse: counted(yaml.parse as (text: string) => unknown),
		parseDocument: counted(yaml.parseDocument),
		parseAllDocuments: counted(yaml.parseAllDocuments)
	};
});

const root = mkdtempSync(join(tmpdir(), 'parse-once-'));
const DIR = 'data/stories/once';
cpSync(join(process.cwd(), REAL_STORY_DIR), join(root, DIR), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Parses of the story's story.yaml (texts that declare its steps) since the last reset. */
const storyParses = () => parsed.texts.filter((t) => t.includes('\nsteps:')).length;

describe('story.yaml', () => {
	beforeEach(() => {
		parsed.texts.length = 0;
	});

	it('is parsed once for a load, and not again for a second load of the same file', () => {
		// A comment no other test writes: the file is new to this process.
		appendFileSync(join(root, DIR, 'story.yaml'), `\n# parse-once ${Date.now()}\n`);
		expect(loadStory(DIR, root).steps.length).toBeGreaterThan(0);
		expect(storyParses()).toBe(1);
		loadStory(DIR, root);
		expect(storyParses()).toBe(1);
	});

	it('is parsed again once it is edited (npm run dev)', () => {
		loadStory(DIR, root);
		const before = storyParses();
		appendFileSync(join(root, DIR, 'story.yaml'), '\n# edited\n');
		loadStory(DIR, root);
		expect(storyParses()).toBe(before + 1);
	});
});
