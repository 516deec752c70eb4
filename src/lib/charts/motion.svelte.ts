import { Tween, prefersReducedMotion } from 'svelte/motion';
import { cubicInOut } from 'svelte/easing';

/**
 * Global motion switch. Stills export and tests set `instant` so each state is drawn final at once;
 * readers who ask for reduced motion get the same without asking.
 */
export const motionSettings = $state({ instant: false });

/** Length of a state change, in ms: 0 when motion is off. */
export function transitionMs(base = 650): number {
	return motionSettings.instant || prefersReducedMotion.current ? 0 : base;
}

/**
 * A value that follows `target()` with a tween, or jumps when motion is off.
 * Objects must keep the same keys from state to state (a hidden mark keeps its key, at opacity 0),
 * because a tween can only interpolate between shapes it knows on both sides.
 */
export function tweened<T>(target: () => T, base = 650): { readonly current: T } {
	const tween = new Tween(target(), { easing: cubicInOut });
	$effect.pre(() => {
		const next = target();
		tween.set(next, { duration: transitionMs(base) });
	});
	return tween;
}
