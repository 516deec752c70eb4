/**
 * build/_headers, from a small fake build: the embeds framed as their story says and by nothing
 * else, every other path by no one, the loader, fonts and hashed files readable from any origin,
 * hashed files kept a year and the rest revalidated; the file read back rule by rule, and every
 * address of the build checked against both hosts' ways of matching patterns.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMBED_LOADER_PATH, oembedPath, stepEmbedPath, storyEmbedPath } from '../../src/lib/model/site.ts';
import {
	CACHE_HASHED,
	CACHE_REVALIDATE,
	EMBED_FOLDER,
	EMBED_LOADER,
	checkRules,
	formatHeaders,
	headerRules,
	headersFor,
	limitWarnings,
	matches,
	parseHeaders,
	servedPaths,
	writeHeaders
	// @ts-expect-error: a plain .mjs module without types
} from './headers.mjs';

type Rule = { path: string; headers: [string, string][] };
type Host = 'cloudflare' | 'netlify';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A project root whose build/ holds these files (empty but for their names). */
function buildOf(files: string[]): string {
	const root = mkdtempSync(join(tmpdir(), 'headers-'));
	roots.push(root);
	for (const f of files) {
		mkdirSync(dirname(join(root, 'build', f)), { recursive: true });
		writeFileSync(join(root, 'build', f), f);
	}
	return root;
}

/** A story's folder as the build writes it, embeds included. */
const storyFiles = (slug: string) =>
	[
		'index.html',
		'__data.json',
		'talk.html',
		'present/index.html',
		'presenter/index.html',
		's/one/index.html',
		's/one/card.png',
		'still/one/index.html',
		'clip/index.html',
		'data/prices.csv',
		'embed/index.html',
		'embed/oembed.json',
		'embed/one/index.html',
		'embed/one/oembed.json'
	].map((f) => `${slug}/${f}`);

const SITE = [
	'index.html',
	'__data.json',
	'stories.json',
	'favicon.svg',
	'embed.js',
	'fonts/inter-latin-wght.woff2',
	'_app/version.json',
	'_app/immutable/entry/start.js',
	'_app/immutable/assets/app.css',
	...storyFiles('alpha'),
	...storyFiles('beta')
];
const STORIES = [
	{ slug: 'alpha', embedOn: null },
	{ slug: 'beta', embedOn: ['https://www.example-news.com', 'https://*.example-news.com'] }
];
const NONE = "frame-ancestors 'none'";
const HOSTS: Host[] = ['cloudflare', 'netlify'];

/**
 * The headers one request gets on `host`. Netlify's `/present/*` also reaches `/presenter/`, and
 * Netlify keeps one value of a header: the rules that reach one address there agree (checkRules
 * proves it), so that value is the same whichever it keeps. Cloudflare Pages would join two.
 */
function sent(rules: Rule[], url: string, host: Host): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, values] of headersFor(rules, url, host) as Map<string, string[]>)
		out[name] = (host === 'netlify' ? [...new Set(values)] : values).join(', ');
	return out;
}

