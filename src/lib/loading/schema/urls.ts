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
