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
