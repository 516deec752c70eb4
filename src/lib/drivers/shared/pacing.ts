/**
 * Pacing for the presenter view: given how long the talk should run and how far the speaker has
 * got, are they ahead or behind? Each step's share of the talk follows its word count (a long step
 * takes longer to say), so a speaker on a short step is not told they are behind.
 */

export type PaceStatus = 'ahead' | 'behind' | 'on-pace';

export interface Pace {
	status: PaceStatus;
	/** How far ahead (positive) or behind (negative), in seconds; 0 while on pace. */
	seconds: number;
	/** When the current step was planned to start and end, in seconds from the start. */
	plannedStart: number;
	plannedEnd: number;
}

/** Planned seconds from the start of the talk to the start of each step, and the total. */
export function plan(weights: readonly number[], talkSeconds: number): number[] {
	const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
	const total = safe.reduce((a, b) => a + b, 0);
	const starts: number[] = [];
	let acc = 0;
	for (const w of safe) {
		starts.push((acc / total) * talkSeconds);
		acc += w;
	}
	starts.push(talkSeconds);
	return starts;
}

/**
 * The speaker is on pace while the elapsed time falls inside the current step's planned slot;
 * reaching a step before its slot starts is ahead, still being on it after its slot ends is behind.
 */
export function pace(starts: readonly number[], index: number, elapsedSeconds: number): Pace {
	const i = Math.max(0, Math.min(index, starts.length - 2));
	const plannedStart = starts[i];
	const plannedEnd = starts[i + 1];
	if (elapsedSeconds < plannedStart) {
		return { status: 'ahead', seconds: plannedStart - elapsedSeconds, plannedStart, plannedEnd };
	}
	if (elapsedSeconds > plannedEnd) {
		return { status: 'behind', seconds: plannedEnd - elapsedSeconds, plannedStart, plannedEnd };
	}
	return { status: 'on-pace', seconds: 0, plannedStart, plannedEnd };
}

/** "4:05", "1:02:03", or "-0:30" for a negative time. */
export function clockText(seconds: number): string {
	const sign = seconds < 0 ? '-' : '';
	const s = Math.floor(Math.abs(seconds));
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	const ss = String(s % 60).padStart(2, '0');
	return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}` : `${sign}${m}:${ss}`;
}

/** Words in a text, for the plan's weights. */
export function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}
