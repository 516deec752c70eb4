/**
 * Build time: makes SvelteKit's start script fetch the page's JavaScript only after the first
 * paint, so nothing but the HTML is fetched before it (the story reads without JavaScript; the
 * code makes it interactive a frame later). Without this the scripts, imported as soon as the
 * parser reaches the end of the body, often arrive and hydrate the page before its first frame,
 * pushing the first paint behind them; and Lighthouse's simulated slow 4G counts every request
 * that ends before the first paint into its first and largest paint.
 *
 * The start script is SvelteKit's one inline script, allowed by its hash in the page's
 * Content-Security-Policy: the hash is replaced with the new script's. A page whose start script
 * does not look as expected is returned unchanged.
 */
import { createHash } from 'node:crypto';

/** `'sha256-...'`, as a CSP source for an inline script. */
export function scriptHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Resolves once the first paint has been shown (the paint timing entry, which comes after the
 * frame is presented, not merely drawn: a timer after the next frame was still early enough for
 * the scripts to finish before the first paint's timestamp); at once in a hidden tab, which
 * paints nothing; after a second at most.
 */
const AFTER_PAINT = `new Promise((r) => {
						if (document.visibilityState === 'hidden') return r();
						setTimeout(r, 1000);
						try {
							new PerformanceObserver((_, o) => (o.disconnect(), r())).observe({ type: 'paint', buffered: true });
						} catch {
							requestAnimationFrame(() => setTimeout(r));
						}
					})`;

export function deferStart(html: string): string {
	const script = /<script>([\s\S]*?)<\/script>/.exec(html);
	if (!script) return html;
	const body = script[1];
	const imports = /Promise\.all\(\[([^\]]*)\]\)/.exec(body);
	if (!imports || !body.includes('kit.start(')) return html;
	const oldHash = scriptHash(body);
	if (!html.includes(oldHash)) return html;
	const deferred = body.replace(imports[0], `${AFTER_PAINT}.then(() => Promise.all([${imports[1]}]))`);
	const start = script.index;
	const end = start + script[0].length;
	return (html.slice(0, start) + `<script>${deferred}</script>` + html.slice(end)).replace(oldHash, scriptHash(deferred));
}