describe('the rules of a build', () => {
	const root = buildOf(SITE);
	const rules: Rule[] = headerRules(join(root, 'build'), STORIES);
	const urls: string[] = servedPaths(join(root, 'build'), STORIES);

	it('list every path but the embeds by its own pattern, and each story its embeds', () => {
		expect(rules.map((r) => r.path)).toEqual([
			'/__data.json',
			'/_app/immutable/*',
			'/_app/version.json',
			'/favicon.svg',
			'/fonts/*',
			'/',
			'/index.html',
			'/stories.json',
			'/embed.js',
			...['alpha', 'beta'].flatMap((s) => [
				`/${s}/__data.json`,
				`/${s}/clip/*`,
				`/${s}/data/*`,
				`/${s}/`,
				`/${s}/index.html`,
				`/${s}/present/*`,
				`/${s}/presenter/*`,
				`/${s}/s/*`,
				`/${s}/still/*`,
				`/${s}/talk.html`,
				`/${s}/talk`,
				`/${s}/embed/*`
			])
		]);
		expect(rules.map((r) => r.path)).not.toContain('/*');
	});

	it('pass their own check on every address of the build, on both hosts', () => {
		expect(urls).toContain('/alpha/embed/one/oembed.json');
		expect(urls).toContain('/alpha/talk');
		expect(urls).toContain('/alpha/');
		expect(checkRules(rules, urls, STORIES)).toEqual([]);
	});

	it.each(HOSTS)('on %s: embeds framed as meta.embedOn says, every other page by no one', (host) => {
		for (const url of ['/alpha/embed/', '/alpha/embed/one/', '/alpha/embed/one/oembed.json'])
			expect(sent(rules, url, host), url).toEqual({ 'Cache-Control': CACHE_REVALIDATE });
		for (const url of ['/beta/embed/', '/beta/embed/one/'])
			expect(sent(rules, url, host), url).toEqual({
				'Content-Security-Policy': 'frame-ancestors https://www.example-news.com https://*.example-news.com',
				'Cache-Control': CACHE_REVALIDATE
			});
		const others = urls.filter((u) => !u.includes('/embed/'));
		expect(others.length).toBeGreaterThan(30);
		for (const url of others) {
			const h = sent(rules, url, host);
			expect([h['Content-Security-Policy'], h['X-Frame-Options']], url).toEqual([NONE, 'DENY']);
		}
	});

	it.each(HOSTS)("on %s: an edition's embeds framed as its story's, its other pages by no one", (host) => {
		const withEdition = buildOf([...SITE, ...storyFiles('beta/ar')]);
		const policies = [...STORIES, { slug: 'beta/ar', embedOn: STORIES[1].embedOn }];
		const r: Rule[] = headerRules(join(withEdition, 'build'), policies);
		const served: string[] = servedPaths(join(withEdition, 'build'), policies);
		expect(checkRules(r, served, policies)).toEqual([]);
		expect(r.map((x) => x.path)).not.toContain('/beta/ar/*');
		for (const url of ['/beta/ar/embed/', '/beta/ar/embed/one/oembed.json'])
			expect(sent(r, url, host), url).toEqual({
				'Content-Security-Policy': 'frame-ancestors https://www.example-news.com https://*.example-news.com',
				'Cache-Control': CACHE_REVALIDATE
			});
		for (const url of ['/beta/ar/', '/beta/ar/present/', '/beta/ar/s/one/card.png'])
			expect(sent(r, url, host)['X-Frame-Options'], url).toBe('DENY');
	});

	it.each(HOSTS)(
		'on %s: the loader, the fonts and the hashed files readable from any origin; hashed files kept a year',
		(host) => {
			for (const url of urls) {
				const h = sent(rules, url, host);
				const shared = url === '/embed.js' || url.startsWith('/fonts/') || url.startsWith('/_app/immutable/');
				expect(h['Access-Control-Allow-Origin'], url).toBe(shared ? '*' : undefined);
				expect(h['Cache-Control'], url).toBe(url.startsWith('/_app/immutable/') ? CACHE_HASHED : CACHE_REVALIDATE);
			}
		}
	);

	it('write the loader rule even before the build has the loader', () => {
		const bare = buildOf(['index.html', ...storyFiles('alpha')]);
		const paths = headerRules(join(bare, 'build'), [STORIES[0]]).map((r: Rule) => r.path);
		expect(paths).toContain('/embed.js');
	});
});

describe('the file', () => {
	it('is each rule as a path line and its indented headers, and reads back as the same rules', async () => {
		const root = buildOf(SITE);
		const { file, rules, warnings } = await writeHeaders(root, STORIES);
		expect(file).toBe(join(root, 'build', '_headers'));
		expect(warnings).toEqual([]);
		const text = readFileSync(file, 'utf8');
		expect(text).toContain(
			[
				'/beta/embed/*',
				'  Content-Security-Policy: frame-ancestors https://www.example-news.com https://*.example-news.com',
				'  Cache-Control: public, max-age=0, must-revalidate',
				''
			].join('\n')
		);
		expect(text).toContain(
			[
				'/_app/immutable/*',
				"  Content-Security-Policy: frame-ancestors 'none'",
				'  X-Frame-Options: DENY',
				'  Cache-Control: public, max-age=31536000, immutable',
				'  Access-Control-Allow-Origin: *',
				''
			].join('\n')
		);
		const back: Rule[] = parseHeaders(text);
		expect(back).toEqual(rules);
		// Every block: a path line, then at least one indented header line, then a blank line.
		for (const block of text.split('\n\n').slice(1)) {
			const [first, ...rest] = block.trimEnd().split('\n');
			expect(first).toMatch(/^\/\S*$/);
			expect(rest.length).toBeGreaterThan(0);
			for (const line of rest) expect(line).toMatch(/^ {2}[A-Za-z-]+: \S/);
		}
		// A second publish writes the same file.
		await writeHeaders(root, STORIES);
		expect(readFileSync(file, 'utf8')).toBe(text);
	});

	it('the reader refuses a line that is neither a path nor a header, naming its line', () => {
		expect(parseHeaders('# a comment\n/a\n  X-A: 1\n\n/b\n  X-B: 2: 3\n')).toEqual([
			{ path: '/a', headers: [['X-A', '1']] },
			{ path: '/b', headers: [['X-B', '2: 3']] }
		]);
		expect(() => parseHeaders('/a\nX-A: 1\n')).toThrow('_headers:2: neither a path');
		expect(() => parseHeaders('  X-A: 1\n')).toThrow('_headers:1: neither a path');
	});

	it('formats rules as they are given', () => {
		const text = formatHeaders([{ path: '/x', headers: [['X-A', '1']] }]);
		expect(text.split('\n').filter((l: string) => !l.startsWith('#'))).toEqual(['', '/x', '  X-A: 1', '']);
	});

	it("warns past Cloudflare Pages' limits: a hundred rules, lines of 2,000 characters", () => {
		const many = Array.from({ length: 101 }, (_, i) => ({ path: `/${i}`, headers: [['X-A', '1']] }));
		expect(limitWarnings(many, formatHeaders(many))).toEqual([
			expect.stringContaining('_headers has 101 rules; Cloudflare Pages reads 100')
		]);
		const long = [
			{ path: '/x', headers: [['Content-Security-Policy', `frame-ancestors ${'https://a.b '.repeat(200)}`]] }
		];
		expect(limitWarnings(long, formatHeaders(long))).toEqual([expect.stringContaining('over 2000 characters')]);
	});
});

