import { describe, expect, it } from 'vitest';
import { oembed, oembedLink, OEMBED_WIDTH } from './oembed';
import { publishedOembed } from './oembed-publish.js';
import { embedCode } from './embed-code';
import { rebaseShareTags } from '../../../model/site-address.js';

const step = { slug: 'china', stepId: 'gap', title: 'The gap · China & AI' };
const story = { slug: 'china', title: 'China & AI' };
const source = (site: string | null) => ({
	site,
	publisher: null,
	storyTitle: 'China & AI',
	cardStepId: 'intro'
});
const table = { '320': 812, '600': 700, '720': 690 };

describe('oembed', () => {
	it('is a rich oEmbed with the loader’s code, the card as its thumbnail, the default height', () => {
		const o = oembed(step, { ...source('https://news.org/'), cardStepId: 'gap' });
		expect(o).toEqual({
			version: '1.0',
			type: 'rich',
			title: 'The gap · China & AI',
			provider_name: 'China & AI',
			provider_url: 'https://news.org/',
			html: embedCode(step, { site: 'https://news.org/' }),
			width: OEMBED_WIDTH,
			height: 560,
			thumbnail_url: 'https://news.org/china/s/gap/card.png',
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
		expect(oembed(story, { ...source(null), publisher: 'The Desk' }).provider_name).toBe('The Desk');
	});

	it('its height is the measured one at its width', () => {
		expect(oembed(story, source(null), table).height).toBe(700);
	});

	it('publish points a root-relative build at the site and writes the heights in', () => {
		const built = oembed(story, source(null));
		const out = publishedOembed(JSON.parse(JSON.stringify(built)), null, 'https://news.org/stories/', table);
		expect(out).toEqual(oembed(story, source('https://news.org/stories/'), table));
		// Twice: the same.
		expect(publishedOembed(out, 'https://news.org/stories/', 'https://news.org/stories/', table)).toEqual(out);
	});

	it('moves an address built for another site, and leaves pym.js’s own', () => {
		const built = {
			...oembed(step, source('https://a.org/')),
			html: embedCode(step, { site: 'https://a.org/', variant: 'pym' })
		};
		const out = publishedOembed(built, 'https://a.org/', 'https://b.org/x/', null);
		expect(out.html).toContain('src="https://pym.nprapps.org/pym.v1.min.js"');
		expect(out.thumbnail_url).toBe('https://b.org/x/china/s/intro/card.png');
		expect(out.height).toBe(560);
	});
});

describe('oembedLink', () => {
	it('names the JSON beside the embed, escaped, and publish moves it with the share tags', () => {
		const link = oembedLink(step, null);
		expect(link).toBe(
			'<link rel="alternate" type="application/json+oembed" href="/china/embed/gap/oembed.json" title="The gap · China &amp; AI">'
		);
		expect(rebaseShareTags(link, null, 'https://news.org/')).toBe(oembedLink(step, 'https://news.org/'));
		expect(oembedLink(story, 'https://news.org/')).toContain('href="https://news.org/china/embed/oembed.json"');
	});
});
