/**
 * Step copy, from the plain text of story.yaml to `Paragraph[]`.
 *
 * The syntax is deliberately tiny: paragraphs are separated by a blank line, a single newline is
 * a space, `**strong**`, `*italics*` and `[text](https://...)` are the only markup. A list
 * (`- item` lines) is refused with a message: the cards, the stage and the stills lay out
 * paragraphs, and a list's dashes would show as typed. The result is data (Inline
 * tokens), never HTML, so the page renders it as text and nothing in the copy can inject markup.
 * A mistake (an unclosed `**`, a link that is not https) is reported with its line.
 */
import type { Inline, Paragraph } from '../model/types.ts';
import { isHttpsUrl } from './schema/urls.ts';

export interface CopyProblem {
	/** 0-based line within the copy text. */
	lineOffset: number;
	detail: string;
}

export interface ParsedCopy {
	paragraphs: Paragraph[];
	problems: CopyProblem[];
}

/** A paragraph's text with single newlines folded to spaces, and where each source line starts. */
interface Folded {
	text: string;
	/** `starts[i]` = index in `text` where the paragraph's i-th source line begins. */
	starts: number[];
	/** Line offset (in the whole copy) of the paragraph's first line. */
	firstLine: number;
}

function paragraphsOf(source: string): Folded[] {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	const out: Folded[] = [];
	let cur: Folded | null = null;
	lines.forEach((raw, i) => {
		const line = raw.trim();
		if (line === '') {
			cur = null;
			return;
		}
		if (!cur) {
			cur = { text: '', starts: [], firstLine: i };
			out.push(cur);
		} else {
			cur.text += ' ';
		}
		cur.starts.push(cur.text.length);
		cur.text += line.replace(/\s+/g, ' ');
	});
	return out;
}

function lineOf(p: Folded, index: number): number {
	let k = 0;
	while (k + 1 < p.starts.length && p.starts[k + 1] <= index) k += 1;
	return p.firstLine + k;
}

/**
 * A link to `javascript:`, `data:` or `mailto:` is refused for what it is: a scheme the page does
 * not allow (it could run code or leave the story), not a typo in an address.
 */
function schemeProblem(text: string, scheme: string): string {
	return `link "${text}": the scheme "${scheme.toLowerCase()}:" is not allowed; links must be https:// addresses`;
}

const LINK = /\[([^\][]+)\]\(([^()\s]*)\)/y;

/** A line that opens a list item: `- `, `* `, `+ `, `1. ` or `1) `. */
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,2}[.)])\s+\S/;

/** Parses copy text. Problems do not throw: the caller knows the file and line to report. */
export function parseCopy(source: string): ParsedCopy {
	const problems: CopyProblem[] = [];
	const paragraphs: Paragraph[] = [];
	source
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.forEach((line, i) => {
			if (LIST_ITEM.test(line)) {
				const marker = line.trim().split(/\s/)[0];
				problems.push({
					lineOffset: i,
					detail: `a list item ("${marker} ...") is not supported in copy: its "${marker}" would show as typed; write the items as a sentence, or give each its own paragraph`
				});
			}
		});

	for (const p of paragraphsOf(source)) {
		const tokens: Inline[] = [];
		const pushText = (text: string) => {
			if (text === '') return;
			const last = tokens[tokens.length - 1];
			if (last && last.kind === 'text') last.text += text;
			else tokens.push({ kind: 'text', text });
		};
		const s = p.text;
		let i = 0;
		let plain = '';
		while (i < s.length) {
			if (s.startsWith('**', i)) {
				const close = s.indexOf('**', i + 2);
				if (close === -1) {
					problems.push({
						lineOffset: lineOf(p, i),
						detail: 'unbalanced "**": strong text opened here is never closed'
					});
					plain += s.slice(i);
					break;
				}
				const inner = s.slice(i + 2, close);
				if (inner.trim() === '') {
					problems.push({
						lineOffset: lineOf(p, i),
						detail: 'empty "****": strong text needs words between the stars'
					});
				} else if (inner !== inner.trim()) {
					problems.push({
						lineOffset: lineOf(p, i),
						detail: `strong text "${inner}" must not start or end with a space`
					});
				} else if (/[[\]]/.test(inner)) {
					problems.push({
						lineOffset: lineOf(p, i),
						detail: `links inside **strong** text are not supported: "${inner}"`
					});
				} else if (inner.includes('*')) {
					problems.push({
						lineOffset: lineOf(p, i),
						detail: `italics inside **strong** text are not supported: "${inner}"`
					});
				}
				pushText(plain);
				plain = '';
				tokens.push({ kind: 'strong', text: inner });
				i = close + 2;
				continue;
			}
			// *italics*: a star that opens words (not a lone "*" between spaces, which stays text).
			if (s[i] === '*' && s[i + 1] !== undefined && s[i + 1] !== ' ') {
				const close = s.indexOf('*', i + 1);
				if (close === -1 || s[close + 1] === '*') {
					problems.push({
						lineOffset: lineOf(p, i),
						detail: 'unbalanced "*": italics opened here are never closed (write *words* for italics)'
					});
					plain += s.slice(i);
					break;
				}
				const inner = s.slice(i + 1, close);
				if (inner !== inner.trim()) {
					problems.push({
						lineOffset: lineOf(p, i),
						detail: `italic text "${inner}" must not start or end with a space`
					});
				} else if (/[[\]]/.test(inner)) {
					problems.push({
						lineOffset: lineOf(p, i),
						detail: `links inside *italic* text are not supported: "${inner}"`
					});
				}
				pushText(plain);
				plain = '';
				tokens.push({ kind: 'em', text: inner });
				i = close + 1;
				continue;
			}
			if (s[i] === '[') {
				LINK.lastIndex = i;
				const m = LINK.exec(s);
				if (m) {
					const [whole, text, href] = m;
					const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1];
					if (scheme && scheme.toLowerCase() !== 'https' && scheme.toLowerCase() !== 'http') {
						problems.push({ lineOffset: lineOf(p, i), detail: schemeProblem(text, scheme) });
					} else if (!isHttpsUrl(href)) {
						problems.push({
							lineOffset: lineOf(p, i),
							detail: `link "${text}" must point to an https:// address, got "${href}"`
						});
					}
					pushText(plain);
					plain = '';
					tokens.push({ kind: 'link', text: text.trim(), href });
					i += whole.length;
					continue;
				}
				const opened = /^\[([^\]]*)\]\(\s*([a-z][a-z0-9+.-]*):/i.exec(s.slice(i));
				if (opened && opened[2].toLowerCase() !== 'https') {
					problems.push({ lineOffset: lineOf(p, i), detail: schemeProblem(opened[1], opened[2]) });
				} else if (/^\[[^\]]*\]\(/.test(s.slice(i))) {
					problems.push({
						lineOffset: lineOf(p, i),
						detail: 'malformed link: write [text](https://address) with no spaces in the address'
					});
				}
			}
			plain += s[i];
			i += 1;
		}
		pushText(plain);
		paragraphs.push(tokens);
	}
	if (paragraphs.length === 0) problems.push({ lineOffset: 0, detail: 'copy is empty' });
	return { paragraphs, problems };
}
