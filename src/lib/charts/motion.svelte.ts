import { getContext, setContext, untrack } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';
import { cubicInOut } from 'svelte/easing';

/**
 * Global motion switch. Stills export and tests set `instant` so each state is drawn final at once;
 * readers who ask for reduced motion get the same without asking.
 */
export const motionSettings = $state({ instant: false });

/**
 * Where motion reads its time. A reader's page runs on the browser's frames; a clip
 * (src/lib/clips/) hands its frame a virtual clock that it advances one video frame at a time, so
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

/**
 * A value that follows `target()` with a tween on the component's clock, or jumps when motion is
 * off. Objects must keep the same keys from state to state (a hidden mark keeps its key, at
 * opacity 0), because a tween can only interpolate between shapes it knows on both sides.
 */
export function tweened<T>(target: () => T, base = 650): { readonly current: T } {
	const clock = motionClock();
	let current: T = $state.raw(target());
	let cancel: (() => void) | undefined;
	let first = true;
	$effect.pre(() => {
		const next = target();
		// The first value is where the tween starts: nothing to move to.
		if (first) {
			first = false;
			return;
		}
		cancel?.();
		cancel = undefined;
		const ms = transitionMs(base, clock);
		if (ms <= 0) {
			current = next;
			return;
		}
		const start = clock.now();
		// From where the value is now; reading it must not make the tween depend on itself.
		const between = interpolator(untrack(() => current), next);
		const tick = (now: number) => {
			const p = (now - start) / ms;
			if (p >= 1) {
				cancel = undefined;
				current = next;
				return;
			}
			current = between(cubicInOut(Math.max(0, p)));
			cancel = clock.frame(tick);
		};
		cancel = clock.frame(tick);
	});
	$effect(() => () => cancel?.());
	return {
		get current() {
			return current;
		}
	};
}

/**
 * Linear interpolation between two values of the same shape: numbers, dates, and arrays and
 * objects of them (an object takes its keys from `b`). Anything else jumps at the end.
 */
export function interpolator<T>(a: T, b: T): (t: number) => T {
	if (a === b || typeof a !== typeof b || a === null || b === null) return (t) => (t < 1 ? a : b);
	if (typeof a === 'number') {
		const from = a;
		const delta = (b as number) - from;
		return ((t: number) => from + delta * t) as (t: number) => T;
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		const parts = b.map((bi, i) => interpolator(a[i], bi));
		return ((t: number) => parts.map((f) => f(t))) as (t: number) => T;
	}
	if (a instanceof Date && b instanceof Date) {
		const from = a.getTime();
		const delta = b.getTime() - from;
		return ((t: number) => new Date(from + delta * t)) as (t: number) => T;
	}
	if (typeof a === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
		const keys = Object.keys(b as object);
		const parts = keys.map((k) => interpolator((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
		return ((t: number) => Object.fromEntries(keys.map((k, i) => [k, parts[i](t)]))) as (t: number) => T;
	}
	return (t) => (t < 1 ? a : b);
}
