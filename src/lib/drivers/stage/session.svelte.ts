/**
 * One window's part in a talk: the step state it drives, the blank screen, and the link that keeps
 * it in step with the other window (stage or presenter view). Every local move goes through here
 * and is sent once; a move that arrives from the other window is applied with the `remote` driver
 * and not sent back, so the two windows never echo each other.
 */
import type { StepState } from '../../step/step-state.svelte.ts';
import type { BlankMode } from './keys.ts';
import { StageLink, type StageMessage } from './link.ts';

/** One channel per story, so two stories presented side by side never steer each other. */
export function channelName(title: string): string {
	return `stage:${title}`;
}

export class StageSession {
	/** Black or white screen, or null when the chart shows. */
	blank = $state<BlankMode | null>(null);
	#link: StageLink | null = null;

	constructor(
		readonly state: StepState,
		readonly channel: string
	) {}

	/** Opens the link to other windows and asks them where the talk is. Returns the cleanup. */
	connect(): () => void {
		this.#link = new StageLink(this.channel, (m) => this.#receive(m));
		this.#link.send({ type: 'hello' });
		return () => {
			this.#link?.close();
			this.#link = null;
		};
	}

	/** A window this one opened (the presenter view): reached directly too (see link.ts). */
	adopt(win: Window | null): void {
		this.#link?.adopt(win);
	}

	go(index: number): boolean {
		const moved = this.state.go(index, 'stage');
		if (moved) this.#link?.send({ type: 'step', index: this.state.index });
		return moved;
	}

	next(): boolean {
		return this.go(this.state.index + 1);
	}

	prev(): boolean {
		return this.go(this.state.index - 1);
	}

	/** Pressing the key of the blank already shown brings the chart back. */
	toggleBlank(mode: BlankMode): void {
		this.setBlank(this.blank === mode ? null : mode);
	}

	setBlank(mode: BlankMode | null): void {
		if (this.blank === mode) return;
		this.blank = mode;
		this.#link?.send({ type: 'blank', mode });
	}

	#receive(m: StageMessage): void {
		switch (m.type) {
			case 'step':
				this.state.go(m.index, 'remote');
				break;
			case 'blank':
				this.blank = m.mode;
				break;
			case 'hello':
				// A window has just opened: tell it where the talk is.
				this.#link?.send({ type: 'step', index: this.state.index });
				if (this.blank) this.#link?.send({ type: 'blank', mode: this.blank });
				break;
		}
	}
}
