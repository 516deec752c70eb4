import { describe, expect, it } from 'vitest';
import { plainText, stepCard, storyCard } from './share-card';
import { absolute, cardPath, sharePath } from '../../../model/site';
import type { Step, StoryMeta } from '../../../model/types';

const step: Step = {
	id: 'gap',
	kicker: null,
	chart: { id: 'share', kind: 'part-of-whole', bind: {}, options: {}, words: {} },
	groups: [],
	state: 'gap',
	highlight: [],
	copy: [
		[
			{ kind: 'text', text: 'China leads by ' },
			{ kind: 'strong', text: '8 points' },
			{ kind: 'text', text: '.' }
		]
	],
	notes: [[{ kind: 'text', text: 'never shown' }]],
	cite: [],
	lang: 'en'
};
const text = { title: 'The gap', unit: '%', caption: 'China 37%, US 29%.', table: { columns: [], rows: [] } };

describe('share cards', () => {
	it('builds absolute URLs from the site address', () => {
		expect(absolute(cardPath('tale', 'gap'), 'https://a.example/stories/')).toBe(
			'https://a.example/stories/tale/s/gap/card.png'
		);
		expect(absolute(sharePath('tale', 'gap'), 'https://a.example')).toBe('https://a.example/tale/s/gap/');
	});

	it('describes a step with its words, its image and its text alternative', () => {
		const card = stepCard(step, text, 'Story', 'tale', 'https://a.example');
		expect(card).toEqual({
			title: 'The gap · Story',
			description: 'China leads by 8 points.',
			url: 'https://a.example/tale/s/gap/',
			image: 'https://a.example/tale/s/gap/card.png',
			imageWidth: 1200,
			imageHeight: 630,
			imageAlt: 'The gap. China 37%, US 29%.'
		});
		expect(JSON.stringify(card)).not.toContain('never shown');
	});

	it('gives the story page its own words and the first step image', () => {
		const meta = { title: 'Story', dek: 'The dek.', site: 'https://a.example' } as StoryMeta;
		expect(storyCard(meta, step, text, 'tale')).toMatchObject({
			title: 'Story',
			description: 'The dek.',
			url: 'https://a.example/tale/',
			image: 'https://a.example/tale/s/gap/card.png'
		});
	});

	it('keeps paths from the site root when the address is not known (publish makes them absolute)', () => {
		expect(stepCard(step, text, 'Story', 'tale', null)).toMatchObject({
			url: '/tale/s/gap/',
			image: '/tale/s/gap/card.png'
		});
	});

	it('shortens long words at a word', () => {
		const long = plainText([[{ kind: 'text', text: 'word '.repeat(100) }]], 50);
		expect(long.length).toBeLessThanOrEqual(50);
		expect(long).toMatch(/word…$/);
	});
});
