/**
 * A label's width in ems, as the charts estimate it before the browser lays it out: a Han, kana,
 * Hangul or full-width character is one em wide (a square), any other `latin` of an em (generous
 * for bold sans figures and capitals). A label in Han characters ("15万亿") is so given its room, which a
 * count of characters would halve.
 *
 * Relative imports only, like label-layout.ts.
 */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

export function textEms(text: string, latin = 0.62): number {
	let ems = 0;
	for (const ch of text) ems += WIDE.test(ch) ? 1 : latin;
	return ems;
}
