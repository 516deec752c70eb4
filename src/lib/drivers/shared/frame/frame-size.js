/**
 * The still's page size in CSS pixels for an output size in device pixels. Plain JavaScript with
 * JSDoc types so the exporter (Node) and the page (the in-page download) share one rule.
 *
 * A still is laid out like a page of about 720 CSS px on its short side and then enlarged: a
 * 1920x1080 slide is a 1280x720 page at 1.5x, a 3840x2160 one the same page at 3x. Chart labels
 * are sized in CSS pixels, so laying every still out at its full pixel size would print them tiny
 * on big stills. The zoom is a multiple of 1/4 that divides both sides evenly, so the screenshot
 * has exactly the pixels asked for. Stills smaller than 600 px on a side are laid out on a bigger
 * page and shrunk (a zoom below 1), so their chart keeps its room.
 */

/** The short side of the page a still is laid out on, in CSS px (before the zoom). */
export const DESIGN_SHORT_SIDE = 720;
/** Below this short side (pixels), a still is laid out on a page this big and shrunk to fit. */
export const MIN_LAYOUT_SIDE = 600;

/**
 * @typedef {object} FrameSize
 * @property {number} width CSS px of the page the still is laid out on
 * @property {number} height
 * @property {number} zoom device pixels per CSS pixel at `--scale 1`
 * @property {'landscape' | 'portrait'} shape landscape puts the words beside the chart, portrait under it
 */

/**
 * @param {number} width output width in pixels (at scale 1)
 * @param {number} height output height in pixels
 * @returns {FrameSize}
 */
export function frameSize(width, height) {
	const short = Math.min(width, height);
	// Big stills are enlarged pages; small ones (a thumbnail) are pages shrunk, never cramped.
	const target = short >= MIN_LAYOUT_SIDE ? Math.max(1, short / DESIGN_SHORT_SIDE) : short / MIN_LAYOUT_SIDE;
	let zoom = 1;
	// Quarters from 1/4 up to 8x; the nearest to the target that divides both sides wins.
	for (let q = 1; q <= 32; q++) {
		const z = q / 4;
		const even = (width * 4) % q === 0 && (height * 4) % q === 0;
		if (even && Math.abs(z - target) < Math.abs(zoom - target)) zoom = z;
	}
	return { width: width / zoom, height: height / zoom, zoom, shape: stillShape(width, height) };
}

/**
 * Landscape when clearly wider than tall; squares and portraits put the words under the chart.
 * @param {number} width
 * @param {number} height
 * @returns {'landscape' | 'portrait'}
 */
export function stillShape(width, height) {
	return width / height >= 1.2 ? 'landscape' : 'portrait';
}
