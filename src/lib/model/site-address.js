/**
 * The published site's address (`meta.site` in story.yaml, or `npm run publish -- --site`):
 * what a valid one is, which ones `publish` refuses, and how the share tags point at it. Plain
 * JavaScript with JSDoc types, so the build (TypeScript) and publish.mjs (Node) share one rule.
 *
 * Link previews (og:url, og:image) must be absolute URLs; the rest of the site uses relative paths
 * and works at any address.
 */

/**
 * Why `raw` is not a site address (an absolute https:// URL, no query, fragment or credentials),
 * or null when it is one.
 * @param {string} raw
 * @returns {string | null}
 */
export function siteFormProblem(raw) {
	/** @type {URL} */
	let u;
	try {
		u = new URL(raw);
	} catch {
		return `expected an absolute https:// address such as https://stories.example-newsroom.com/, got "${raw}"`;
	}
	if (u.protocol !== 'https:') return `expected an https:// address, got "${raw}"`;
	if (u.search || u.hash || raw.includes('#')) return `the address may not have a query or a fragment, got "${raw}"`;
	if (u.username || u.password) return `the address may not carry a user name or password`;
	return null;
}

/** Host names kept for examples, tests and this machine (RFC 2606, RFC 6761): never a published site. */
const PLACEHOLDER_HOSTS = [
	'example.org',
	'example.com',
	'example.net',
	'example',
	'localhost',
	'test',
	'invalid',
	'local'
];

/**
 * Why `publish` must not point share cards at `raw`, or null when it may: not an address, or a
 * placeholder (example.org/.com/.net and their subdomains, localhost, an IP address of this
 * machine, *.test, *.invalid, *.example, *.local).
 * @param {string | null | undefined} raw
 * @returns {string | null}
 */
export function unpublishableReason(raw) {
	if (raw === null || raw === undefined || raw.trim() === '') return 'no site address is set';
	const form = siteFormProblem(raw);
	if (form) return form;
	const host = new URL(raw).hostname.replace(/\.$/, '').toLowerCase();
	const kept = PLACEHOLDER_HOSTS.find((h) => host === h || host.endsWith(`.${h}`));
	if (kept)
		return `"${raw}" is a placeholder (${kept} is kept for examples and tests), not where the story is published`;
	if (/^127\.|^0\.0\.0\.0$|^\[::1?\]$/.test(host)) return `"${raw}" is this machine, not where the story is published`;
	return null;
}

/**
 * `path` (from the site's root, e.g. "/s/gap/card.png") on the site: absolute when the site is
 * known, else left root-relative (the build without an address; publish makes it absolute).
 * @param {string} path
 * @param {string | null} site
 */
export function onSite(path, site) {
	const rest = path.replace(/^\/+/, '');
	return site === null ? `/${rest}` : new URL(rest, site.endsWith('/') ? site : `${site}/`).href;
}

/** The tags whose value is an address on the site: share tags and the canonical link. */
const SITE_TAG =
	/(<meta\s+(?:property|name)="(?:og:url|og:image|twitter:image)"\s+content="|<link\s+rel="canonical"\s+href=")([^"]*)(")/g;
/** The story's JSON-LD (`article-head.ts`), whose addresses move with the tags. */
const JSON_LD = /(<script type="application\/ld\+json">)([^<]*)(<\/script>)/g;
/** The JSON-LD fields that hold an address on the site (image is a list of them). */
const JSON_LD_ADDRESS = /("(?:@id|url|mainEntityOfPage|image)":\[?")([^"]*)(")/g;

/**
 * A built page's share tags, canonical link and JSON-LD addresses moved from the address it was
 * built with (`from`, null for none: root-relative paths) to `to`.
 * @param {string} html
 * @param {string | null} from
 * @param {string} to
 * @returns {string}
 */
export function rebaseShareTags(html, from, to) {
	const base = from === null ? '/' : onSite('/', from);
	/** @param {string} value */
	const move = (value) => {
		if (!value.startsWith(base))
			throw new Error(
				`a share tag points at "${value}", outside the address the page was built with (${from ?? 'none'})`
			);
		return onSite(value.slice(base.length), to);
	};
	/** @param {string} json */
	const moveJson = (json) =>
		json.replace(JSON_LD_ADDRESS, (all, open, value, close) => `${open}${move(value)}${close}`);
	return html
		.replace(SITE_TAG, (all, open, value, close) => `${open}${move(value)}${close}`)
		.replace(JSON_LD, (all, open, json, close) => `${open}${moveJson(json)}${close}`);
}
