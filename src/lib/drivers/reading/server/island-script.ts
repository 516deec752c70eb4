/**
 * Build time: the one inline script of a page with an island, which imports the island's module
 * only after the first paint, so nothing but the HTML is fetched before it (the story reads
 * without JavaScript; the code makes it interactive a frame later). A module script in the HTML
 * would be fetched as soon as the parser met it, and Lighthouse's simulated slow 4G counts every
 * request that ends before the first paint into its first and largest paint.
 *
 * The page's Content-Security-Policy allows the script by its hash.
 */
import { createHash } from 'node:crypto';

/** `'sha256-...'`, as a CSP source for an inline script. */
export function scriptHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Resolves once the first contentful paint has been shown (its paint timing entry, which comes
 * after the frame is presented, not merely drawn: a timer after the next frame was still early
 * enough for the scripts to finish before the paint's timestamp; and not the first paint, which
 * can be the background alone, tens of ms before the words); at once in a hidden tab, which
 * paints nothing; after a second at most.
 */
const AFTER_PAINT = `new Promise((r) => {
	if (document.visibilityState === 'hidden') return r();
	setTimeout(r, 1000);
	try {
		new PerformanceObserver((list, o) => {
			if (list.getEntriesByName('first-contentful-paint').length) (o.disconnect(), r());
		}).observe({ type: 'paint', buffered: true });
	} catch {
		requestAnimationFrame(() => setTimeout(r));
	}
})`;

/** The inline script that imports `url` after the first paint. */
export function islandScript(url: string): string {
	return `${AFTER_PAINT}.then(() => import(${JSON.stringify(url)}));`;
}

const POLICY = /(<meta http-equiv="content-security-policy" content="[^"]*?script-src 'self')/;

/**
 * Adds `code` as an inline script right after the page's policy (in the head, so it runs before
 * the first paint), with its hash in the policy; throws, as `addIsland` does, when the page has
 * no policy.
 */
export function addHeadScript(html: string, code: string): string {
	const policy = POLICY.exec(html);
	if (!policy) throw new Error("addHeadScript: the page has no Content-Security-Policy meta with script-src 'self'");
	const withHash = html.replace(policy[1], `${policy[1]} ${scriptHash(code)}`);
	const end = withHash.indexOf('>', policy.index) + 1;
	return `${withHash.slice(0, end)}<script>${code}</script>${withHash.slice(end)}`;
}

export interface IslandOptions {
	/** The island's data, as a JSON script (`dataScript`), written before its script. */
	data?: string;
	/** In dev the policy is a response header, and Vite serves the module: a plain module script. */
	dev?: boolean;
	/** The inline script itself, instead of one that imports `url` (a page's script of its own). */
	script?: string;
}

/**
 * Adds the island's data and script at the end of the body, and the script's hash to the page's
 * policy (a prerendered page carries it in a meta element). Throws when the page has no such
 * policy: the script would be refused, and the page left without its code.
 */
export function addIsland(
	html: string,
	url: string,
	{ data = '', dev = false, script: own }: IslandOptions = {}
): string {
	const end = html.lastIndexOf('</body>');
	if (end < 0) throw new Error('addIsland: the page has no </body>');
	if (dev) {
		const tag = own ? `<script>${own}</script>` : `<script type="module" src="${url}"></script>`;
		return `${html.slice(0, end)}${data}${tag}${html.slice(end)}`;
	}
	const script = own ?? islandScript(url);
	const policy = POLICY.exec(html);
	if (!policy) throw new Error("addIsland: the page has no Content-Security-Policy meta with script-src 'self'");
	const withHash = html.replace(policy[1], `${policy[1]} ${scriptHash(script)}`);
	const at = withHash.lastIndexOf('</body>');
	return `${withHash.slice(0, at)}${data}<script>${script}</script>${withHash.slice(at)}`;
}
