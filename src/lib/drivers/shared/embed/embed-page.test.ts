import { describe, expect, it } from 'vitest';
import { heightsFor, storyPlace } from './embed-page';

describe('storyPlace', () => {
	it('finds the story and the site from the reading page, the stage, a site under a path, the canonical link', () => {
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
		// The canonical link, which publish points at the address it publishes at (--site), wins.
		const published = storyPlace(
			'http://localhost/china/present/',
			'../',
			'https://news.org/',
			'https://b.org/x/china/'
		);
		expect(published).toEqual({
			slug: 'china',
			site: 'https://b.org/x/',
			heightsUrl: 'http://localhost/china/embed/heights.json'
		});
		// A build without an address: a root-relative link, this site.
		expect(storyPlace('http://localhost:4173/china/', './', null, '/china/').site).toBe('http://localhost:4173/');
	});

	it("an edition's page: its slug is the story's and its language, the site two folders up", () => {
		expect(storyPlace('https://a.org/stories/china/zh/present/#gap', '../', null)).toEqual({
			slug: 'china/zh',
			site: 'https://a.org/stories/',
			heightsUrl: 'https://a.org/stories/china/zh/embed/heights.json'
		});
		expect(storyPlace('http://localhost/china/zh/', './', null, 'https://b.org/x/china/zh/').site).toBe(
			'https://b.org/x/'
		);
		// A story whose slug is a language code is a story, not an edition.
		expect(storyPlace('http://localhost/zh/', './', null).slug).toBe('zh');
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
