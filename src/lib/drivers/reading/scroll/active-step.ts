/**
 * Which step is current, from where the steps are now.
 *
 * scrollama's enter/exit events can be skipped by a fling, the End key or a jump; after scrolling
 * settles we re-derive the step from geometry alone, so the chart can never be left stale.
 */

export interface StepBox {
	top: number;
	bottom: number;
}

/**
 * The current step is the last one whose top has crossed the trigger line (a y in viewport px);
 * once the last has crossed, it stays current. Returns -1 while no step has crossed yet (the
 * reader is still above the story), which callers show as the first step.
 */
export function activeStepIndex(boxes: readonly StepBox[], line: number): number {
	let active = -1;
	for (let i = 0; i < boxes.length; i++) {
		if (boxes[i].top <= line) active = i;
		else break;
	}
	return active;
}

/** The trigger line for an offset given as a fraction of the viewport height. */
export function triggerLine(viewportHeight: number, offset: number): number {
	return viewportHeight * Math.min(1, Math.max(0, offset));
}

/** Where the page was scrolled to (`y`, px) at a time (`t`, ms): one per scroll event. */
export interface ScrollSample {
	t: number;
	y: number;
}

/**
 * How fast the page scrolls now, in px per ms, from the scroll events of the last `windowMs`.
 * A scroll event reports the movement of one frame, so the time between two events counts for
 * at most `frameMs`: the first event after a pause (or after a busy main thread) measures the
 * speed of its own frame, not the pause. 0 once no scroll event came for `windowMs`.
 */
export function scrollSpeed(samples: readonly ScrollSample[], now: number, windowMs = 100, frameMs = 33): number {
	const last = samples.at(-1);
	if (!last || now - last.t > windowMs) return 0;
	let distance = 0;
	let time = 0;
	for (let i = samples.length - 1; i > 0; i--) {
		const b = samples[i];
		if (b.t < now - windowMs) break;
		const a = samples[i - 1];
		distance += Math.abs(b.y - a.y);
		time += Math.min(frameMs, Math.max(1, b.t - a.t));
	}
	return time > 0 ? distance / time : 0;
}
