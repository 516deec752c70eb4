/**
 * A clip's timeline, shared by the exporter (Node, scripts/clips.mjs and scripts/clips/) and the page that records
 * (src/lib/drivers/shared/recording/record.svelte.ts): plain JavaScript with JSDoc types, like frame-size.js.
 *
 * A step's clip shows the previous step's chart for LEAD_MS, the step's own move (MOVE_MS: the
 * longest tween is 650 ms, the chart cross-fade 500 ms), then holds the final state; the first
 * step holds only. The whole talk shows each step for its planned seconds. Every change of step
 * falls on a frame, so frame k (at k / fps seconds) is the same picture in every run.
 */

/** The previous step's picture before the change, in ms. */
export const LEAD_MS = 500;
/** Room for the step's move, in ms: every tween and fade has ended by then. */
export const MOVE_MS = 1000;
/** Default hold on the final state, in seconds. */
export const DEFAULT_HOLD_S = 3;

/**
 * @typedef {object} Change
 * @property {number} frame the first frame that shows this step (the change happens at its time)
 * @property {number} index the step's place in the list of steps the clip draws
 *
 * @typedef {object} Timeline
 * @property {number} fps
 * @property {number} frames how many frames the video has
 * @property {Change[]} changes in order; the first is at frame 0
 */

/**
 * One step's clip: `from` (the previous step, or null for the first) then `to`.
 * @param {boolean} hasPrevious
 * @param {number} holdS seconds on the final state
 * @param {number} fps
 * @returns {Timeline}
 */
export function stepTimeline(hasPrevious, holdS, fps) {
	const hold = framesOf(holdS * 1000, fps);
	if (!hasPrevious) return { fps, frames: hold, changes: [{ frame: 0, index: 0 }] };
	const lead = framesOf(LEAD_MS, fps);
	return {
		fps,
		frames: lead + framesOf(MOVE_MS, fps) + hold,
		changes: [
			{ frame: 0, index: 0 },
			{ frame: lead, index: 1 }
		]
	};
}

/**
 * The whole talk: each step for its seconds, each change on the frame nearest its planned time
 * (so rounding never adds up over a long talk).
 * @param {readonly number[]} seconds each step's time on screen
 * @param {number} fps
 * @returns {Timeline}
 */
export function wholeTimeline(seconds, fps) {
	/** @type {Change[]} */
	const changes = [];
	let at = 0;
	seconds.forEach((s, index) => {
		changes.push({ frame: framesOf(at * 1000, fps), index });
		at += s;
	});
	return { fps, frames: framesOf(at * 1000, fps), changes };
}

/**
 * Frames in `ms` at `fps`, to the nearest frame.
 * @param {number} ms
 * @param {number} fps
 */
export function framesOf(ms, fps) {
	return Math.round((ms * fps) / 1000);
}

/**
 * Seconds at frame `frame`.
 * @param {number} frame
 * @param {number} fps
 */
export function frameTime(frame, fps) {
	return frame / fps;
}
