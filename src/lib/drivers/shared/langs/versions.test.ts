import { describe, expect, it } from 'vitest';
import { versionLinks } from './versions.ts';

/** Where a relative link from the page `at` leads. */
const lands = (at: string, href: string) => new URL(href, `https://news.example${at}`).pathname;

describe('the language switch’s links', () => {
	it('lead from a page in one language to the same page in each other, relative to the page', () => {
		const cases: [string, 'en' | 'zh' | 'ar', string, Record<string, string>][] = [
			['/s/', 'en', '', { en: '/s/', zh: '/s/zh/', ar: '/s/ar/' }],
			['/s/zh/', 'zh', '', { en: '/s/', zh: '/s/zh/', ar: '/s/ar/' }],
			['/s/present/', 'en', 'present/', { en: '/s/present/', zh: '/s/zh/present/', ar: '/s/ar/present/' }],
			['/s/ar/present/', 'ar', 'present/', { en: '/s/present/', zh: '/s/zh/present/', ar: '/s/ar/present/' }]
		];
		for (const [at, from, page, want] of cases) {
			const links = versionLinks(from, ['en', 'zh', 'ar'], page);
			expect(Object.fromEntries(links.map((l) => [l.lang, lands(at, l.href)])), at).toEqual(want);
			expect(links.filter((l) => l.current).map((l) => l.lang)).toEqual([from]);
		}
	});

	it('name each language in itself, with its tag', () => {
		expect(versionLinks('en', ['en', 'zh', 'ar']).map((l) => [l.name, l.tag])).toEqual([
			['English', 'en'],
			['简体中文', 'zh-Hans'],
			['العربية', 'ar']
		]);
	});
});
