/**
 * Data handed from the build to a page's script as JSON in a `<script type="application/json">`,
 * which the browser never runs: the reading page's island and the offline talk read theirs this
 * way (JSON.parse starts faster than the same object written as code).
 */

/**
 * A value as JSON safe inside the element: every `<` escaped (JSON allows `\u003c` in strings,
 * the only place it can occur), so no `</script>` or `<!--` in the copy can end or bend it.
 */
export function jsonScript(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The whole element around `jsonScript`'s output, for a page's script to find by its id. */
export function jsonScriptElement(id: string, json: string): string {
	return `<script type="application/json" id="${id}">${json}</script>`;
}

/** Reads the JSON a page carries in the element with this id; null when there is none. */
export function readJsonScript<T>(id: string, doc: Pick<Document, 'getElementById'> = document): T | null {
	const text = doc.getElementById(id)?.textContent;
	return text ? (JSON.parse(text) as T) : null;
}
