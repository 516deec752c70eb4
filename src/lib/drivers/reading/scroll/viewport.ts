/**
 * What the scroll driver reads of the reader's viewport, and how it moves it: the browser window
 * of the page itself, or (`drivers/reading/embed/host-viewport.ts`) the part of an embed's
 * iframe a host page shows, where the iframe is as tall as the story and never scrolls itself.
 */

/** An event the scroll driver listens for. */
export type ViewportEvent = 'scroll' | 'scrollend' | 'wheel' | 'resize';

export interface Viewport {
	/** Where the reader's view is, in the page's viewport coordinates (px), and how tall. */
	box(): { top: number; height: number };
	/** A scroll position that moves as the page does (px), for the scroll's speed. */
	position(): number;
	/** Calls `run` on each `type` event; returns a function that stops. */
	on(type: ViewportEvent, run: () => void): () => void;
	/** Moves the view down by `dy` px (up when negative), at once. */
	scrollBy(dy: number): void;
	/**
	 * Whether the page's own window scrolls: scrollama's observers see the steps cross a line of
	 * the window alone, so a hosted view steps from geometry at each of its events instead.
	 */
	readonly native: boolean;
	/** Whether the browser reports the end of a scroll (`scrollend`). */
	readonly endEvents: boolean;
}

/** The page's own window. */
export const windowViewport: Viewport = {
	box: () => ({ top: 0, height: window.innerHeight }),
	position: () => window.scrollY,
	on(type, run) {
		const options = { passive: true };
		window.addEventListener(type, run, options);
		return () => window.removeEventListener(type, run);
	},
	scrollBy: (dy) => window.scrollBy({ top: dy, behavior: 'instant' }),
	native: true,
	get endEvents() {
		return 'onscrollend' in window;
	}
};
