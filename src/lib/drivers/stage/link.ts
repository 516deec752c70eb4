/**
 * Keeps the stage and the presenter view on the same step, both ways. Each window sends what its
 * own presenter did (a step, a blank screen); the other follows. A window that opens asks for the
 * current state, so the presenter view opened mid-talk (or reopened after being closed) lands on
 * the step the room sees.
 *
 * BroadcastChannel reaches every window of the same origin without either holding a reference
 * to the other, so closing one leaves the other working. On file:// pages (the offline talk)
 * a browser may give each file an opaque origin, so messages also go through `window.opener`
 * and the windows this one opened, by postMessage.
 */
import type { BlankMode } from './keys.ts';

export type StageMessage =
	{ type: 'step'; index: number } | { type: 'blank'; mode: BlankMode | null } | { type: 'hello' };

interface Envelope {
	channel: string;
	from: string;
	/** Counts up per sender: a message that arrives by two routes is taken once. */
	seq: number;
	message: StageMessage;
}

function isEnvelope(v: unknown, channel: string): v is Envelope {
	if (typeof v !== 'object' || v === null) return false;
	const e = v as Partial<Envelope>;
	return (
		e.channel === channel &&
		typeof e.from === 'string' &&
		typeof e.seq === 'number' &&
		typeof e.message === 'object' &&
		e.message !== null
	);
}

/** A message as it arrives from another window: checked, since anything can be posted. */
export function readMessage(m: StageMessage): StageMessage | null {
	switch (m.type) {
		case 'step':
			return Number.isInteger(m.index) && m.index >= 0 ? m : null;
		case 'blank':
			return m.mode === null || m.mode === 'black' || m.mode === 'white' ? m : null;
		case 'hello':
			return m;
	}
	return null;
}

export class StageLink {
	readonly id = Math.random().toString(36).slice(2);
	#channel: BroadcastChannel | null = null;
	#windows = new Set<Window>();
	#onmessage: (m: StageMessage) => void;
	#onwindow = (e: MessageEvent) => this.#receive(e.data);

	constructor(
		readonly name: string,
		onmessage: (m: StageMessage) => void
	) {
		this.#onmessage = onmessage;
		if (typeof BroadcastChannel !== 'undefined') {
			this.#channel = new BroadcastChannel(name);
			this.#channel.onmessage = (e) => this.#receive(e.data);
		}
		if (typeof window !== 'undefined') {
			window.addEventListener('message', this.#onwindow);
			if (window.opener) this.#windows.add(window.opener as Window);
		}
	}

	/** Another window this one opened (the presenter view), reached by postMessage too. */
	adopt(win: Window | null): void {
		if (win) this.#windows.add(win);
	}

	send(message: StageMessage): void {
		const envelope: Envelope = { channel: this.name, from: this.id, seq: ++this.#seq, message };
		this.#channel?.postMessage(envelope);
		for (const w of this.#windows) {
			try {
				if (w.closed) this.#windows.delete(w);
				else w.postMessage(envelope, '*');
			} catch {
				this.#windows.delete(w);
			}
		}
	}

	close(): void {
		this.#channel?.close();
		this.#channel = null;
		if (typeof window !== 'undefined') window.removeEventListener('message', this.#onwindow);
		this.#windows.clear();
	}

	#seq = 0;
	/** The last sequence number taken from each sender. */
	#last = new Map<string, number>();

	#receive(data: unknown): void {
		if (!isEnvelope(data, this.name) || data.from === this.id) return;
		if (data.seq <= (this.#last.get(data.from) ?? 0)) return;
		this.#last.set(data.from, data.seq);
		const m = readMessage(data.message);
		if (m) this.#onmessage(m);
	}
}
