/**
 * The story embed once our loader answers (`story-embed.ts`): the page takes the scrolly layout
 * (`data-hosted`), its frame never scrolls itself, and the reading page's scrollytelling section
 * hydrates with the host's view as its viewport (`StoryEmbedIsland.svelte`).
 */
import { mount } from 'svelte';
import { HostViewport } from './host-viewport';
import StoryEmbedIsland from './StoryEmbedIsland.svelte';
import { readJsonScript } from '../../shared/json-script';
import { EMBED_DATA_ID, EMBED_PART_ID, type StoryEmbedData } from './embed-data';
import type { HostView } from './protocol';

/** Starts the hosted story from the host's view; returns what takes the later views. */
export function startHosted(view: HostView): (view: HostView) => void {
	const data = readJsonScript<StoryEmbedData>(EMBED_DATA_ID);
	const scrolly = document.getElementById(EMBED_PART_ID);
	if (!data || !scrolly) return () => {};
	const viewport = new HostViewport(view);
	document.documentElement.dataset.hosted = '';
	mount(StoryEmbedIsland, { target: document.body, props: { ...data, scrolly, viewport } });
	return (next) => viewport.receive(next);
}
