/**
 * Adds the islands (`entries.ts`) to SvelteKit's client build as entries of their own: they share
 * its chunks and its styles' class names, and land in `_app/immutable/islands/`. The build's
 * manifest says where (read back at prerender time by `drivers/reading/server/islands.ts`).
 */
import type { Plugin } from 'vite';
import { ISLANDS } from './entries.ts';

export function islands(): Plugin {
	return {
		name: 'islands',
		apply: 'build',
		options(options) {
			const input = options.input;
			// SvelteKit's client build is the one whose entries include its start script.
			if (!input || typeof input !== 'object' || Array.isArray(input) || !('entry/start' in input)) return;
			const added = Object.fromEntries(
				Object.entries(ISLANDS).map(([name, island]) => [`islands/${name}`, island.entry])
			);
			return { ...options, input: { ...input, ...added } };
		}
	};
}
