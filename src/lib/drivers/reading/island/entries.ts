/**
 * The islands: scripts a server-rendered page (`csr = false`) runs instead of SvelteKit's client,
 * each built as an entry of the client build of its own (`vite-plugin.ts`) and found again at
 * prerender time (`drivers/reading/server/islands.ts`).
 */
export interface Island {
	/** The module the page imports. */
	entry: string;
	/**
	 * Code the island may import later that the server never draws (folders ending in `/`, or
	 * sources): downloads, say. The page carries the styles of everything else it can reach.
	 */
	browserOnly: readonly string[];
}

export const ISLANDS = {
	/** The reading page (`/<slug>/`): the scrollytelling section and every chart kind. */
	reading: {
		entry: 'src/lib/drivers/reading/island/reading.ts',
		// The figure's "Download this step" (a still drawn off the page).
		browserOnly: [
			'src/lib/drivers/shared/frame/',
			'src/lib/drivers/shared/downloads/',
			'src/lib/drivers/shared/recording/',
			'src/lib/drivers/shared/share/'
		]
	}
} as const satisfies Record<string, Island>;

export type IslandName = keyof typeof ISLANDS;
