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

/** The figure's "Download this step" (a still drawn off the page). */
const DOWNLOADS = [
	'src/lib/drivers/shared/frame/',
	'src/lib/drivers/shared/downloads/',
	'src/lib/drivers/shared/recording/',
	'src/lib/drivers/shared/share/'
] as const;

export const ISLANDS = {
	/** The reading page (`/<slug>/`): the scrollytelling section and every chart kind. */
	reading: {
		entry: 'src/lib/drivers/reading/island/reading.ts',
		// And the figure's "Embed" dialog.
		browserOnly: [...DOWNLOADS, 'src/lib/drivers/shared/embed/']
	},
	/** The story embed (`/<slug>/embed/`): flat, or the reading page's section stepped by a host. */
	storyEmbed: {
		entry: 'src/lib/drivers/reading/embed/story-embed.ts',
		browserOnly: DOWNLOADS
	},
	/** A step embed (`/<slug>/embed/<id>/`): its height for the host, then its chart made live. */
	stepEmbed: {
		entry: 'src/lib/drivers/reading/embed/step-embed.ts',
		browserOnly: []
	}
} as const satisfies Record<string, Island>;

export type IslandName = keyof typeof ISLANDS;
