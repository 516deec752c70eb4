/**
 * What a source's address must be: an https:// address of the item it cites, not a site's or a
 * repository's front page.
 */

/** Is this an absolute https:// address? */
export function isHttpsUrl(raw: string): boolean {
	if (!/^https:\/\/\S+$/.test(raw)) return false;
	try {
		const u = new URL(raw);
		return u.protocol === 'https:' && u.hostname.includes('.');
	} catch {
		return false;
	}
}

/**
 * Is this address a site's front page (no path beyond "/", no query)? A source must link the item
 * it cites, so a reader can check the figure; a front page proves nothing.
 */
export function isSiteRoot(raw: string): boolean {
	try {
		const u = new URL(raw);
		return (u.pathname === '' || u.pathname === '/') && u.search === '' && u.hash === '';
	} catch {
		return false;
	}
}

/** Code hosts whose `/owner/name` address is a repository's front page, not a file in it. */
const CODE_HOSTS = ['github.com', 'gitlab.com', 'codeberg.org', 'bitbucket.org'];

/**
 * Is this address a repository's (or an account's) front page on a code host, such as
 * https://github.com/owner/repo? Like a site's front page it proves nothing: the file changes
 * with every commit, so a source links the file at the commit its figure was read from.
 */
export function isRepoRoot(raw: string): boolean {
	try {
		const u = new URL(raw);
		const parts = u.pathname.split('/').filter(Boolean);
		return (
			CODE_HOSTS.includes(u.hostname.replace(/^www\./, '')) && parts.length >= 1 && parts.length <= 2 && u.search === ''
		);
	} catch {
		return false;
	}
}

/**
 * Why `raw` is not an origin a story's embeds may be framed by (`meta.embedOn`), or null. It is
 * written into a `frame-ancestors` source list as it stands, so it is an https:// origin alone:
 * scheme, host and port, no path, no trailing slash, and no wildcard but a leading `*.` for every
 * subdomain (`https://*.example-news.com`), the one CSP offers for a host.
 */
export function embedOriginProblem(raw: string): string | null {
	const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/i.exec(raw);
	if (!m) return `expected an origin such as https://www.example-news.com, got "${raw}"`;
	const [, scheme, authority, rest] = m;
	if (scheme.toLowerCase() !== 'https') return `expected an https:// origin, got "${raw}"`;
	if (rest === '/') return `"${raw}" ends with a slash: an origin has none; write https://${authority}`;
	if (rest !== '')
		return `"${raw}" has a path, query or fragment: an origin is the scheme and host alone; write https://${authority}`;
	if (authority.includes('@')) return `"${raw}" carries a user name: an origin is the scheme and host alone`;
	const host = /^(\*\.)?([a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::(\d{1,5}))?$/i.exec(authority);
	if (!host || host[2].split('.').some((label) => !/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i.test(label))) {
		return authority.includes('*')
			? `"${raw}": a wildcard may only stand for the subdomains, written first (https://*.example-news.com)`
			: `"${raw}" is not an https:// origin with a host name such as www.example-news.com`;
	}
	if (!host[2].includes('.'))
		return host[1]
			? `"${raw}": a wildcard over a whole top-level domain would let nearly any site embed the story`
			: `"${raw}" is not a public host name (it has no dot)`;
	const port = host[3] === undefined ? null : Number(host[3]);
	if (port !== null && (port < 1 || port > 65535)) return `"${raw}": the port must be from 1 to 65535`;
	return null;
}
