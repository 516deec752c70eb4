/**
 * The URL hash mirrors the current step. Pure helpers; the page wires them to the browser.
 */

/** The step id a hash names, or null when it names none of them. */
export function stepIdFromHash(hash: string, ids: readonly string[]): string | null {
	const raw = hash.startsWith('#') ? hash.slice(1) : hash;
	let id: string;
	try {
		id = decodeURIComponent(raw);
	} catch {
		return null;
	}
	return ids.includes(id) ? id : null;
}

/** The hash for a step: "#id". */
export function hashForStep(id: string): string {
	return `#${encodeURIComponent(id)}`;
}
