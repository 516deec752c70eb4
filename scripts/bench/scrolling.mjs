/**
 * Where the scroll and wheel sections move the page, pure (scripts/bench/scrolling.test.ts).
 */

/**
 * The scroll offset that puts an element's top just past a trigger line.
 * @param {object} o
 * @param {number} o.elementTop the element's top in document px
 * @param {number} o.viewportHeight
 * @param {number} o.offset the trigger line as a fraction of the viewport height
 * @param {number} o.maxScroll the largest scrollY the page allows
 * @param {number} [o.past] how far past the line (px)
 * @returns {number}
 */
export function scrollTargetFor({ elementTop, viewportHeight, offset, maxScroll, past = 8 }) {
	const line = viewportHeight * Math.min(1, Math.max(0, offset));
	return Math.round(Math.min(maxScroll, Math.max(0, elementTop - line + past)));
}

/**
 * How many wheel notches of `delta` px take the page from the top to the bottom, plus `extra`
 * (the last ones keep scrolling while the page reaches its end, as a reader's wheel would).
 * @param {{ maxScroll: number, delta: number, extra?: number }} o
 * @returns {number}
 */
export function wheelNotches({ maxScroll, delta, extra = 5 }) {
	if (!(delta > 0)) throw new Error('wheelNotches: delta must be positive');
	return Math.max(0, Math.ceil(Math.max(0, maxScroll) / delta)) + extra;
}
