/**
 * The reading page's island: the one script the page runs. The page is server HTML with no
 * SvelteKit client (`csr = false`): its start, router and root hydration made one long task on a
 * slow phone whatever the page held. This module is built as an entry of its own
 * (`vite-plugin.ts`) and imported once the first contentful paint is shown
 * (`drivers/reading/server/island-script.ts`).
 *
 * Each step of the start is a task of its own, so none is long: this module's code runs, then the
 * island mounts (in turn), then the scrollytelling section's code loads and hydrates
 * (`ReadingIsland.svelte`).
 */
import { mount } from 'svelte';
import ReadingIsland from './ReadingIsland.svelte';
import { inTurn } from '../hydration/queue';
import { readJsonScript } from '../../shared/json-script';
import { READING_DATA_ID, READING_SCROLLY_ID, type ReadingData } from './reading-data';

inTurn(() => {
	const data = readJsonScript<ReadingData>(READING_DATA_ID);
	const scrolly = document.getElementById(READING_SCROLLY_ID);
	// It draws nothing: the body only receives its empty anchor.
	if (data && scrolly) mount(ReadingIsland, { target: document.body, props: { ...data, scrolly } });
});
