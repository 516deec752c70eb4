/**
 * The story embed's island. The page is the flat story (each step's words, then its drawing) and
 * says its height to whatever host sizes the frame (`heights.ts`). It asks the host for its view;
 * only our loader answers, and then the story steps with the host's scroll: the scrollytelling
 * section's code loads, the page takes the scrolly layout (`data-hosted`) and the section
 * hydrates with the host's view as its viewport. Without an answer it stays flat.
 */
import { mount } from 'svelte';
import { reportHeight } from './heights';
import { isPing, message, readView } from './protocol';
import { HostViewport } from './host-viewport';
import StoryEmbedIsland from './StoryEmbedIsland.svelte';
import { readJsonScript } from '../../shared/json-script';
import { EMBED_DATA_ID, EMBED_PART_ID, type StoryEmbedData } from './embed-data';

reportHeight();

let viewport: HostViewport | null = null;
addEventListener('message', (event: MessageEvent) => {
	// From the host page alone, and of the view's shape alone.
	if (event.source !== window.parent || window.parent === window) return;
	if (isPing(event.data) && !viewport) return hello();
	const view = readView(event.data);
	if (!view) return;
	if (viewport) return viewport.receive(view);
	const data = readJsonScript<StoryEmbedData>(EMBED_DATA_ID);
	const scrolly = document.getElementById(EMBED_PART_ID);
	if (!data || !scrolly) return;
	viewport = new HostViewport(view);
	// The frame is the host's to scroll: its own document never does.
	document.documentElement.dataset.hosted = '';
	mount(StoryEmbedIsland, { target: document.body, props: { ...data, scrolly, viewport } });
});
function hello() {
	if (window.parent !== window) window.parent.postMessage(message({ type: 'hello' }), '*');
}
hello();
