/**
 * An embed's reserved heights: how tall its iframe is at each width, measured by `npm run publish`
 * (`scripts/publish/embeds.mjs`) and written into the embed code, so the host page keeps the room
 * from its first layout and nothing below the embed moves when it loads. Plain JavaScript with
 * JSDoc types: the build (the embed code, the oEmbed JSON) and publish.mjs (its rewrite of the
 * built JSON) share one rule.
 */

/** The iframe widths publish measures: common phones, then the columns of article pages. */
export const MEASURED_WIDTHS = /** @type {const} */ ([320, 375, 414, 480, 600, 720]);

/**
 * A height per width (`{ "320": 812, "600": 700 }`), in pixels.
 * @typedef {Readonly<Record<string, number>>} HeightTable
 */

/**
 * The table's pairs that are whole positive numbers, by width.
 * @param {HeightTable | null | undefined} table
 * @returns {[number, number][]}
 */
function pairs(table) {
	return Object.entries(table ?? {})
		.map(([w, h]) => /** @type {[number, number]} */ ([Number(w), Math.ceil(h)]))
		.filter(([w, h]) => Number.isInteger(w) && w > 0 && Number.isFinite(h) && h > 0)
		.sort((a, b) => a[0] - b[0]);
}

/**
 * The loader's `data-heights` value (`"320:812,600:700"`), or null for an empty table.
 * @param {HeightTable | null | undefined} table
 * @returns {string | null}
 */
export function heightsAttribute(table) {
	const all = pairs(table);
	return all.length ? all.map(([w, h]) => `${w}:${h}`).join(',') : null;
}

/**
 * The height the iframe's own style reserves, before the loader picks one for its width, and for
 * good where no script runs: the table's tallest (its narrowest width's, as a rule), so no reader
 * ever gets a frame cut short; else `fallback`.
 * @param {HeightTable | null | undefined} table
 * @param {number} fallback
 * @returns {number}
 */
export function reservedHeight(table, fallback) {
	const all = pairs(table);
	return all.length ? Math.max(...all.map(([, h]) => h)) : fallback;
}

/**
 * The height at `width`, as the loader picks it: the widest measured width not above it (the
 * narrowest when all are above); else `fallback`.
 * @param {HeightTable | null | undefined} table
 * @param {number} width
 * @param {number} fallback
 * @returns {number}
 */
export function heightAt(table, width, fallback) {
	const all = pairs(table);
	if (!all.length) return fallback;
	const fit = all.filter(([w]) => w <= width);
	return (fit.length ? fit[fit.length - 1] : all[0])[1];
}

/** Our iframe's opening tag, as `embed-code.ts` writes it. */
const IFRAME = /<iframe\b[^>]*>/g;

/**
 * `html` (embed code) with each iframe's reserved height and `data-heights` set from `table`,
 * exactly as the embed code would be written with it; an empty table leaves the code as it is.
 * @param {string} html
 * @param {HeightTable | null | undefined} table
 * @returns {string}
 */
export function withHeights(html, table) {
	const attr = heightsAttribute(table);
	if (!attr) return html;
	const height = reservedHeight(table, 0);
	return html.replace(IFRAME, (tag) =>
		tag
			.replace(/ data-heights="[^"]*"/, '')
			.replace(/(style="[^"]*height:)\d+(px")/, `$1${height}$2`)
			.replace(/(style="[^"]*")/, `$1 data-heights="${attr}"`)
	);
}
