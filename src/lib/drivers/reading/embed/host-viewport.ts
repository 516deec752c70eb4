/**
 * The reader's view of a story embed whose host page runs our loader: the iframe is as tall as
 * the story and never scrolls; the host's scroll moves it, and the loader says at each of the
 * host's scroll, wheel and resize events what part of the iframe the host shows (`protocol.ts`).
 * The scroll driver reads it as it reads a window (`scroll/viewport.ts`).
 */
import type { Viewport, ViewportEvent } from '../scroll/viewport';
import { message, type HostView } from './protocol';

export class HostViewport implements Viewport {
	readonly native = false;
	/** The loader passes on the host's `scrollend` where the host's browser has it. */
	readonly endEvents = true;
	#view: HostView;
	#listeners = new Map<ViewportEvent, Set<() => void>>();

	constructor(first: HostView) {
		this.#view = first;
		this.#size();
	}

	box() {
		return { top: this.#view.top, height: this.#view.height };
	}

	position() {
		return this.#view.top;
	}

	on(type: ViewportEvent, run: () => void) {
		let set = this.#listeners.get(type);
		if (!set) this.#listeners.set(type, (set = new Set()));
		set.add(run);
		return () => void set.delete(run);
	}

	/** The host scrolls: its page, not this frame, holds the scroll. */
	scrollBy(dy: number) {
		if (Math.abs(dy) >= 0.5) window.parent.postMessage(message({ type: 'scroll', by: Math.round(dy) }), '*');
	}

	/** A new view from the host. */
	receive(view: HostView) {
		const resized = view.small !== this.#view.small || view.height !== this.#view.height;
		this.#view = view;
		if (resized) this.#size();
		const type: ViewportEvent = view.event === 'hello' ? 'resize' : view.event;
		this.#listeners.get(type)?.forEach((run) => run());
		if (resized && type !== 'resize') this.#listeners.get('resize')?.forEach((run) => run());
	}

	/** The layout's heights follow the host's viewport (`--host-vh`), not the iframe's. */
	#size() {
		document.documentElement.style.setProperty('--host-vh', `${this.#view.small / 100}px`);
	}
}
