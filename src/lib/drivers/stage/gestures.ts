/**
 * Touch on the stage, as pure geometry: a swipe left goes on and a swipe right goes back (the page
 * follows the finger, as in every slide app); a tap in the right third goes on, in the left third
 * back. Right to left, where a story runs leftward, all of it is mirrored: a swipe right and a tap
 * in the left third go on. The middle third is left alone, so a tap meant for a button or a mark
 * never steps.
 */
import type { Lang } from '../../model/locale/langs';

export type Gesture = 'next' | 'prev' | null;

/** Horizontal travel that makes a swipe, in CSS px, and how much straighter than vertical. */
const SWIPE_MIN = 48;
const SWIPE_RATIO = 1.5;
/** A tap moves less than this and lasts less than TAP_MS. */
const TAP_SLOP = 12;
const TAP_MS = 600;
const SWIPE_MS = 1000;

export interface Stroke {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
	/** Duration in ms. */
	ms: number;
	/** Width of the surface, for the thirds. */
	width: number;
}

export function readGesture(s: Stroke, dir: Lang['dir'] = 'ltr'): Gesture {
	// Right to left, the same geometry read in a mirror.
	const flip = dir === 'rtl' ? -1 : 1;
	const dx = flip * (s.x1 - s.x0);
	const x1 = dir === 'rtl' ? s.width - s.x1 : s.x1;
	const dy = s.y1 - s.y0;
	if (Math.abs(dx) >= SWIPE_MIN && Math.abs(dx) >= SWIPE_RATIO * Math.abs(dy) && s.ms <= SWIPE_MS) {
		return dx < 0 ? 'next' : 'prev';
	}
	if (Math.hypot(dx, dy) < TAP_SLOP && s.ms <= TAP_MS) {
		if (x1 >= (s.width * 2) / 3) return 'next';
		if (x1 <= s.width / 3) return 'prev';
	}
	return null;
}
