import { afterNavigate, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { HashWriter } from './hash-sync.svelte';

/**
 * The hash writer for pages SvelteKit's router runs (the stage, the presenter view): its
 * `replaceState`, once the router has finished hydrating (before that it throws). Call during
 * component setup.
 */
export function kitHashWriter(): HashWriter {
	let ready = $state(false);
	afterNavigate(() => {
		ready = true;
	});
	return {
		get ready() {
			return ready;
		},
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- a hash on the page itself
		replace: (hash) => replaceState(hash, page.state)
	};
}
