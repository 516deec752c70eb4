/**
 * Which folder names can name a story: a story's folder name is its address (`/<slug>/`). Plain
 * JavaScript with JSDoc types, so the build (stories.server.ts) and `npm run new-story` (Node)
 * share one rule.
 */

/** A URL segment: lowercase letters, digits and dashes (`_app` and `stories.json` fail it). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Folders the site already has at its root (static/fonts): never a story's address. */
const RESERVED = ['fonts'];

/**
 * Why `slug` cannot name a story, or null when it can.
 * @param {string} slug
 * @returns {string | null}
 */
export function slugProblem(slug) {
	if (SLUG.test(slug) && !RESERVED.includes(slug)) return null;
	return `"${slug}" cannot name a story: a story's folder name is its address (/${slug}/), so it must be lowercase letters, digits and dashes, and not one of ${RESERVED.join(', ')}`;
}
