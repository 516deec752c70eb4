/**
 * The browser suite walks a story nobody wrote a test for: `tests/e2e/every-story.spec.ts` lists
 * the build's stories when it runs, so a story written by `npm run new-story` into another folder
 * of stories (added as `TEST_STORIES` adds one) gets every smoke test of that spec, with no edit
 * of `tests/`. Playwright only lists the tests here (`--list`): no build, no browser.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { writeNewStory } from './new-story.mjs';

const root = mkdtempSync(join(tmpdir(), 'every-story-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the every-story spec', () => {
	it('lists its tests for a story added to the build, with no edit of tests/', () => {
		writeNewStory(root, 'newsroom-next', 'A newsroom story');
		const listed = execFileSync(
			process.execPath,
			['node_modules/@playwright/test/cli.js', 'test', '--list', '--project=every-story'],
			{
				env: { ...process.env, TEST_STORIES: `tests/fixtures/stories:${join(root, 'data/stories')}` },
				encoding: 'utf8'
			}
		);
		const mine = listed.split('\n').filter((line) => line.includes('story "newsroom-next"'));
		for (const what of ['at 320x568', 'on a 390x844 phone', 'on the stage', 'presenter view', 'npm run stills'])
			expect(
				mine.some((line) => line.includes(what)),
				what
			).toBe(true);
	}, 60_000);
});
