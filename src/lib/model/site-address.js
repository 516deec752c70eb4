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

/** IPv4 ranges of private networks (RFC 1918, link-local, carrier-grade NAT): [first address, prefix length]. */
const PRIVATE_V4 = /** @type {const} */ ([
	['10.0.0.0', 8],
	['172.16.0.0', 12],
	['192.168.0.0', 16],
	['169.254.0.0', 16],
	['100.64.0.0', 10]
]);

/**
 * Names that only resolve inside a network (RFC 8375's home.arpa, ICANN's names kept from the
 * root for private use): an address there is no public site.
 */
const PRIVATE_NAMES = ['internal', 'lan', 'home.arpa', 'home', 'corp', 'intranet', 'private', 'localdomain'];

/**
 * An IPv4 address as a number, or null; an IPv4 address mapped into IPv6 (`::ffff:c0a8:10a`,
 * as URL writes `::ffff:192.168.1.10`) counts as the IPv4 address.
 * @param {string} host
 * @returns {number | null}
 */
function ipv4(host) {
	const dotted = /^(?:\[::ffff:)?(\d+)\.(\d+)\.(\d+)\.(\d+)\]?$/.exec(host);
	if (dotted) return dotted.slice(1).reduce((n, part) => n * 256 + Number(part), 0);
	const mapped = /^\[::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/.exec(host);
	return mapped ? parseInt(mapped[1], 16) * 65536 + parseInt(mapped[2], 16) : null;
}

/**
 * The private network `host` (lowercase, as URL gives it) belongs to, in words, or null.
 * @param {string} host
 * @returns {string | null}
 */
function privateNetwork(host) {
	const v4 = ipv4(host);
	if (v4 !== null) {
		for (const [first, bits] of PRIVATE_V4) {
			const size = 2 ** (32 - bits);
			if (Math.floor(v4 / size) === Math.floor(/** @type {number} */ (ipv4(first)) / size)) return `${first}/${bits}`;
		}
		return null;
	}
	const v6 = /^\[([0-9a-f]{1,4}):/.exec(host);
	if (v6) {
		const head = parseInt(v6[1], 16);
		if ((head & 0xfe00) === 0xfc00) return 'fc00::/7';
		if ((head & 0xffc0) === 0xfe80) return 'fe80::/10';
		return null;
	}
	if (host.startsWith('[')) return null;
	const name = PRIVATE_NAMES.find((n) => host === n || host.endsWith(`.${n}`));
	if (name) return `.${name}`;
	return host.includes('.') ? null : 'a name without a dot';
}

/**
 * Why `publish` must not point share cards at `raw`, or null when it may: not an address, a
 * placeholder (example.org/.com/.net and their subdomains, localhost, an IP address of this
 * machine, *.test, *.invalid, *.example, *.local), or a private network's address (10/8,
 * 172.16/12, 192.168/16, 169.254/16, 100.64/10, fc00::/7, fe80::/10, *.internal, *.lan,
 * *.home.arpa, *.corp...): a link preview there would reach no reader outside it.
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
	const network = privateNetwork(host);
	if (network)
		return `"${raw}" is on a private network (${network}): readers outside it cannot open the story or its share cards, so it is not where the story is published`;
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

/**
 * Moves an address on the site from the address a page was built with (`from`, null for none:
 * root-relative paths) to `to`; throws on an address outside it.
 * @param {string | null} from
 * @param {string} to
 * @returns {(value: string) => string}
 */
export function mover(from, to) {
	const base = from === null ? '/' : onSite('/', from);
	return (value) => {
		if (!value.startsWith(base))
			throw new Error(
				`a share tag points at "${value}", outside the address the page was built with (${from ?? 'none'})`
			);
		return onSite(value.slice(base.length), to);
	};
}

/** The tags whose value is an address on the site: share tags, the canonical and language links, the oEmbed link. */
const SITE_TAG =
	/(<meta\s+(?:property|name)="(?:og:url|og:image|twitter:image)"\s+content="|<link\s+rel="(?:canonical|alternate"\s+type="application\/json\+oembed|alternate"\s+hreflang="[^"]*)"\s+href=")([^"]*)(")/g;
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
	const move = mover(from, to);
	/** @param {string} json */
	const moveJson = (json) =>
		json.replace(JSON_LD_ADDRESS, (all, open, value, close) => `${open}${move(value)}${close}`);
	return html
		.replace(SITE_TAG, (all, open, value, close) => `${open}${move(value)}${close}`)
		.replace(JSON_LD, (all, open, json, close) => `${open}${moveJson(json)}${close}`);
}
