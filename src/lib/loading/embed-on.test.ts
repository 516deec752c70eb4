/**
 * `meta.embedOn`: the origins whose pages may frame a story's embeds. Absent, any site may; each
 * listed origin is an https:// origin alone (what a `frame-ancestors` source names), and a bad one
 * stops the build at its own line, as the other meta checks do.
 */
import { describe, expect, it } from 'vitest';
import { CHARTS, STORY, edit, errorsOf, fixture, lineOf } from './fixture';
import { parseStory } from './load';
import { embedOriginProblem } from './schema/urls';

const META_END = '  method: |';
/** The fixture with `lines` added to meta, before `method:`. */
const withMeta = (lines: string) => edit(fixture(), STORY, META_END, `${lines}\n${META_END}`);
const messages = (files: Record<string, string>) => errorsOf(files).map((e) => e.message);

describe('meta.embedOn', () => {
	it('is optional: absent, any site may embed the story', () => {
		expect(parseStory(fixture(), CHARTS).meta.embedOn).toBeNull();
	});

	it('reads a list of origins, in either list form, with a port and a subdomain wildcard', () => {
		const block = withMeta(
			'  embedOn:\n    - https://www.example-news.com\n    - https://*.example-news.com\n    - https://cms.example-news.com:8443'
		);
		expect(parseStory(block, CHARTS).meta.embedOn).toEqual([
			'https://www.example-news.com',
			'https://*.example-news.com',
			'https://cms.example-news.com:8443'
		]);
		const flow = withMeta('  embedOn: [https://www.example-news.com]');
		expect(parseStory(flow, CHARTS).meta.embedOn).toEqual(['https://www.example-news.com']);
	});

	it('stops the build at the line of each bad origin, naming the field', () => {
		const files = withMeta(
			[
				'  embedOn:',
				'    - http://www.example-news.com',
				'    - https://www.example-news.com/',
				'    - https://www.example-news.com/politics/',
				'    - https://www.*.example-news.com',
				'    - https://www.example-news.com'
			].join('\n')
		);
		const at = (marker: string) => `${STORY}:${lineOf(files[STORY], marker)}: meta field "embedOn": `;
		expect(messages(files)).toEqual([
			`${at('- http://')}expected an https:// origin, got "http://www.example-news.com"`,
			`${at('www.example-news.com/')}"https://www.example-news.com/" ends with a slash: an origin has none; write https://www.example-news.com`,
			`${at('/politics/')}"https://www.example-news.com/politics/" has a path, query or fragment: an origin is the scheme and host alone; write https://www.example-news.com`,
			`${at('www.*.')}"https://www.*.example-news.com": a wildcard may only stand for the subdomains, written first (https://*.example-news.com)`
		]);
	});

	it('refuses an origin listed twice, an empty list and a single origin not in a list', () => {
		const twice = withMeta('  embedOn:\n    - https://a.example-news.com\n    - https://a.example-news.com');
		expect(messages(twice)).toEqual([
			`${STORY}:${lineOf(twice[STORY], '- https://a.', 1)}: meta field "embedOn": "https://a.example-news.com" is listed twice; keep one`
		]);
		const empty = withMeta('  embedOn: []');
		expect(messages(empty)).toEqual([
			`${STORY}:${lineOf(empty[STORY], 'embedOn')}: meta field "embedOn": an empty list: leave embedOn out to let any site embed the story, or list the origins that may`
		]);
		const single = withMeta('  embedOn: https://www.example-news.com');
		expect(messages(single)).toEqual([
			`${STORY}:${lineOf(single[STORY], 'embedOn')}: meta field "embedOn": expected a list of origins such as [https://www.example-news.com], got string "https://www.example-news.com"`
		]);
	});
});

describe('what an embed origin is', () => {
	it.each([
		'https://www.example-news.com',
		'https://example-news.co.uk',
		'https://*.example-news.com',
		'https://cms.example-news.com:8443',
		'HTTPS://WWW.Example-News.com'
	])('%s is one', (origin) => {
		expect(embedOriginProblem(origin)).toBeNull();
	});

	it.each([
		['www.example-news.com', 'expected an origin such as'],
		['*', 'expected an origin such as'],
		['https://*', 'a wildcard may only stand for the subdomains'],
		['https://*.com', 'a wildcard over a whole top-level domain'],
		['https://news.*.com', 'a wildcard may only stand for the subdomains'],
		['https://localhost', 'is not a public host name'],
		['https://www.example-news.com:0', 'the port must be from 1 to 65535'],
		['https://www.example-news.com:70000', 'the port must be from 1 to 65535'],
		['https://www.example-news.com:*', 'a wildcard may only stand for the subdomains'],
		['https://www.example-news.com?x=1', 'has a path, query or fragment'],
		['https://user@www.example-news.com', 'carries a user name'],
		['https://-bad.example-news.com', 'is not an https:// origin with a host name'],
		["'self'", 'expected an origin such as'],
		['ftp://www.example-news.com', 'expected an https:// origin']
	])('%s is not: %s', (raw, says) => {
		expect(embedOriginProblem(raw)).toContain(says);
	});
});
