import { describe, expect, it } from 'vitest';
import { embedPaths, oembedFile } from './embeds.mjs';
import { oembedPath, stepEmbedPath, storyEmbedPath } from '../../src/lib/model/site';

describe('embed paths', () => {
	const story = { slug: 'china', title: 'China', test: false, steps: [{ id: 'gap', number: 1 }] };

	it('are the pages the site builds, and each oEmbed beside its page', () => {
		expect(embedPaths(story, 'china')).toEqual([storyEmbedPath('china'), stepEmbedPath('china', 'gap')]);
		// An edition's, under its story's: the site's paths take the edition's base.
		expect(embedPaths(story, 'china/zh')).toEqual([storyEmbedPath('china/zh'), stepEmbedPath('china/zh', 'gap')]);
		for (const [embed, id] of [
			[storyEmbedPath('china'), undefined],
			[stepEmbedPath('china', 'gap'), 'gap']
		] as const)
			expect(`/${oembedFile(embed)}`).toBe(oembedPath('china', id));
	});
});
