/**
 * How tall a step's words are on the stage, estimated at build time without a browser: the stage
 * shows them in a box with `overflow: hidden`, so words that do not fit are cut mid-word, and the
 * paragraph with the step's figure and its source link may never show. The estimate sets the words
 * as the stage does (its sizes, margins and line heights below, each named where the stage's CSS
 * sets it) with the served fonts' advance widths (`font-advances.json`, written by `npm run fonts`),
 * breaking lines greedily at spaces and dashes, and anywhere inside a word longer than a line, as
 * `overflow-wrap: anywhere` does. Kerning and ligatures count pair by pair, for the common characters.
 */
import type { Paragraph } from '../../model/types.ts';
import fonts from './font-advances.json' with { type: 'json' };

/** The root font size every `rem` of the stage's CSS is counted in (the browser's default). */
const REM = 16;

/**
 * Type of the stage's words, per unit of `--fit` (StageWords.svelte). The copy's `p` is set in
 * `400 calc(20px * var(--fit)) / 1.42 var(--serif)` with `margin: 0 0 0.6em`, bold at 700; the
 * `.kicker` in `700 calc(0.9rem * var(--fit)) / 1.2 var(--sans)`, `letter-spacing: 0.06em`,
 * uppercase, with `margin: 0 0 0.6rem`; the first step's `.dates` line in
 * `400 calc(0.8rem * var(--fit)) / 1.4 var(--sans)` with `margin-top: 0.75rem`.
 */
const COPY = { size: 20, lineHeight: 1.42, marginBottomEm: 0.6 } as const;
const KICKER = { size: 0.9 * REM, lineHeight: 1.2, letterSpacingEm: 0.06, marginBottom: 0.6 * REM } as const;
const DATES = { size: 0.8 * REM, lineHeight: 1.4, marginTop: 0.75 * REM } as const;

/**
 * The smallest `--fit` StageWords shrinks the words to before they are cut: the check measures
 * them there, since anything taller is clipped whatever the stage does.
 */
export const SMALLEST_FIT = 0.94;

/**
 * The stage's canvas (Stage.svelte `.canvas`): `padding: 1.25rem 2rem 1.5rem` and
 * `gap: 0.5rem 2.5rem`. Its first row is the toolbar (StageToolbar.svelte `.top`): a row of buttons
 * as tall as its tallest, the download buttons' `height: 28px` (DownloadButton.svelte), over
 * `padding-bottom: 0.4rem` and a 1px rule.
 */
const CANVAS = { padTop: 1.25 * REM, padX: 2 * REM, padBottom: 1.5 * REM, rowGap: 0.5 * REM, colGap: 2.5 * REM };
const TOOLBAR = 28 + 0.4 * REM + 1;

export interface WordsBox {
	/** As a message names it: `1280x720`. */
	screen: string;
	layout: 'wide' | 'tall';
	/** The box's content, in CSS px: what the words may fill. */
	width: number;
	height: number;
}

/**
 * The stage's words box on a canvas of `width` x `height` (scale.ts: 1280x720 and smaller screens
 * are the canvas itself). Wide (3:2 and wider, Stage.svelte): the words are the `38fr` column
 * beside the chart's `62fr`, after StageWords' `padding-left: 2.5rem` and 1px rule; tall: the
 * words are the last row, `30%` of the canvas's content, after `padding-top: 0.5rem` and a 1px rule.
 */
export function wordsBox(width: number, height: number): WordsBox {
	const screen = `${width}x${height}`;
	const innerW = width - 2 * CANVAS.padX;
	const innerH = height - CANVAS.padTop - CANVAS.padBottom;
	if (width / height >= 1.5)
		return {
			screen,
			layout: 'wide',
			width: ((innerW - CANVAS.colGap) * 38) / 100 - 2.5 * REM - 1,
			height: innerH - TOOLBAR - CANVAS.rowGap
		};
	return { screen, layout: 'tall', width: innerW, height: innerH * 0.3 - 0.5 * REM - 1 };
}

