/**
 * The site's "not found" page (`/404.html`, which static hosts serve for any missing path) names
 * what is missing where it can: an embed of a step the story does not have (an old embed code, a
 * step renamed, a typo) says so and links the story and its embed. The page lists every story
 * without this; the script, run by the page after its list, only makes the message precise.
 */

/** What a path asks for, when it is an embed's: the story's slug and the step's id. */
export function missingStep(pathname: string): { base: string; slug: string; step: string } | null {
	// Self-contained (no name from outside): the page runs its source as its script.
	const m = /^(.*)\/([^/]+)\/embed\/([^/]+)\/?(?:index\.html)?$/.exec(pathname);
	if (!m || m[3] === 'oembed.json') return null;
	let step = m[3];
	try {
		step = decodeURIComponent(step);
	} catch {
		// A malformed escape: shown as it was typed.
	}
	return { base: m[1], slug: m[2], step };
}

/** Fills the page's message for a missing step of a story the page lists (`[data-story]`). */
export function explainMissing(doc: Document, pathname: string, find: typeof missingStep): void {
	const asked = find(pathname);
	const story = asked && doc.querySelector<HTMLElement>(`[data-story="${CSS.escape(asked.slug)}"]`);
	const message = doc.getElementById('missing');
	if (!asked || !story || !message) return;
	const title = story.dataset.title ?? asked.slug;
	message.textContent = `“${title}” has no step “${asked.step}”: the embed code may be out of date. `;
	const link = doc.createElement('a');
	link.href = `${asked.base}/${asked.slug}/`;
	link.textContent = `Read “${title}”`;
	message.append(link, '.');
	message.hidden = false;
}

/** The page's script: both functions' own source, run at the end of its body. */
export function notFoundScript(): string {
	return `(${String(explainMissing)})(document, location.pathname, ${String(missingStep)});`;
}
