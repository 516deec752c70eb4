/**
 * Whether a step's words fit its stills. A still (`StillFrame.svelte`) shrinks its words a pixel at
 * a time down to 12 px (`fitText`) and then cuts what is left (`overflow: hidden`): words that do
 * not fit at 12 px are cut mid-sentence in every still and share picture of the step. The check
 * sets them at 12 px with the stage's estimate (fit.ts: the served fonts' advances, greedy lines)
 * in the words box of the two shapes a still comes in.
 */
import type { StageWords } from './fit.ts';
import { copyLength, paragraphLinesAt, plainLines } from './fit.ts';

/** The smallest size `fitText` sets a still's words at. */
export const STILL_MIN_SIZE = 12;

/**
 * Type of a still's words (StillFrame.svelte `.words`): the copy in the serif at `line-height: 1.45`,
 * each paragraph `margin: 0 0 0.6em` but the last; the kicker in `700 13px/1.2 var(--sans)`,
 * `letter-spacing: 0.06em`, uppercase, whose margin is the paragraphs' `0.6em` (that rule is the
 * more specific).
 */
const COPY = { lineHeight: 1.45, marginBottomEm: 0.6 } as const;
const KICKER = { size: 13, lineHeight: 1.2, letterSpacingEm: 0.06, marginBottomEm: 0.6 } as const;

/**
 * The still's frame (StillFrame.svelte, not `.compact`): `padding: 30px 44px 22px`; the top line
 * in `700 14px/1.3` over `padding-bottom: 10px`, a 2px rule and `margin-bottom: 18px`; the source
 * line in `400 13px/1.35` (one line) under `margin-top: 16px`, `padding-top: 10px` and a 1px rule.
 */
const PAD = { top: 30, x: 44, bottom: 22 } as const;
const TOP = 14 * 1.3 + 10 + 2 + 18;
const FOOT = 16 + 10 + 1 + 13 * 1.35;

export interface StillBox {
	/** As a message names it: `1920x1080, words beside the chart`. */
	still: string;
	/** The words box's content in CSS px. */
	width: number;
	height: number;
}

/**
 * The words box of a still laid out on a page `width` x `height` CSS px (frame-size.js: a
 * 1920x1080 still is a 1280x720 page at 1.5x, a 1080x1350 one a 720x900 page). Landscape: the
 * words are the `1fr` column beside the chart's `1.8fr`, 40px apart, as tall as the body;
 * portrait: under the chart, the page's width, at most 42% of its height.
 */
export function stillBox(name: string, width: number, height: number): StillBox {
	const innerW = width - 2 * PAD.x;
	if (width / height >= 1.2) {
		const body = height - PAD.top - PAD.bottom - TOP - FOOT;
		return { still: `${name}, words beside the chart`, width: (innerW - 40) / 2.8, height: body };
	}
	return { still: `${name}, words under the chart`, width: innerW, height: Math.round(height * 0.42) };
}

/** The two shapes of still the check holds every step to. */
export const STILL_BOXES: readonly StillBox[] = [stillBox('1920x1080', 1280, 720), stillBox('1080x1350', 720, 900)];

/** The height in CSS px a still's words take at `size` px in a box `width` px wide. */
export function stillWordsHeight(words: StageWords, width: number, size = STILL_MIN_SIZE): number {
	let height = 0;
	if (words.kicker) {
		const lines = plainLines(words.kicker.toUpperCase(), 'sans', 700, KICKER.size, width, KICKER.letterSpacingEm);
		height += lines.length * KICKER.size * KICKER.lineHeight + KICKER.marginBottomEm * KICKER.size;
	}
	words.copy.forEach((runs, i) => {
		height += paragraphLinesAt(runs, width, size).length * size * COPY.lineHeight;
		if (i < words.copy.length - 1) height += COPY.marginBottomEm * size;
	});
	return height;
}

/**
 * Why `words` cannot show whole in a still even at 12 px, or null when they fit both shapes: each
 * box too small, and the cut that fits them all.
 */
export function stillFitProblem(words: StageWords, boxes: readonly StillBox[] = STILL_BOXES): string | null {
	const over: string[] = [];
	let share = 0;
	for (const box of boxes) {
		const need = stillWordsHeight(words, box.width);
		// `fitText` lets the words run a pixel past the box.
		if (need <= box.height + 1) continue;
		over.push(
			`in a still (${box.still}) its words need about ${Math.round(need)} px even at ${STILL_MIN_SIZE} px and the box holds ${Math.round(box.height)} px`
		);
		share = Math.max(share, 1 - box.height / need);
	}
	if (!over.length) return null;
	const chars = Math.ceil((share * copyLength(words.copy)) / 10) * 10;
	return `${over.join('; ')}; cut about ${Math.ceil(share * 100)}% of the words (about ${chars} characters), or split the step`;
}