describe('the check', () => {
	const root = buildOf(SITE);
	const rules: Rule[] = headerRules(join(root, 'build'), STORIES);
	const urls: string[] = servedPaths(join(root, 'build'), STORIES);

	it('finds a site-wide rule that would reach the embeds, and an address no rule covers', () => {
		const siteWide = [{ path: '/*', headers: [['X-Frame-Options', 'DENY']] }, ...rules];
		const problems = checkRules(siteWide, urls, STORIES);
		expect(problems).toContain(
			'/alpha/embed/: an embed of alpha is framed otherwise than its meta.embedOn says on cloudflare'
		);
		expect(problems).toContain('/index.html: X-Frame-Options comes from 2 rules on Cloudflare Pages');
		const fewer = rules.filter((r) => r.path !== '/favicon.svg');
		expect(checkRules(fewer, urls, STORIES)).toEqual([
			'/favicon.svg: no rule covers it on cloudflare',
			'/favicon.svg: no rule covers it on netlify'
		]);
	});

	it("finds a folder whose name starts another's, as Netlify's loose `/*` reaches it", () => {
		const prefix = [
			...rules,
			{
				path: '/alpha/e/*',
				headers: [
					['Cache-Control', CACHE_REVALIDATE],
					['X-Frame-Options', 'DENY']
				]
			}
		];
		expect(checkRules(prefix, urls, STORIES)).toContain(
			'/alpha/embed/: an embed of alpha is framed otherwise than its meta.embedOn says on netlify'
		);
	});
});

describe('the paths of the embeds', () => {
	it("are the site's: the embeds, their oEmbed JSON and the loader, each under its rule", () => {
		expect(EMBED_LOADER_PATH).toBe(`/${EMBED_LOADER}`);
		expect(storyEmbedPath('alpha')).toBe(`/alpha/${EMBED_FOLDER}/`);
		const root = buildOf(SITE);
		const rules: Rule[] = headerRules(join(root, 'build'), STORIES);
		const embeds = ['alpha', 'beta'].flatMap((s) => [
			storyEmbedPath(s),
			stepEmbedPath(s, 'one'),
			oembedPath(s),
			oembedPath(s, 'one')
		]);
		expect(checkRules(rules, [...embeds, EMBED_LOADER_PATH], STORIES)).toEqual([]);
		for (const url of embeds) expect(sent(rules, url, 'cloudflare')['X-Frame-Options'], url).toBeUndefined();
		expect(sent(rules, EMBED_LOADER_PATH, 'cloudflare')['Access-Control-Allow-Origin']).toBe('*');
	});
});

describe("the hosts' patterns", () => {
	it.each([
		['/static/*', '/static/image.jpg', true, true],
		['/static/*', '/static/', true, true],
		['/static/*', '/static', false, true],
		['/s/*', '/still/one/', false, true],
		['/movies/:title', '/movies/jaws', true, true],
		['/movies/:title', '/movies/jaws/2', false, false],
		['/a/talk', '/a/talk/', false, true],
		['/', '/', true, true],
		['/', '/index.html', false, false],
		['/Fonts/*', '/fonts/a.woff2', false, true]
	])('%s against %s: Cloudflare %s, Netlify %s', (pattern, url, cloudflare, netlify) => {
		expect(matches(pattern, url, 'cloudflare')).toBe(cloudflare);
		expect(matches(pattern, url, 'netlify')).toBe(netlify);
	});
});
