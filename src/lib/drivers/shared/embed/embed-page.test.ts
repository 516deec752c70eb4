import { describe, expect, it } from 'vitest';
import { heightsFor, storyPlace } from './embed-page';

describe('storyPlace', () => {
	it('finds the story and the site from the reading page, the stage, a site under a path', () => {
		expect(storyPlace('http://localhost:4173/china/#gap', './', null)).toEqual({
			slug: 'china',
			site: 'http://localhost:4173/',
			heightsUrl: 'http://localhost:4173/china/embed/heights.json'
		});
		expect(storyPlace('https://a.org/stories/china/present/#gap', '../', null)).toEqual({
			slug: 'china',
			site: 'https://a.org/stories/',
			heightsUrl: 'https://a.org/stories/china/embed/heights.json'
		});
		expect(storyPlace('http://localhost/china/', './', 'https://news.org/').site).toBe('https://news.org/');
	});
});

describe('heightsFor', () => {
	it('reads one embed’s table, or nothing', () => {
		const file = { '/china/embed/': { '320': 900 } };
		expect(heightsFor(file, '/china/embed/')).toEqual({ '320': 900 });
		expect(heightsFor(file, '/china/embed/gap/')).toBeNull();
		expect(heightsFor(null, '/china/embed/')).toBeNull();
		expect(heightsFor('x', '/china/embed/')).toBeNull();
	});
});
