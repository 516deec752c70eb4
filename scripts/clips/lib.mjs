/**
 * Pure helpers of the clips exporter (scripts/clips.mjs): where the page is, file names, the
 * whole talk's captions and chapters. Tested in scripts/clips/lib.test.ts.
 */

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
 * its share of the words (a reader takes longer over a long sentence), at most two lines of
 * about 42 characters; longer sentences are cut at word boundaries.
 * @param {string} words
 * @param {number} start seconds
 * @param {number} end
 * @returns {Cue[]}
 */
export function captionCues(words, start, end) {
	const pieces = captionPieces(words);
	if (!pieces.length) return [];
	const weights = pieces.map((p) => p.split(/\s+/).length);
	const total = weights.reduce((a, b) => a + b, 0);
	/** @type {Cue[]} */
	const cues = [];
	let at = start;
	pieces.forEach((text, i) => {
		const to = i === pieces.length - 1 ? end : at + ((end - start) * weights[i]) / total;
		cues.push({ start: round3(at), end: round3(to), text: twoLines(text) });
		at = to;
	});
	return cues;
}

/** At most this many characters in a caption (two lines of about 42). */
const CUE_CHARS = 84;

/**
 * Sentences, and sentences too long for one caption cut at word boundaries.
 * @param {string} words
 */
export function captionPieces(words) {
	// A sentence ends at . ! or ? (perhaps closing a quote) followed by a space: "8.21" is one word.
	const sentences = words
		.replace(/\s+/g, ' ')
		.trim()
		.split(/(?<=[.!?]["”’)]?) /);
	/** @type {string[]} */
	const out = [];
	for (const s of sentences.map((x) => x.trim()).filter(Boolean)) {
		let line = '';
		for (const w of s.split(' ')) {
			if (line && line.length + 1 + w.length > CUE_CHARS) {
				out.push(line);
				line = w;
			} else line = line ? `${line} ${w}` : w;
		}
		if (line) out.push(line);
	}
	return out;
}

/**
 * A caption in two lines of about equal length (at a space near the middle) when it is long.
 * @param {string} text
 */
function twoLines(text) {
	if (text.length <= 42) return text;
	const mid = text.length / 2;
	let best = -1;
	for (let i = 0; i < text.length; i++)
		if (text[i] === ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
	return best < 0 ? text : `${text.slice(0, best)}\n${text.slice(best + 1)}`;
}

/** @param {number} n */
function round3(n) {
	return Math.round(n * 1000) / 1000;
}

/**
 * A chapter's title: the step's number, kicker (its section) and the chart's headline.
 * @param {{ number: number, kicker: string | null, title: string }} step
 */
export function chapterTitle(step) {
	return `${step.number}. ${step.kicker ? `${step.kicker}: ` : ''}${step.title}`;
}

/**
 * A file's size as the clips exporter prints it: whole KB, or MB to a tenth from 1 MB.
 * @param {number} bytes
 */
export function fileSize(bytes) {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
}
