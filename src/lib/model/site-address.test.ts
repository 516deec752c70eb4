import { describe, expect, it } from 'vitest';
import { onSite, rebaseShareTags, siteFormProblem, unpublishableReason } from './site-address.js';

describe('the site address', () => {
	it('is an absolute https:// address', () => {
		expect(siteFormProblem('https://stories.newsroom.org/china/')).toBeNull();
		expect(siteFormProblem('http://stories.newsroom.org/')).toMatch(/expected an https:\/\/ address/);
		expect(siteFormProblem('/china/')).toMatch(/absolute https:\/\//);
		expect(siteFormProblem('https://a.org/#x')).toMatch(/fragment/);
		expect(siteFormProblem('https://me:pw@a.org/')).toMatch(/password/);
	});

	it.each([
		'https://stories.newsroom.org/',
		'https://newsroom.org/data/china-ai/',
		'https://example-newsroom.com/',
		'https://notexample.org/',
		'https://testing.dev/',
		// Public addresses next to the private ranges (P8): not refused.
		'https://11.0.0.5/',
		'https://172.32.0.1/',
		'https://192.169.1.10/',
		'https://100.128.0.1/',
		'https://internal.newsroom.org/',
		'https://lan-party.org/'
	])('may be published to: %s', (site) => {
		expect(unpublishableReason(site)).toBeNull();
	});

	it.each([
		[null, 'no site address is set'],
		['', 'no site address is set'],
		['https://example.org', 'placeholder (example.org'],
		['https://china-ai-market.example.org/', 'placeholder (example.org'],
		['https://EXAMPLE.COM/story/', 'placeholder (example.com'],
		['https://www.example.net', 'placeholder (example.net'],
		['https://localhost:4173/', 'placeholder (localhost'],
		['https://app.localhost/', 'placeholder (localhost'],
		['https://127.0.0.1:8080/', 'is this machine'],
		['https://[::1]/', 'is this machine'],
		['https://stories.test/', 'placeholder (test'],
		['https://nowhere.invalid/', 'placeholder (invalid'],
		['http://stories.newsroom.org/', 'expected an https:// address'],
		// P8: a private network's address: share cards would point at an intranet host.
		['https://192.168.1.10/', 'private network (192.168.0.0/16)'],
		['https://10.0.0.5/', 'private network (10.0.0.0/8)'],
		['https://172.16.0.1/', 'private network (172.16.0.0/12)'],
		['https://172.31.255.255/', 'private network (172.16.0.0/12)'],
		['https://169.254.1.1/', 'private network (169.254.0.0/16)'],
		['https://100.64.0.1/', 'private network (100.64.0.0/10)'],
		['https://100.127.255.1/', 'private network (100.64.0.0/10)'],
		['https://[fd12:3456::1]/', 'private network (fc00::/7)'],
		['https://[fc00::1]/', 'private network (fc00::/7)'],
		['https://[fe80::1]/', 'private network (fe80::/10)'],
		['https://[::ffff:192.168.1.10]/', 'private network (192.168.0.0/16)'],
		['https://wiki.internal/', 'private network (.internal)'],
		['https://nas.lan/', 'private network (.lan)'],
		['https://printer.home.arpa/', 'private network (.home.arpa)'],
		['https://stories.corp/', 'private network (.corp)'],
		['https://newsdesk/', 'private network (a name without a dot)']
	])('is refused: %s', (site, says) => {
		expect(unpublishableReason(site)).toContain(says);
	});

	it('puts a path on the site, or keeps it root-relative without one', () => {
		expect(onSite('/s/gap/card.png', 'https://a.org/story')).toBe('https://a.org/story/s/gap/card.png');
		expect(onSite('/', 'https://a.org/')).toBe('https://a.org/');
		expect(onSite('/s/gap/', null)).toBe('/s/gap/');
	});
});

describe('rebaseShareTags', () => {
	const page = (url: string, image: string) =>
		`<meta property="og:url" content="${url}" /><meta property="og:image" content="${image}" />` +
		`<meta property="og:image:width" content="1200" /><meta name="twitter:image" content="${image}" /><a href="/s/gap/">x</a>`;

	it('moves the share tags from the build address to the published one, and nothing else', () => {
		const built = page('https://a.example.org/s/gap/', 'https://a.example.org/s/gap/card.png');
		expect(rebaseShareTags(built, 'https://a.example.org/', 'https://news.org/china/')).toBe(
			page('https://news.org/china/s/gap/', 'https://news.org/china/s/gap/card.png')
		);
	});

	it('makes root-relative tags (a build without an address) absolute', () => {
		expect(rebaseShareTags(page('/', '/s/intro/card.png'), null, 'https://news.org')).toBe(
			page('https://news.org/', 'https://news.org/s/intro/card.png')
		);
	});

	it('refuses a tag outside the build address rather than publish a wrong link', () => {
		expect(() =>
			rebaseShareTags(page('https://elsewhere.org/', '/x.png'), 'https://a.org/', 'https://news.org/')
		).toThrow(/outside the address/);
	});
});
