/**
 * The headers a static host sends with each file of a build, written as build/_headers: the file
 * Netlify and Cloudflare Pages read (a path pattern on its own line, then its `Name: value` lines,
 * indented). docs/publishing.md#hosting gives the same rules for nginx and for CloudFront.
 *
 * Each page carries its own content security policy in a meta tag (`kit.csp` in svelte.config.js);
 * these headers say only what a meta policy cannot:
 * - who may frame a page (`frame-ancestors`, which a meta policy ignores): a story's embeds
 *   (`/<slug>/embed/`) the origins of its `meta.embedOn`, or any site; every other path none, with
 *   `X-Frame-Options: DENY` for browsers that predate `frame-ancestors`;
 * - who may read a file from another origin (CORS): the embed loader, the fonts and the hashed
 *   scripts and styles, which an embed needs when a host sandboxes its frame (the embed's origin is
 *   then opaque, and its module scripts and fonts are cross-origin requests);
 * - how long a copy may be kept: a year for the hashed files of `_app/immutable/` (a new build
 *   names new files), and for everything else revalidation on every load, so a correction reaches
 *   readers at once (the host answers an unchanged file with a 304).
 *
 * Both hosts apply every rule whose pattern matches a request. Cloudflare Pages joins a header two
 * of them set with a comma (`frame-ancestors 'none', frame-ancestors https://...` would be two
 * policies, and the stricter wins); Netlify keeps one of the values, and its `/present/*` also
 * reaches `/presenter/`. So no site-wide `/*` rule: every path of the build but the embeds is
 * listed by its own pattern, each story's folders beside its embeds, and `checkRules` proves, for
 * every file of the build on both hosts' matching, that no header comes from two rules on
 * Cloudflare Pages, that the rules reaching one address on Netlify agree, and that an embed gets
 * its story's framing rule alone.
 */
import { readdirSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The file's name, at the build's root. */
export const HEADERS_FILE = '_headers';
/** Hashed files: a new build names new ones, so a copy never goes stale. */
export const CACHE_HASHED = 'public, max-age=31536000, immutable';
/** Every other file: kept, but checked with the host on every load (an unchanged one is a 304). */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';
/** How many rules Cloudflare Pages reads, and how long a line may be there. */
export const CLOUDFLARE_LIMITS = { rules: 100, line: 2000 };

/**
 * The paths of `src/lib/model/site.ts` (TypeScript, which this script cannot import):
 * `storyEmbedPath`'s folder and `EMBED_LOADER_PATH`'s file; headers.test.ts holds them equal.
 */
export const EMBED_FOLDER = 'embed';
export const EMBED_LOADER = 'embed.js';
/** Where SvelteKit writes the hashed files, and where the fonts are served from (`static/fonts/`). */
const APP = '_app';
const HASHED = 'immutable';
const FONTS = 'fonts';

/** @type {[string, string][]} */
const NO_FRAMES = [
	['Content-Security-Policy', "frame-ancestors 'none'"],
	['X-Frame-Options', 'DENY']
];
/** @type {[string, string]} */
const ANY_ORIGIN = ['Access-Control-Allow-Origin', '*'];

/**
 * @typedef {[string, string][]} Headers
 * @typedef {{ path: string, headers: Headers }} Rule
 * @typedef {{ slug: string, embedOn: readonly string[] | null }} EmbedPolicy a story (or an
 *   edition, `<slug>/<lang>`) and the origins that may frame its embeds (null: any)
 */

/**
 * The rules for the build in `buildDir`, from its files and its stories' embed policies.
 * @param {string} buildDir
 * @param {readonly EmbedPolicy[]} stories
 * @returns {Rule[]}
 */
export function headerRules(buildDir, stories) {
	const slugs = new Set(stories.map((s) => s.slug));
	/** @type {Rule[]} */
	const rules = [];
	/** @param {string[]} paths @param {Headers} headers */
	const add = (paths, headers) => paths.forEach((p) => rules.push({ path: p, headers }));
	/** @param {[string, string][]} extra */
	const page = (...extra) => [...NO_FRAMES, ['Cache-Control', CACHE_REVALIDATE], ...extra];

	for (const e of entries(buildDir)) {
		if (e.name === HEADERS_FILE || slugs.has(e.name)) continue;
		if (e.name === APP && e.isDirectory()) {
			add([`/${APP}/${HASHED}/*`], [...NO_FRAMES, ['Cache-Control', CACHE_HASHED], ANY_ORIGIN]);
			for (const c of entries(path.join(buildDir, APP)))
				if (c.name !== HASHED) add(patterns(`/${APP}/`, c.name, c.isDirectory()), page());
		} else if (e.name !== EMBED_LOADER) {
			add(patterns('/', e.name, e.isDirectory()), e.name === FONTS ? page(ANY_ORIGIN) : page());
		}
	}
	// The loader's rule is written whether or not this build has it yet: the host pages name it.
	add([`/${EMBED_LOADER}`], page(ANY_ORIGIN));

	for (const { slug, embedOn } of stories) {
		// An edition's folder (<slug>/<lang>) has rules of its own, its embeds among them.
		const editions = new Set(
			stories.filter((s) => s.slug.startsWith(`${slug}/`)).map((s) => s.slug.slice(slug.length + 1))
		);
		for (const e of entries(path.join(buildDir, slug)))
			if (e.name !== EMBED_FOLDER && !(e.isDirectory() && editions.has(e.name)))
				add(patterns(`/${slug}/`, e.name, e.isDirectory()), page());
		/** @type {Headers} */
		const framing = embedOn ? [['Content-Security-Policy', `frame-ancestors ${embedOn.join(' ')}`]] : [];
		add([`/${slug}/${EMBED_FOLDER}/*`], [...framing, ['Cache-Control', CACHE_REVALIDATE]]);
	}
	return rules;
}

/**
 * The patterns that cover an entry of a folder served at `prefix`: a folder's every path; a file's
 * own path, and for a page the address hosts serve it at too (`index.html` at its folder's,
 * `talk.html` at `talk`, as Cloudflare Pages redirects it and Netlify serves it).
 * @param {string} prefix
 * @param {string} name
 * @param {boolean} folder
 */
function patterns(prefix, name, folder) {
	if (folder) return [`${prefix}${name}/*`];
	if (name === 'index.html') return [prefix, `${prefix}${name}`];
	if (name.endsWith('.html')) return [`${prefix}${name}`, `${prefix}${name.slice(0, -'.html'.length)}`];
	return [`${prefix}${name}`];
}

/** @param {string} dir */
function entries(dir) {
	return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The file's text: a comment, then each rule, a blank line between.
 * @param {readonly Rule[]} rules
 */
export function formatHeaders(rules) {
	const head = [
		'# Written by npm run publish (scripts/publish/headers.mjs) for Netlify and Cloudflare Pages:',
		'# who may frame each page, who may read it from another origin, how long it may be kept.'
	];
	return `${head.join('\n')}\n\n${rules.map((r) => [r.path, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n\n')}\n`;
}

/**
 * Reads a `_headers` text back into rules: a path line (starting with `/`) and its indented
 * `Name: value` lines; comments and blank lines aside. Anything else is an error naming its line.
 * @param {string} text
 * @returns {Rule[]}
 */
export function parseHeaders(text) {
	/** @type {Rule[]} */
	const rules = [];
	text.split('\n').forEach((line, i) => {
		if (line.trim() === '' || line.trimStart().startsWith('#')) return;
		const header = /^\s+([A-Za-z0-9-]+):\s*(\S.*)$/.exec(line);
		if (/^\//.test(line)) rules.push({ path: line.trim(), headers: [] });
		else if (header && rules.length) rules[rules.length - 1].headers.push([header[1], header[2].trim()]);
		else throw new Error(`${HEADERS_FILE}:${i + 1}: neither a path nor an indented "Name: value" line: ${line}`);
	});
	return rules;
}

/**
 * Does the rule pattern `pattern` match the request path `url` on this host? Cloudflare Pages: `*`
 * matches any characters, `:name` one segment, the rest itself. Netlify (its headers parser) is
 * looser: a trailing `/*` matches the bare folder and any name that starts with it (`/s/*`
 * matches `/still/`), and case is ignored.
 * @param {string} pattern
 * @param {string} url
 * @param {'cloudflare' | 'netlify'} host
 */
export function matches(pattern, url, host) {
	const escape = (/** @type {string} */ s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
	if (host === 'cloudflare') {
		const re = pattern
			.split(/(\*|:[A-Za-z]\w*)/)
			.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escape(part)))
			.join('');
		return new RegExp(`^${re}$`).test(url);
	}
	const parts = pattern
		.split('/')
		.filter(Boolean)
		.map((p) => (p.startsWith(':') ? '([^/]+)' : p === '*' ? '?(.*)' : escape(p).replaceAll('*', '(.*)')));
	return new RegExp(`^/${parts.join('/')}/?$`, 'iu').test(url);
}

/**
 * What a request for `url` is sent on this host: every header of every matching rule, each name
 * with the values the rules give it, in order.
 * @param {readonly Rule[]} rules
 * @param {string} url
 * @param {'cloudflare' | 'netlify'} host
 * @returns {Map<string, string[]>}
 */
export function headersFor(rules, url, host) {
	/** @type {Map<string, string[]>} */
	const out = new Map();
	for (const r of rules)
		if (matches(r.path, url, host))
			for (const [name, value] of r.headers) out.set(name, [...(out.get(name) ?? []), value]);
	return out;
}

/**
 * The addresses a build serves: every file's path, a page also at its folder's address (or
 * without `.html`), and each story's embeds, whether or not this build has them yet.
 * @param {string} buildDir
 * @param {readonly EmbedPolicy[]} stories
 */
export function servedPaths(buildDir, stories) {
	/** @type {string[]} */
	const out = [];
	for (const e of readdirSync(buildDir, { recursive: true, withFileTypes: true })) {
		if (!e.isFile() || e.name === HEADERS_FILE) continue;
		const rel = path.relative(buildDir, path.join(e.parentPath, e.name)).split(path.sep).join('/');
		out.push(`/${rel}`);
		if (e.name === 'index.html') out.push(`/${rel.slice(0, -e.name.length)}`);
		else if (e.name.endsWith('.html')) out.push(`/${rel.slice(0, -'.html'.length)}`);
	}
	for (const { slug } of stories)
		out.push(`/${slug}/${EMBED_FOLDER}/`, `/${slug}/${EMBED_FOLDER}/a-step/`, `/${slug}/${EMBED_FOLDER}/oembed.json`);
	return [...new Set(out)].sort();
}

/**
 * What is wrong with these rules for these addresses, in words: an address no rule covers, a
 * header two rules set (sent twice on Cloudflare Pages), rules that disagree on a header (Netlify
 * keeps one of them), an embed framed otherwise than its story says.
 * @param {readonly Rule[]} rules
 * @param {readonly string[]} urls
 * @param {readonly EmbedPolicy[]} stories
 * @returns {string[]}
 */
export function checkRules(rules, urls, stories) {
	/** @type {string[]} */
	const problems = [];
	for (const url of urls) {
		const story = stories.find((s) => url.startsWith(`/${s.slug}/${EMBED_FOLDER}/`));
		const framing = story?.embedOn ? [`frame-ancestors ${story.embedOn.join(' ')}`] : undefined;
		for (const host of /** @type {const} */ (['cloudflare', 'netlify'])) {
			const sent = headersFor(rules, url, host);
			if (!sent.has('Cache-Control')) problems.push(`${url}: no rule covers it on ${host}`);
			for (const [name, values] of sent) {
				if (host === 'cloudflare' && values.length > 1)
					problems.push(`${url}: ${name} comes from ${values.length} rules on Cloudflare Pages`);
				if (new Set(values).size > 1) problems.push(`${url}: the rules disagree on ${name} on ${host}`);
			}
			if (story && (sent.has('X-Frame-Options') || `${sent.get('Content-Security-Policy')}` !== `${framing}`))
				problems.push(`${url}: an embed of ${story.slug} is framed otherwise than its meta.embedOn says on ${host}`);
		}
	}
	return problems;
}

/**
 * Writes build/_headers for the build at `root`, after checking its rules against every file of
 * the build; returns the rules and what a host's limits would refuse.
 * @param {string} root
 * @param {readonly EmbedPolicy[]} stories
 * @returns {Promise<{ file: string, rules: Rule[], warnings: string[] }>}
 */
export async function writeHeaders(root, stories) {
	const buildDir = path.join(root, 'build');
	const rules = headerRules(buildDir, stories);
	const problems = checkRules(rules, servedPaths(buildDir, stories), stories);
	if (problems.length) throw new Error(`${HEADERS_FILE}: the rules would be wrong:\n${problems.join('\n')}`);
	const text = formatHeaders(rules);
	const file = path.join(buildDir, HEADERS_FILE);
	await writeFile(`${file}.publish`, text);
	await rename(`${file}.publish`, file);
	return { file, rules, warnings: limitWarnings(rules, text) };
}

/**
 * What Cloudflare Pages would not read of this file: rules past its hundredth, lines too long.
 * @param {readonly Rule[]} rules
 * @param {string} text
 */
export function limitWarnings(rules, text) {
	const warnings = [];
	if (rules.length > CLOUDFLARE_LIMITS.rules)
		warnings.push(
			`${HEADERS_FILE} has ${rules.length} rules; Cloudflare Pages reads ${CLOUDFLARE_LIMITS.rules}: publish fewer stories per site (--story), or serve it with nginx or CloudFront (docs/publishing.md#hosting)`
		);
	const long = text.split('\n').filter((l) => l.length > CLOUDFLARE_LIMITS.line);
	if (long.length)
		warnings.push(
			`${HEADERS_FILE} has ${long.length} line(s) over ${CLOUDFLARE_LIMITS.line} characters, which Cloudflare Pages refuses: list fewer origins in meta.embedOn`
		);
	return warnings;
}
