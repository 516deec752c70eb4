import { describe, expect, it } from 'vitest';
import { missingStep, notFoundScript } from './missing-step';

describe('missingStep', () => {
	it('reads the story and the step from an embed address, under any base path', () => {
		expect(missingStep('/china-ai-market/embed/nope/')).toEqual({ base: '', slug: 'china-ai-market', step: 'nope' });
		expect(missingStep('/news/graphics/s1/embed/old%20step')).toMatchObject({
			base: '/news/graphics',
			slug: 's1',
			step: 'old step'
		});
		// An edition's embed: the page lists it as <slug>/<lang>, which the script looks for first.
		expect(missingStep('/news/s1/zh/embed/old/')?.edition).toEqual({ base: '/news', slug: 's1/zh' });
		expect(missingStep('/s1/embed/%E0%A4%A/')?.step).toBe('%E0%A4%A');
	});
	it('is null for any other missing path', () => {
		for (const path of ['/', '/nope/', '/s1/present/x/', '/s1/embed/', '/s1/embed/oembed.json'])
			expect(missingStep(path)).toBeNull();
	});
});

describe('notFoundScript', () => {
	it('is one self-contained expression the page can run', () => {
		expect(() => new Function('document', 'location', 'CSS', notFoundScript())).not.toThrow();
		const calls: string[] = [];
		const doc = { querySelector: (q: string) => (calls.push(q), null), getElementById: () => null };
		new Function('document', 'location', 'CSS', notFoundScript())(
			doc,
			{ pathname: '/s1/embed/x/' },
			{ escape: (s: string) => s }
		);
		expect(calls).toEqual(['[data-story="s1"]']);
	});
});
