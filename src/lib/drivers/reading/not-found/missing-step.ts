/**
 * The site's "not found" page (`/404.html`, which static hosts serve for any missing path) names
 * what is missing where it can: an embed of a step the story does not have (an old embed code, a
 * step renamed, a typo) says so and links the story and its embed. The page lists every story
 * without this; the script, run by the page after its list, only makes the message precise.
 */

/** A story or an edition as the page lists it (`[data-story]`: `<slug>` or `<slug>/<lang>`), under `base`. */
interface Asked {
	base: string;
	slug: string;
}

/**
 * What a path asks for, when it is an embed's: the story's slug and the step's id, and, for an
 * address one folder deeper, the edition it would be (`/<slug>/<lang>/embed/<step>/`).
 */
export function missingStep(pathname: string): (Asked & { step: string; edition?: Asked }) | null {
	// Self-contained (no name from outside): the page runs its source as its script.
	const m = /^(.*)\/([^/]+)\/embed\/([^/]+)\/?(?:index\.html)?$/.exec(pathname);
	if (!m || m[3] === 'oembed.json') return null;
	let step = m[3];
	try {
		step = decodeURIComponent(step);
	} catch {
		// A malformed escape: shown as it was typed.
	}
	const up = /^(.*)\/([^/]+)$/.exec(m[1]);
	return { base: m[1], slug: m[2], step, ...(up ? { edition: { base: up[1], slug: `${up[2]}/${m[2]}` } } : {}) };
}

/** Fills the page's message for a missing step of a story or an edition the page lists (`[data-story]`). */
export function explainMissing(doc: Document, pathname: string, find: typeof missingStep): void {
	const asked = find(pathname);
	if (!asked) return;
	const listed = (a: Asked) => doc.querySelector<HTMLElement>(`[data-story="${CSS.escape(a.slug)}"]`);
	const edition = asked.edition && listed(asked.edition);
	const where = edition ? asked.edition! : asked;
	const story = edition || listed(asked);
	const message = doc.getElementById('missing');
	if (!story || !message) return;
	const title = story.dataset.title ?? where.slug;
	message.textContent = `“${title}” has no step “${asked.step}”: the embed code may be out of date. `;
	const link = doc.createElement('a');
	link.href = `${where.base}/${where.slug}/`;
	link.textContent = `Read “${title}”`;
	message.append(link, '.');
	message.hidden = false;
}

/** The page's script: both functions' own source, run at the end of its body. */
export function notFoundScript(): string {
	return `(${String(explainMissing)})(document, location.pathname, ${String(missingStep)});`;
}
