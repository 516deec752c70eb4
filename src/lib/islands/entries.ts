/**
 * The islands: scripts a server-rendered page (`csr = false`) runs instead of SvelteKit's client,
 * each built as an entry of the client build of its own (`vite-plugin.ts`) and found again at
 * prerender time (`server/islands.ts`).
 */
export const ISLANDS = {
	/** The reading page (`/<slug>/`). */
	reading: 'src/lib/islands/reading.ts'
} as const;

export type IslandName = keyof typeof ISLANDS;
