/**
 * Pure helpers of the clips exporter (scripts/clips.mjs): where the page is, file names, the
 * whole talk's captions and chapters. Tested in scripts/clips/lib.test.ts.
 */
import { captionPieces, captionWeight, twoLines } from './captions.mjs';

/**
 * A story's clips page, from the story's address in the served build (`<server>/<slug>`, as the
 * stills and the bench address a story).
 * @param {string} storyUrl
 */
export function clipPageUrl(storyUrl) {
	return `${storyUrl}/clip/`;
}

/**
 * `NN-<step-id>.<ext>`, NN the step's 1-based place in the story (as the stills).
 * @param {number} number
 * @param {string} id
 * @param {string} ext
 */
export function clipFileName(number, id, ext) {
	return `${String(number).padStart(2, '0')}-${id}.${ext}`;
}

/** The whole talk's files: the video, its captions and its chapters. */
export const WHOLE_NAME = 'talk';

/** Names the exporter writes: a step's clip, the whole talk and its captions and chapters. */
export const CLIP_NAME = /^(\d{2,}-[a-z0-9-]+|talk)\.(mp4|webm|gif)$|^talk\.(captions|chapters)\.vtt$/;

/**
 * Whether a file in the output folder is a clip of this format that a full new set replaces.
 * @param {string} name
 * @param {string} format
 * @param {boolean} whole
 */
export function replacedByClips(name, format, whole) {
	if (!CLIP_NAME.test(name)) return false;
	if (whole) return name.startsWith(`${WHOLE_NAME}.`);
	return !name.startsWith(`${WHOLE_NAME}.`) && name.endsWith(`.${format}`);
}

/**
 * A WebVTT timestamp, hh:mm:ss.mmm.
 * @param {number} seconds
 */
export function vttTime(seconds) {
	const ms = Math.round(seconds * 1000);
	const h = Math.floor(ms / 3_600_000);
	const m = Math.floor((ms % 3_600_000) / 60_000);
	const s = Math.floor((ms % 60_000) / 1000);
	const pad = (/** @type {number} */ n, w = 2) => String(n).padStart(w, '0');
	return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/**
 * @typedef {{ start: number, end: number, text: string }} Cue
 */

/**
 * A WebVTT file of cues (seconds).
 * @param {readonly Cue[]} cues
 */
export function webVtt(cues) {
	const text = (/** @type {string} */ t) => t.replace(/-->/g, '→').replace(/\n{2,}/g, '\n');
	return `WEBVTT\n\n${cues.map((c, i) => `${i + 1}\n${vttTime(c.start)} --> ${vttTime(c.end)}\n${text(c.text)}\n`).join('\n')}`;
}

/**
 * Captions of one step's words over its time on screen: a cue per sentence, each on screen for
 * its share of the words (a reader takes longer over a long sentence), at most two lines
 * (captions.mjs: about 42 characters, 16 in Chinese); longer sentences are cut between words.
 * @param {string} words
 * @param {number} start seconds
 * @param {number} end
 * @param {string} [lang] the words' language (`en`, `zh`, `ar`)
 * @returns {Cue[]}
 */
export function captionCues(words, start, end, lang = 'en') {
	const pieces = captionPieces(words, lang);
	if (!pieces.length) return [];
	const weights = pieces.map((p) => captionWeight(p, lang));
	const total = weights.reduce((a, b) => a + b, 0);
	/** @type {Cue[]} */
	const cues = [];
	let at = start;
	pieces.forEach((text, i) => {
		const to = i === pieces.length - 1 ? end : at + ((end - start) * weights[i]) / total;
		cues.push({ start: round3(at), end: round3(to), text: twoLines(text, lang) });
		at = to;
	});
	return cues;
}

/** @param {number} n */
function round3(n) {
	return Math.round(n * 1000) / 1000;
}

/**
 * A chapter's title: the step's number, kicker (its section) and the chart's headline.
 * @param {{ number: number, kicker: string | null, title: string }} step
 * @param {string} [lang]
 */
export function chapterTitle(step, lang = 'en') {
	// Chinese sets a full-width colon, with no space after it.
	const colon = lang === 'zh' ? '：' : ': ';
	return `${step.number}. ${step.kicker ? `${step.kicker}${colon}` : ''}${step.title}`;
}

/**
 * A file's size as the clips exporter prints it: whole KB, or MB to a tenth from 1 MB.
 * @param {number} bytes
 */
export function fileSize(bytes) {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
}
