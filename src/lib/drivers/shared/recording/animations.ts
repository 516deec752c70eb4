/**
 * The browser runs CSS transitions (a bar's colour, a label fading) and Svelte's cross-fades
 * (Web Animations) on its own timeline. In a clip's frame each of them is paused as soon as it
 * appears and then seeked to the clip's clock: an animation first seen at virtual time s shows,
 * at time t, its state at t - s, so the colours and fades of a frame match its tweens.
 */

interface Known {
	/** Virtual time the animation started at, in ms. */
	start: number;
	/** Virtual time it ends at (start + delay + duration). */
	end: number;
	done: boolean;
}

export interface SeekState {
	/** An animation reached its end in this call: its finish handlers run at the browser's next frame. */
	ended: boolean;
	/** An animation is between its start and end: the frame moves. */
	moving: boolean;
	/**
	 * A zero-length animation has not finished yet: Svelte starts a transition with one and puts the
	 * real one in place when it finishes (at the browser's next frame), so the clip waits for it.
	 */
	waiting: boolean;
}

export class AnimationSeeker {
	#known = new Map<Animation, Known>();

	constructor(private readonly root: Element) {}

	/** Pauses the animations that appeared since the last call (they start at `now`) and seeks all to `now`. */
	sync(now: number): SeekState {
		const state: SeekState = { ended: false, moving: false, waiting: false };
		const seen = new Set<Animation>();
		for (const a of document.getAnimations()) {
			const effect = a.effect;
			const target = effect instanceof KeyframeEffect ? effect.target : null;
			if (!effect || !target || !this.root.contains(target)) continue;
			seen.add(a);
			let known = this.#known.get(a);
			if (!known) {
				const end = Number(effect.getComputedTiming().endTime ?? 0);
				if (!(end > 0)) {
					// Left to run: it ends at the browser's next frame, and what replaces it starts then.
					if (a.playState !== 'finished') state.waiting = true;
					continue;
				}
				a.pause();
				known = { start: now, end: now + end, done: false };
				this.#known.set(a, known);
			}
			if (known.done) continue;
			if (now >= known.end) {
				known.done = true;
				a.finish();
				state.ended = true;
			} else {
				a.currentTime = now - known.start;
				state.moving = true;
			}
		}
		for (const a of this.#known.keys()) if (!seen.has(a)) this.#known.delete(a);
		return state;
	}
}
