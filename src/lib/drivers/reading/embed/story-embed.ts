/**
 * The story embed's island. The page is the flat story (each step's words, then its drawing) and
 * says its height to whatever host sizes the frame (`heights.ts`). It asks the host for its view;
 * only our loader answers, and then the story steps with the host's scroll (`hosted.ts`, loaded
 * then: a flat reading needs no more code than this). Without an answer it stays flat.
 */
import { reportHeight } from './heights';
import { isPing, message, readView, type HostView } from './protocol';

reportHeight();

/** Set once the host's first view has come: the hosted story takes every later one. */
let receive: ((view: HostView) => void) | null = null;
let latest: HostView | null = null;

addEventListener('message', (event: MessageEvent) => {
	// From the host page alone, and of the expected shapes alone.
	if (event.source !== window.parent || window.parent === window) return;
	if (isPing(event.data) && !latest) return hello();
	const view = readView(event.data);
	if (!view) return;
	if (receive) return receive(view);
	const first = !latest;
	latest = view;
	if (!first) return;
	// The views that come while the code loads: the last one is the view now.
	void import('./hosted').then(({ startHosted }) => {
		receive = startHosted(latest!);
	});
});

function hello() {
	if (window.parent !== window) window.parent.postMessage(message({ type: 'hello' }), '*');
}
hello();
