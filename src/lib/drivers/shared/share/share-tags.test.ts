import { describe, expect, it } from 'vitest';
import { headTags, shareTags } from './share-tags';

const card = {
	title: 'A "quoted" <title> & more',
	description: 'Plain words',
	url: 'https://news.test/story/s/one/',
	image: 'https://news.test/story/s/one/card.png',
	imageWidth: 1200,
	imageHeight: 630,
	imageAlt: 'Bars: 5 > 3'
};

describe('shareTags', () => {
	it('writes the Open Graph and Twitter tags, each value escaped for its attribute', () => {
		const html = shareTags(card, 'en');
		expect(html).toContain('<meta property="og:title" content="A &quot;quoted&quot; &lt;title&gt; &amp; more">');
		expect(html).toContain('<meta property="og:image:width" content="1200">');
		expect(html).toContain('<meta name="twitter:image:alt" content="Bars: 5 &gt; 3">');
		expect(html).toContain('<meta property="og:locale" content="en_US">');
		expect(shareTags(card, 'ar')).toContain('<meta property="og:locale" content="ar_AR">');
		expect(html.match(/<meta /g)).toHaveLength(15);
		// Nothing unescaped can close an attribute or open a tag inside one.
		for (const m of html.matchAll(/content="([^"]*)"/g)) expect(m[1]).not.toMatch(/[<>]/);
	});
});

describe('headTags', () => {
	it('puts the title and description first, escaped, then the share tags', () => {
		const html = headTags({ title: 'Fish & <chips>', description: 'Say "hi"' }, card, 'en');
		expect(
			html.startsWith('<title>Fish &amp; &lt;chips&gt;</title><meta name="description" content="Say &quot;hi&quot;">')
		).toBe(true);
		expect(html.endsWith(shareTags(card, 'en'))).toBe(true);
	});
});