/** The stage's two layouts the check holds every step to: a 16:9 projector and a 4:3 one. */
export const STAGE_SCREENS: readonly WordsBox[] = [wordsBox(1280, 720), wordsBox(1024, 768)];

/** A step's words as the stage shows them. */
export interface StageWords {
	kicker: string | null;
	copy: readonly Paragraph[];
	/** The first step closes with the story's dates, one line. */
	dates?: boolean;
}

type Face = {
	upem: number;
	codepoints: number[];
	advances: Record<string, number[]>;
	kern: Record<string, Record<string, number>>;
};

/** A family at one weight: advances in em by code point, and what a pair adds to them. */
interface Widths {
	advance: Map<number, number>;
	kern: Map<string, number>;
}

function widths(face: Face, weight: number): Widths {
	const adv = face.advances[String(weight)];
	return {
		advance: new Map(face.codepoints.map((cp, i) => [cp, adv[i] / face.upem])),
		kern: new Map(Object.entries(face.kern[String(weight)]).map(([pair, d]) => [pair, d / face.upem]))
	};
}
const SERIF = { 400: widths(fonts.serif, 400), 700: widths(fonts.serif, 700) };
const SANS = { 400: widths(fonts.sans, 400), 700: widths(fonts.sans, 700) };

/**
 * `text` set in one font at `size` px, as glyphs with their widths: each advance, plus what the
 * font's kerning (or a ligature) makes of the pair it starts, plus `spacing` (letter-spacing). A
 * character the fonts lack (the character check refuses it anyway) counts as wide as an "M".
 */
function setRun(text: string, font: Widths, size: number, spacing = 0): Glyph[] {
	const chars = [...text];
	return chars.map((ch, i) => {
		const em = font.advance.get(ch.codePointAt(0) ?? 0) ?? font.advance.get(0x4d) ?? 1;
		const kern = font.kern.get(ch + (chars[i + 1] ?? '')) ?? 0;
		return { ch, width: (em + kern) * size + spacing };
	});
}

/** One character as set: its width and whether a line may end after it. */
interface Glyph {
	ch: string;
	width: number;
}

/** A line may end after a space (which then hangs past the line), a hyphen or a dash. */
const SPACE = /\s/;
const DASH = /[-\u2010\u2013\u2014]/;

/** The lines `glyphs` are set in, in a line of `width` px: greedy, as the browser breaks them. */
export function setLines(glyphs: readonly Glyph[], width: number): string[] {
	// Words: the glyphs up to a break opportunity, and the spaces after them (which hang).
	type Word = { width: number; glyphs: Glyph[]; space: string; spaceWidth: number };
	const fresh = (): Word => ({ width: 0, glyphs: [], space: '', spaceWidth: 0 });
	const words: Word[] = [];
	let word = fresh();
	glyphs.forEach((g, i) => {
		if (SPACE.test(g.ch)) {
			word.space += g.ch;
			word.spaceWidth += g.width;
			return;
		}
		if (word.space) {
			words.push(word);
			word = fresh();
		}
		word.glyphs.push(g);
		word.width += g.width;
		// No break between a hyphen and a digit ("-5"), as the browser's line breaking keeps them.
		const next = glyphs[i + 1]?.ch ?? '';
		if (DASH.test(g.ch) && next !== '' && !SPACE.test(next) && !/\d/.test(next)) {
			words.push(word);
			word = fresh();
		}
	});
	if (word.glyphs.length) words.push(word);

	const EPS = 0.01;
	const lines = [''];
	let x = 0;
	const newLine = () => {
		lines.push('');
		x = 0;
	};
	const put = (text: string, w: number) => {
		lines[lines.length - 1] += text;
		x += w;
	};
	for (const w of words) {
		const text = w.glyphs.map((g) => g.ch).join('');
		if (x > 0 && x + w.width > width + EPS) newLine();
		if (w.width <= width + EPS) put(text, w.width);
		// Longer than a line: broken anywhere (`overflow-wrap: anywhere`).
		else
			for (const g of w.glyphs) {
				if (x > 0 && x + g.width > width + EPS) newLine();
				put(g.ch, g.width);
			}
		put(w.space, w.spaceWidth);
	}
	return lines;
}

