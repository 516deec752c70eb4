import { onMount } from 'svelte';
import { motionSettings } from '../charts/motion.svelte';
import type { StepState } from './step-state.svelte';
import { hashForStep, stepIdFromHash } from './hash.ts';

/**
 * How the step's hash is written into the address. The reading page has no router and writes it
 * with the History API; the stage writes it through SvelteKit's (`kit-hash-writer.svelte.ts`),
 * which must not be bypassed and is ready only once it has hydrated.
 */
export interface HashWriter {
	/** Whether the address may be written yet (reactive: read inside an effect). */
	readonly ready: boolean;
	/** Replaces the address's hash, adding no history entry. */
	replace(hash: string): void;
}

/** The History API: always ready, and keeps whatever state the entry carries. */
export const historyHashWriter: HashWriter = {
	ready: true,
	replace: (hash) => history.replaceState(history.state, '', hash)
};

/**
 * Ties the URL hash to the current step, both ways. Call during component setup.
 *
 * Opening `/#id` jumps straight to that step and draws its chart final, without replaying the
 * steps before it. After that, every change of step rewrites the hash with replaceState, so the
 * back button leaves the story instead of stepping through it.
 */
export function syncHash(state: StepState, writer: HashWriter = historyHashWriter): void {
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

	$effect(() => {
		const hash = hashForStep(state.id);
		// Nothing is written until a driver has moved the step: a reader at the headline keeps a clean URL.
		if (!writer.ready || state.driver === 'init' || location.hash === hash) return;
		writer.replace(hash);
	});
}
