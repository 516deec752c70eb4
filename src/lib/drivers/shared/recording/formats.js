/**
 * The clip formats and what each allows: shared by the exporter's options (scripts/clips/args.mjs)
 * and the page that records.
 */

/** @typedef {'mp4' | 'webm' | 'gif'} ClipFormat */

/** @type {readonly ClipFormat[]} */
export const CLIP_FORMATS = ['mp4', 'webm', 'gif'];
export const CLIP_FPS = [30, 60];
/** A GIF's default width at most, in pixels (a chat app's inline picture). */
export const GIF_MAX_WIDTH = 800;

/**
 * A GIF's pixel size for a clip laid out at `width`x`height`: at most GIF_MAX_WIDTH wide, the same
 * shape, even sides.
 * @param {number} width
 * @param {number} height
 */
export function gifSize(width, height) {
	if (width <= GIF_MAX_WIDTH) return { width, height };
	const scale = GIF_MAX_WIDTH / width;
	return { width: GIF_MAX_WIDTH, height: Math.round((height * scale) / 2) * 2 };
}
