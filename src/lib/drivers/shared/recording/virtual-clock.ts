/**
 * A clip's clock: time stands still until the recorder moves it to the next video frame, and
 * everything that asked for a frame then runs with that frame's exact time. Charts in a clip's
 * frame read it through `motionClock()` (src/lib/charts/motion.svelte.ts), so a tween shows its
 * eased state at exactly t = k / fps, however long drawing the frame took.
 */
import type { MotionClock } from '../../../charts/motion.svelte';

export class VirtualClock implements MotionClock {
	readonly recording = true;
	#now = 0;
	#waiting = new Set<{ fn: (now: number) => void }>();

	now(): number {
		return this.#now;
	}

	frame(fn: (now: number) => void): () => void {
		const entry = { fn };
		this.#waiting.add(entry);
		return () => this.#waiting.delete(entry);
	}

	/** How many callbacks wait for the next frame (0: nothing on this clock is moving). */
	get pending(): number {
		return this.#waiting.size;
	}

	/** Moves time to `ms` and runs what waited for a frame (what they ask for now waits for the next). */
	advance(ms: number): void {
		if (ms < this.#now) throw new Error(`a clip's clock only goes forward (${ms} ms is before ${this.#now} ms)`);
		this.#now = ms;
		const due = [...this.#waiting];
		this.#waiting.clear();
		for (const entry of due) entry.fn(ms);
	}
}
