import { describe, expect, it } from 'vitest';
import { rebaseShareTags } from '../../../model/site-address.js';
import { articleTags, newsArticle, type ArticleInfo } from './article-head';

const info = (over: Partial<ArticleInfo['meta']> = {}, updates: ArticleInfo['updates'] = []): ArticleInfo => ({
	meta: {
		title: 'Prices </script><script>alert(1)</script>',
		dek: 'A dek',
		published: '2026-05-02',
		author: 'The graphics desk',
		publisher: 'A newsroom',
		site: null,
		...over
	},
	updates,
	slug: 'prices',
	image: '/prices/s/intro/card.png',
	lang: 'en'
});
const note = [[{ kind: 'text' as const, text: 'x' }]];

describe('the article head: canonical link, article dates, NewsArticle JSON-LD', () => {
	it('dates the article by its publication and its last update, the same dates the page shows', () => {
		const a = newsArticle(
			info({}, [
				{ date: '2026-06-01', kind: 'update', note, concerns: [] },
				{ date: '2026-07-09', kind: 'correction', note, concerns: [] }
			])
		)!;
		expect(a).toMatchObject({
			'@type': 'NewsArticle',
			datePublished: '2026-05-02',
			dateModified: '2026-07-09',
			author: [{ '@type': 'Organization', name: 'The graphics desk' }],
			publisher: { '@type': 'Organization', name: 'A newsroom' },
			image: ['/prices/s/intro/card.png'],
			inLanguage: 'en',
			url: '/prices/'
		});
		expect(newsArticle(info())!.dateModified).toBe('2026-05-02');
	});

	it('a draft has a canonical link but no dates and no JSON-LD', () => {
		expect(articleTags(info({ published: null }))).toBe('<link rel="canonical" href="/prices/">');
	});

	it('no text of the story can close the script element', () => {
		const html = articleTags(info());
		expect(html.match(/<\/script>/g)).toHaveLength(1);
		const json = /<script type="application\/ld\+json">(.*)<\/script>/.exec(html)![1];
		expect(JSON.parse(json).headline).toBe('Prices </script><script>alert(1)</script>');
	});

	it('publish moves every address of it to the published site, as it moves the share tags', () => {
		const built = articleTags(info());
		const moved = rebaseShareTags(built, null, 'https://news.org/stories/');
		expect(moved).toContain('<link rel="canonical" href="https://news.org/stories/prices/">');
		const json = JSON.parse(/<script type="application\/ld\+json">(.*)<\/script>/.exec(moved)![1]);
		expect([json['@id'], json.url, json.mainEntityOfPage, json.image]).toEqual([
			'https://news.org/stories/prices/',
			'https://news.org/stories/prices/',
			'https://news.org/stories/prices/',
			['https://news.org/stories/prices/s/intro/card.png']
		]);
		expect(moved).toContain('<meta property="article:published_time" content="2026-05-02">');
	});
});

describe('the article head of an edition', () => {
	it('names its language by its BCP 47 tag', () => {
		expect(newsArticle({ ...info(), lang: 'zh' })!.inLanguage).toBe('zh-Hans');
		expect(newsArticle({ ...info(), lang: 'ar' })!.inLanguage).toBe('ar');
	});
});
