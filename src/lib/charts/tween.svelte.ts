import { untrack } from 'svelte';
import { cubicInOut } from 'svelte/easing';
import { motionClock, transitionMs } from './motion.svelte';

// The marks' tween, apart from motion.svelte.ts: only the chart kinds' chunks use it, so it stays
// out of the reading page's first view (Chart.svelte there needs only the clock and the lengths).

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
		const between = interpolator(
			untrack(() => current),
			next
		);
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
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a tween value, read once per frame
		return ((t: number) => new Date(from + delta * t)) as (t: number) => T;
	}
	if (typeof a === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
		const keys = Object.keys(b as object);
		const parts = keys.map((k) => interpolator((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
		return ((t: number) => Object.fromEntries(keys.map((k, i) => [k, parts[i](t)]))) as (t: number) => T;
	}
	return (t) => (t < 1 ? a : b);
}
