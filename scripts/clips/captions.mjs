/**
 * A talk's words cut into captions, per language: where a sentence ends, how long a line is, where
 * a line may break, and what a reader's time is shared by. English and Arabic are written in words
 * between spaces and a sentence ends at a stop and a space; Chinese has no spaces, ends a
 * sentence at 。！？ with none after it, and sets about 16 characters to a caption line (as
 * subtitle guides for Simplified Chinese ask) against 42 for Latin and Arabic letters.
 */

/** @typedef {{ line: number, spaced: boolean, ends: RegExp }} CaptionRules */

/** @type {Record<string, CaptionRules>} */
const RULES = {
	en: { line: 42, spaced: true, ends: /(?<=[.!?]["”’)]?) / },
	ar: { line: 42, spaced: true, ends: /(?<=[.!?؟]["”’)»]?) / },
	zh: { line: 16, spaced: false, ends: /(?<=[。！？][”’）」』]?)/ }
};

/** @param {string} lang */
const rulesOf = (lang) => RULES[lang] ?? RULES.en;

/**
 * Where an unspaced line may break before index `i`: between two words, as the language's word
 * segmenter finds them (Intl.Segmenter, Node's own ICU), never between a number and the
 * character that counts it ("2026年", "8.21万") nor before closing punctuation.
 * @param {string} text
 * @param {string} lang
 * @returns {(i: number) => boolean}
 */
function breaks(text, lang) {
	const bounds = new Set([...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].map((s) => s.index));
	return (i) =>
		bounds.has(i) && !(/[0-9]/.test(text[i - 1]) && /\p{Script=Han}/u.test(text[i])) && !/[，。、；：！？”’）」』]/.test(text[i]);
}

/**
 * Sentences, and sentences too long for one caption (two lines) cut between words.
 * @param {string} words
 * @param {string} [lang]
 * @returns {string[]}
 */
export function captionPieces(words, lang = 'en') {
	const rules = rulesOf(lang);
	const max = rules.line * 2;
	const sentences = words.replace(/\s+/g, ' ').trim().split(rules.ends);
	/** @type {string[]} */
	const out = [];
	for (const s of sentences.map((x) => x.trim()).filter(Boolean)) {
		if (rules.spaced) {
			let line = '';
			for (const w of s.split(' ')) {
				if (line && line.length + 1 + w.length > max) {
					out.push(line);
					line = w;
				} else line = line ? `${line} ${w}` : w;
			}
			if (line) out.push(line);
			continue;
		}
		let rest = s;
		while (rest.length > max) {
			// The last break within the limit, after a pause (，、；：) if there is one.
			const breakable = breaks(rest, lang);
			let cut = -1;
			for (let i = max; i > 0; i--)
				if (breakable(i)) {
					if (/[，、；：]/.test(rest[i - 1])) {
						cut = i;
						break;
					}
					if (cut < 0) cut = i;
				}
			if (cut <= 0) cut = max;
			out.push(rest.slice(0, cut).trim());
			rest = rest.slice(cut).trim();
		}
		if (rest) out.push(rest);
	}
	return out;
}

/**
 * What a reader's time is shared by: words, or characters where the language writes no spaces.
 * @param {string} piece
 * @param {string} [lang]
 */
export function captionWeight(piece, lang = 'en') {
	return rulesOf(lang).spaced ? piece.split(/\s+/).length : piece.replace(/\s/g, '').length;
}

/**
 * A caption in two lines of about equal length when it is long: at the space nearest the middle,
 * or in Chinese at the break nearest it.
 * @param {string} text
 * @param {string} [lang]
 */
export function twoLines(text, lang = 'en') {
	const rules = rulesOf(lang);
	if (text.length <= rules.line) return text;
	const mid = text.length / 2;
	const breakable = rules.spaced ? (/** @type {number} */ i) => text[i] === ' ' : breaks(text, lang);
	let best = -1;
	for (let i = 1; i < text.length; i++) {
		const ok = breakable(i);
		if (ok && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
	}
	if (best < 0) return text;
	return rules.spaced ? `${text.slice(0, best)}\n${text.slice(best + 1)}` : `${text.slice(0, best)}\n${text.slice(best)}`;
}
