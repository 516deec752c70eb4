/**
 * Tells the host page the embed's height whenever it changes (its words wrap anew at another
 * width, the data table opens), in the three ways hosts listen (`protocol.ts`), so the host sizes
 * the iframe to its content and the embed never scrolls inside itself. A resize observer fires
 * before the next frame is painted, so the host hears of a new width's height within that frame.
 */
import { heightMessages, pymId } from './protocol';

/** Starts reporting; returns a function that stops. Nothing is sent outside a frame. */
export function reportHeight(): () => void {
	if (window.parent === window) return () => {};
	const pym = pymId(location.search);
	const root = document.documentElement;
	let last = -1;
	const send = () => {
		// The root's own box is as tall as the content, whatever the frame's height.
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		// Any origin: the height is no secret, and a host of any address may size the frame.
		for (const m of heightMessages(height, pym)) window.parent.postMessage(m, '*');
	};
	const observer = new ResizeObserver(send);
	observer.observe(root);
	send();
	return () => observer.disconnect();
}
