import { getContext } from 'svelte';

/**
 * Building a chart in two steps. A chart built in the browser (not hydrated) is built off the page
 * in two tasks: its frame and marks first, then the parts wrapped in `<Later>` (labels, mostly),
 * so neither task runs long. On the server, and when hydrating, there is no staging: all of it is
 * drawn at once, as the build-time HTML expects.
 */
export class Staging {
	/** Whether the later parts may be drawn now. */
	ready = $state(false);
}

export const STAGING = Symbol('chart-staging');

/** The staging of the chart being built, if it is built in steps. */
export function getStaging(): Staging | undefined {
	return getContext<Staging | undefined>(STAGING);
}
