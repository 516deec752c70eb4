/**
 * Which stories a build holds (stories.server.ts): every folder of data/stories/ with a story.yaml,
 * test stories only when TEST_STORIES asks for them, and folder names that can be addresses.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from './errors.ts';
import { REAL_STORY_DIR } from './fixture.ts';
import { loadStories, stepEntries, storyEntries, storyFolders, testRoots } from './stories.server.ts';

const tmp = mkdtempSync(join(tmpdir(), 'stories-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A project root with a copy of the China story at each of `dirs`. */
function project(name: string, dirs: string[]): string {
	const root = join(tmp, name);
	for (const d of dirs) cpSync(join(process.cwd(), REAL_STORY_DIR), join(root, d), { recursive: true });
	return root;
}

describe('story folders', () => {
	it('are the folders of data/stories/ with a story.yaml, by name; test stories only when asked for', () => {
		const root = project('two', ['data/stories/b-story', 'data/stories/a-story', 'tests/fixtures/stories/test-story']);
		mkdirSync(join(root, 'data/stories/notes'));
		writeFileSync(join(root, 'data/stories/README.md'), 'not a story');
		expect(storyFolders(root, {})).toEqual([
			{ slug: 'a-story', dir: 'data/stories/a-story', test: false },
			{ slug: 'b-story', dir: 'data/stories/b-story', test: false }
		]);
		expect(storyFolders(root, { TEST_STORIES: '1' }).map((f) => [f.slug, f.dir, f.test])).toEqual([
			['a-story', 'data/stories/a-story', false],
			['b-story', 'data/stories/b-story', false],
			['test-story', 'tests/fixtures/stories/test-story', true]
		]);
		expect(storyFolders(root, { TEST_STORIES: '0' })).toHaveLength(2);
		const stories = loadStories(root, { TEST_STORIES: '1' });
		expect(stories.map((s) => s.folder.slug)).toEqual(['a-story', 'b-story', 'test-story']);
		expect(stories[0].story.steps.length).toBeGreaterThan(0);
	});

	it('TEST_STORIES may name other folders of stories, separated by ":"', () => {
		expect(testRoots({ TEST_STORIES: '/a:/b' })).toEqual(['/a', '/b']);
		expect(testRoots({ TEST_STORIES: 'true' })).toEqual(['tests/fixtures/stories']);
		expect(testRoots({})).toEqual([]);
		const root = project('extra', ['data/stories/one']);
		const extra = project('elsewhere', ['two']);
		expect(storyFolders(root, { TEST_STORIES: extra })).toEqual([
			{ slug: 'one', dir: 'data/stories/one', test: false },
			{ slug: 'two', dir: join(extra, 'two'), test: true }
		]);
		expect(() => storyFolders(root, { TEST_STORIES: join(tmp, 'nowhere') })).toThrow(
			/TEST_STORIES names this folder of test stories, but there is none/
		);
	});

	it('STORIES keeps only the stories it names, and refuses one there is not', () => {
		const root = project('some', ['data/stories/a', 'data/stories/b', 'data/stories/c']);
		expect(storyFolders(root, { STORIES: 'c, a' }).map((f) => f.slug)).toEqual(['a', 'c']);
		expect(() => storyFolders(root, { STORIES: 'a,d' })).toThrow(
			'data/stories: STORIES names "d", but the stories are a, b, c'
		);
	});

	it('refuse a folder name that cannot be an address, a reserved one and a slug used twice', () => {
		const bad = (dirs: string[]) => {
			try {
				storyFolders(project(dirs.join('+').replace(/\//g, '_'), dirs), {
					TEST_STORIES: dirs.some((d) => d.startsWith('tests/')) ? '1' : ''
				});
			} catch (e) {
				if (e instanceof DataError) return e.message;
				throw e;
			}
			return 'no error';
		};
		expect(bad(['data/stories/China_AI'])).toMatch(
			/^data\/stories\/China_AI: "China_AI" cannot name a story: a story's folder name is its address/
		);
		expect(bad(['data/stories/fonts'])).toMatch(/"fonts" cannot name a story/);
		expect(bad(['data/stories/same', 'tests/fixtures/stories/same'])).toBe(
			'tests/fixtures/stories/same: a second story named "same" (the first is data/stories/same); rename one folder'
		);
	});

	it('name every problem of every story, each with its own file', () => {
		const root = project('broken', ['data/stories/a', 'data/stories/b']);
		writeFileSync(join(root, 'data/stories/b/datasets/prices.csv'), 'model\n');
		let message = '';
		try {
			loadStories(root, {});
		} catch (e) {
			if (!(e instanceof DataError)) throw e;
			message = e.message;
		}
		expect(message).toBe('data/stories/b/datasets/prices.csv:2: no data rows after the header');
		expect(message).not.toMatch(/data\/stories\/a\//);
	});

	it('refuse editions of a story that does not exist, and files in editions/ that are not editions', () => {
		const root = project('orphan', ['data/stories/a']);
		mkdirSync(join(root, 'data/stories/gone/editions'), { recursive: true });
		writeFileSync(join(root, 'data/stories/gone/editions/zh.yaml'), 'status: draft\n');
		expect(() => storyFolders(root, {})).toThrow(
			'data/stories/gone/editions: editions of a story that does not exist: data/stories/gone/ has no story.yaml'
		);
		const stray = project('stray', ['data/stories/a']);
		writeFileSync(join(stray, 'data/stories/a/editions/notes.txt'), 'draft ideas');
		writeFileSync(join(stray, 'data/stories/a/editions/ar.glossary.yaml'), '[]');
		let message = '';
		try {
			loadStories(stray, {});
		} catch (e) {
			if (!(e instanceof DataError)) throw e;
			message = e.all.map((x) => x.message).join('\n');
		}
		expect(message).toBe(
			[
				'data/stories/a/editions/ar.glossary.yaml: a glossary without its edition (ar.yaml)',
				'data/stories/a/editions/notes.txt: not an edition: editions/ holds <code>.yaml (zh.yaml) and its <code>.glossary.yaml'
			].join('\n')
		);
	});

	it('give each edition its pages, and leave a draft out of a build to publish', () => {
		const env = { TEST_STORIES: '1', STORIES: 'china-ai-market,test-story' };
		const langs = (e: Record<string, string>) => storyEntries(e).map((x) => `${x.story}${x.lang ? `/${x.lang}` : ''}`);
		expect(langs(env)).toEqual(['china-ai-market', 'china-ai-market/zh', 'test-story', 'test-story/ar']);
		expect(langs({ ...env, DRAFT_EDITIONS: '0' })).toEqual(['china-ai-market', 'test-story', 'test-story/ar']);
		const steps = stepEntries({ ...env, DRAFT_EDITIONS: '0' });
		expect(steps.filter((s) => s.lang === 'ar').length).toBe(
			steps.filter((s) => s.story === 'test-story' && !s.lang).length
		);
		expect(steps.some((s) => s.lang === 'zh')).toBe(false);
	});
});