function paragraphGlyphs(runs: Paragraph, size: number): Glyph[] {
	// A strong run is bold; a link and an em run keep the copy's weight (em is slanted, not wider).
	return runs.flatMap((run) => setRun(run.text, run.kind === 'strong' ? SERIF[700] : SERIF[400], size));
}

/** A paragraph of copy as the stage sets it in a box `width` px wide at `fit`, line by line. */
export function paragraphLines(runs: Paragraph, width: number, fit = 1): string[] {
	return paragraphLinesAt(runs, width, COPY.size * fit);
}

/** A paragraph of copy in the serif at `size` px, in a box `width` px wide (a still's words). */
export function paragraphLinesAt(runs: Paragraph, width: number, size: number): string[] {
	return setLines(paragraphGlyphs(runs, size), width);
}

/**
 * Plain `text` in one of the served fonts at `size` px, in a line `width` px wide, line by line,
 * with `letterSpacingEm` between characters (a kicker's); a chart's footnotes are the sans at 400.
 */
export function plainLines(
	text: string,
	family: 'serif' | 'sans',
	weight: 400 | 700,
	size: number,
	width: number,
	letterSpacingEm = 0
): string[] {
	const font = (family === 'serif' ? SERIF : SANS)[weight];
	return setLines(setRun(text, font, size, letterSpacingEm * size), width);
}

/** The height in CSS px the stage's current step takes with `words` in a box `width` px wide, at `fit`. */
export function wordsHeight(words: StageWords, width: number, fit = 1): number {
	let height = 0;
	if (words.kicker) {
		const size = KICKER.size * fit;
		const spacing = KICKER.letterSpacingEm * size;
		const glyphs = setRun(words.kicker.toUpperCase(), SANS[700], size, spacing);
		height += setLines(glyphs, width).length * size * KICKER.lineHeight + KICKER.marginBottom;
	}
	const size = COPY.size * fit;
	const margin = COPY.marginBottomEm * size;
	for (const runs of words.copy) height += paragraphLines(runs, width, fit).length * size * COPY.lineHeight + margin;
	if (words.dates) {
		// The last paragraph's bottom margin and the dates' top margin collapse into the larger.
		if (words.copy.length) height -= margin;
		height += Math.max(margin, DATES.marginTop) + DATES.size * fit * DATES.lineHeight;
	}
	return height;
}

/** Characters of the copy as a reader sees them. */
export function copyLength(copy: readonly Paragraph[]): number {
	return copy.reduce((n, runs) => n + runs.reduce((m, r) => m + [...r.text].length, 0), 0);
}

/**
 * Why `words` cannot show whole on the stage, or null when they fit in every layout at the
 * smallest fit: each layout whose box is too small, and the cut that fits them all.
 */
export function stageFitProblem(words: StageWords, screens: readonly WordsBox[] = STAGE_SCREENS): string | null {
	const over: string[] = [];
	let share = 0;
	for (const box of screens) {
		// The last paragraph's bottom margin is blank: it may fall outside the box.
		const blank = words.dates || !words.copy.length ? 0 : COPY.marginBottomEm * COPY.size * SMALLEST_FIT;
		const need = wordsHeight(words, box.width, SMALLEST_FIT) - blank;
		if (need <= box.height) continue;
		over.push(
			`on the stage (${box.screen}) its words need about ${Math.round(need)} px and the box holds ${Math.round(box.height)} px`
		);
		share = Math.max(share, 1 - box.height / need);
	}
	if (!over.length) return null;
	const chars = Math.ceil((share * copyLength(words.copy)) / 10) * 10;
	return `${over.join('; ')}; cut about ${Math.ceil(share * 100)}% of the words (about ${chars} characters), or split the step`;
}
