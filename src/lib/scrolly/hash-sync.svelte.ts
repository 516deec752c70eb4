import { onMount } from 'svelte';
import { afterNavigate, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { motionSettings } from '../charts/motion.svelte';
import type { StepState } from '../story/step-state.svelte';
import { hashForStep, stepIdFromHash } from './hash.ts';

/**
 * Ties the URL hash to the current step, both ways. Call during component setup.
 *
 * Opening `/#id` jumps straight to that step and draws its chart final, without replaying the
 * steps before it. After that, every change of step rewrites the hash with replaceState, so the
 * back button leaves the story instead of stepping through it.
 */
export function syncHash(state: StepState): void {
	let ready = $state(false);

	// Once, at load: a deep link is read, never re-read (the hash is ours to write from then on).
	onMount(() => {
		const id = stepIdFromHash(location.hash, state.ids);
		if (id) {
			motionSettings.instant = true;
			state.goToId(id, 'hash');
			document.getElementById(id)?.scrollIntoView({ block: 'start', behavior: 'instant' });
			requestAnimationFrame(() => requestAnimationFrame(() => (motionSettings.instant = false)));
		}
	});
	// SvelteKit's router must have finished hydrating before replaceState may be called.
	afterNavigate(() => {
		ready = true;
	});

	$effect(() => {
		const hash = hashForStep(state.id);
		// Nothing is written until a driver has moved the step: a reader at the headline keeps a clean URL.
		if (!ready || state.driver === 'init' || location.hash === hash) return;
		replaceState(hash, page.state);
	});
}
