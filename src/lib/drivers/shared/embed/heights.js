/**
 * An embed's reserved heights: how tall its iframe is at each width, measured by `npm run publish`
 * (`scripts/publish/embeds.mjs`) and written into the embed code, so the host page keeps the room
 * from its first layout and nothing below the embed moves when it loads. Plain JavaScript with
 * JSDoc types: the build (the embed code, the oEmbed JSON) and publish.mjs (its rewrite of the
 * built JSON) share one rule.
 */

/** The widths every table holds: common phones' screens, then the columns of article pages. */
export const MEASURED_WIDTHS = [320, 375, 414, 480, 600, 720];

/**
 * A step embed's widths: those, and one every 16 px between and below (a 320 px phone's column is
 * narrower than its screen). Its height changes with its width all
 * along (a line of words wraps, a chart keeps its proportions), and the loader reserves a pair's
 * height for every width up to the next pair's: a coarse table would leave the host page a jump
 * in view when the frame's own height arrives. The story embed, thousands of pixels tall, reports
 * its height long before the reader reaches what follows it: the named widths do.
 */
export const STEP_WIDTHS = [
	...new Set([...MEASURED_WIDTHS, ...Array.from({ length: (720 - 288) / 16 + 1 }, (_, i) => 288 + i * 16)])
].sort((a, b) => a - b);

/**
 * A pair is written into the embed code only when its height differs by more than this from the
 * one before: the code stays short, and no reserved height is further than this from a measured one.
 */
const TOLERANCE = 4;

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
 * The loader's `data-heights` value (`"320:812,600:700"`): the table's pairs by width, less those
 * within `TOLERANCE` of the pair kept before; null for an empty table.
 * @param {HeightTable | null | undefined} table
 * @returns {string | null}
 */
export function heightsAttribute(table) {
	/** @type {[number, number][]} */
	const kept = [];
	for (const [w, h] of pairs(table)) {
		const last = kept.at(-1);
		if (!last || Math.abs(h - last[1]) > TOLERANCE) kept.push([w, h]);
	}
	return kept.length ? kept.map(([w, h]) => `${w}:${h}`).join(',') : null;
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

/** The custom property the iframe's height reads, set per width by `heightRules()`. */
export const HEIGHT_PROPERTY = '--embed-height';

/**
 * The embed code's style rules: the height for each width, by container queries on the iframe's
 * wrapper (`container-type:inline-size`, as wide as the iframe). The host page lays the frame out
 * at its height from its first paint, with no script: the loader (`async`) runs after it, and a
 * frame sized only then moves whatever follows it on the screen. Empty for an empty table.
 * @param {string} id  the iframe's id
 * @param {HeightTable | null | undefined} table
 * @returns {string}
 */
export function heightRules(id, table) {
	const attr = heightsAttribute(table);
	if (!attr || !/^[\w-]+$/.test(id)) return '';
	const pairs = attr.split(',').map((pair) => pair.split(':'));
	// Narrower than the narrowest measured, the narrowest's height is the nearest known.
	const base = `#${id}{${HEIGHT_PROPERTY}:${pairs[0][1]}px}`;
	return base + pairs.map(([w, h]) => `@container (min-width:${w}px){#${id}{${HEIGHT_PROPERTY}:${h}px}}`).join('');
}

/** Our iframe in its wrapper, as `embed-code.ts` writes it, with its style rules if any. */
const FRAME = /(<div style="container-type:inline-size">)(?:<style>[^<]*<\/style>)?(<iframe\b[^>]*>)/g;

/**
 * `html` (embed code) with each iframe's reserved heights set from `table` (its style rules, its
 * height before them, its `data-heights`), exactly as the embed code would be written with it;
 * an empty table leaves the code as it is.
 * @param {string} html
 * @param {HeightTable | null | undefined} table
 * @returns {string}
 */
export function withHeights(html, table) {
	const attr = heightsAttribute(table);
	if (!attr) return html;
	const height = reservedHeight(table, 0);
	return html.replace(FRAME, (all, open, tag) => {
		const id = /\sid="([^"]*)"/.exec(tag)?.[1] ?? '';
		const rules = heightRules(id, table);
		const frame = tag
			.replace(/ data-heights="[^"]*"/, '')
			.replace(/(height:var\(--embed-height,)\d+(px\))/, `$1${height}$2`)
			.replace(/(style="[^"]*")/, `$1 data-heights="${attr}"`);
		return `${open}${rules ? `<style>${rules}</style>` : ''}${frame}`;
	});
}
