import { describe, expect, it } from 'vitest';
import { selectStories, testBuildReason } from './build-stories.mjs';

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
