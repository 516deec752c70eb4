import { getContext, setContext } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';

/**
 * Global motion switch. Stills export and tests set `instant` so each state is drawn final at once;
 * readers who ask for reduced motion get the same without asking.
 */
export const motionSettings = $state({ instant: false });

/**
 * Where motion reads its time. A reader's page runs on the browser's frames; a clip
 * (src/lib/drivers/shared/recording/) hands its frame a virtual clock that it advances one video frame at a time, so
 * the frame at time t shows every tween's eased state at exactly t, run after run.
 */
export interface MotionClock {
	/** The time now, in ms. */
	now(): number;
	/** Calls `fn` at the next frame with that frame's time; returns a cancel function. */
	frame(fn: (now: number) => void): () => void;
	/** A clip's clock: motion always runs, whatever the page's or the reader's settings. */
	readonly recording: boolean;
}

/** The browser's clock: its frames and `performance.now()`. */
export const browserClock: MotionClock = {
	now: () => performance.now(),
	frame(fn) {
		const id = requestAnimationFrame(() => fn(performance.now()));
		return () => cancelAnimationFrame(id);
	},
	recording: false
};

const CLOCK = Symbol('motion-clock');

/** Gives the components below (the charts of a clip's frame) this clock. */
export function setMotionClock(clock: MotionClock): void {
	setContext(CLOCK, clock);
}

/** The clock of the component being set up (read it while a component initialises). */
export function motionClock(): MotionClock {
	return getContext<MotionClock | undefined>(CLOCK) ?? browserClock;
}

/** The context entry that carries `clock`, for components mounted by hand with their own context. */
export function clockContext(clock: MotionClock): [symbol, MotionClock] {
	return [CLOCK, clock];
}

/** Length of a state change, in ms: 0 when motion is off (never on a clip's clock). */
export function transitionMs(base = 650, clock: MotionClock = browserClock): number {
	if (clock.recording) return base;
	return motionSettings.instant || prefersReducedMotion.current ? 0 : base;
}
