import { describe, expect, it } from 'vitest';
import { selectStories, selectVersions, testBuildReason } from './build-stories.mjs';

const story = (slug: string, test = false) => ({ slug, title: slug, test, steps: [{ id: 'intro', number: 1 }] });
const build = [story('china-ai-market'), story('later'), story('test-story', true)];

describe('the stories of a build, for the scripts', () => {
	it('every one by default, or those --story names in the build order; an unknown one names the others', () => {
		expect(selectStories(build, null).map((s) => s.slug)).toEqual(['china-ai-market', 'later', 'test-story']);
		expect(selectStories(build, ['test-story', 'china-ai-market']).map((s) => s.slug)).toEqual([
			'china-ai-market',
			'test-story'
		]);
		expect(() => selectStories(build, ['china', 'later'])).toThrow(
			'--story: no story "china" in this build; its stories are: china-ai-market, later, test-story'
		);
	});

	it('a build with a test story is not to be published, and says why', () => {
		expect(testBuildReason(build.slice(0, 2))).toBeNull();
		expect(testBuildReason(build)).toMatch(
			/^build\/ holds test story test-story \(invented data\): it is a test build/
		);
	});
});

describe('the versions of a build, for --lang', () => {
	const withEditions = [
		{ ...story('china-ai-market'), editions: [{ lang: 'zh', status: 'draft' as const, title: '中国' }] },
		story('later'),
		{ ...story('test-story', true), editions: [{ lang: 'ar', status: 'published' as const }] }
	];

	it('every story in its language, then its editions, by default; an edition under its story', () => {
		expect(selectVersions(withEditions, null).map((v) => `${v.path} ${v.lang} ${v.title}`)).toEqual([
			'china-ai-market en china-ai-market',
			'china-ai-market/zh zh 中国',
			'later en later',
			'test-story en test-story',
			'test-story/ar ar test-story'
		]);
	});

	it('only the languages --lang names; a story without one is skipped; a language no story has is named', () => {
		expect(selectVersions(withEditions, ['zh', 'ar']).map((v) => v.path)).toEqual([
			'china-ai-market/zh',
			'test-story/ar'
		]);
		expect(selectVersions(withEditions, ['en']).every((v) => !v.edition)).toBe(true);
		expect(() => selectVersions(withEditions.slice(0, 1), ['ar'])).toThrow(
			'--lang: no "ar" version of "china-ai-market" in this build; its languages are: en, zh'
		);
	});
});
