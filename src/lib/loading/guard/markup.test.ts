/**
 * Issue #17, markup: HTML in copy, notes, limits or CSV notes is refused with what to write
 * instead; a `[x](javascript:...)` link in a CSV note is refused; copy supports *italics* and
 * refuses lists with a message.
 */
import { describe, expect, it } from 'vitest';
import { STORY, edit, errorsOf, fixture, lineOf, onlyError } from '../fixture.ts';
import { parseCopy } from '../copy.ts';
import { copyHtml } from '../../step/copy-html.ts';
import { markupInCell, markupInStoryText } from './markup.ts';

const PRICES = 'data/datasets/prices.csv';

describe('HTML in story.yaml', () => {
	it("a tag in a step's copy says what to write instead", () => {
		const files = edit(fixture(), STORY, 'with **strong** text', 'with <b>strong</b> text');
		const line = lineOf(files[STORY], 'with <b>strong');
		expect(errorsOf(files).map((e) => e.message)).toEqual([
			`${STORY}:${line}: step "intro" field "copy": HTML is not read here: <b> would show as typed; write **words** for bold`,
			`${STORY}:${line}: step "intro" field "copy": HTML is not read here: </b> would show as typed; write **words** for bold`
		]);
	});

	it("in notes, in a dataset's limits, and an entity", () => {
		let files = edit(fixture(), STORY, 'Speaker notes.', 'Speaker <i>notes</i>.');
		files = edit(files, STORY, '- Ranks 3 and 4 are not itemized.', '- Ranks 3 &amp; 4 are not itemized.<br>');
		const messages = errorsOf(files).map((e) => e.message);
		const limits = lineOf(files[STORY], 'Ranks 3 &amp; 4');
		const notes = lineOf(files[STORY], 'Speaker <i>');
		expect(messages).toEqual([
			`${STORY}:${limits}: dataset "model-ranking" field "limits": HTML is not read here: <br> would show as typed; leave a blank line between paragraphs`,
			`${STORY}:${limits}: dataset "model-ranking" field "limits": HTML is not read here: &amp; would show as typed; write the character itself (& < > " and so on)`,
			`${STORY}:${notes}: step "intro" field "notes": HTML is not read here: <i> would show as typed; write *words* for italics`,
			`${STORY}:${notes}: step "intro" field "notes": HTML is not read here: </i> would show as typed; write *words* for italics`
		]);
	});

	it('a comparison is not a tag: "< 5%" and "a<b" stay text', () => {
		expect(markupInStoryText('under < 5%, and 3 > 2, a<b, x <- y')).toEqual([]);
		expect(markupInStoryText('<a href="https://x.y/z">x</a>').map((f) => f.detail)).toEqual([
			'HTML is not read here: <a> would show as typed; write [text](https://address) for a link',
			'HTML is not read here: </a> would show as typed; write [text](https://address) for a link'
		]);
		expect(markupInStoryText('<ul><li>x</li></ul>')[0].detail).toMatch(/write the items as a sentence/);
	});
});

describe('markup in a CSV note', () => {
	it('a javascript: link is refused: links must be https', () => {
		const files = edit(fixture(), PRICES, 'US,3,15,,', 'US,3,15,see [x](javascript:alert(1)),');
		expect(onlyError(files)).toEqual({
			file: PRICES,
			line: 3,
			field: 'note',
			message: `${PRICES}:3: field "note": link "x": the scheme "javascript:" is not allowed; links must be https:// addresses (and a cell is plain text: give the source's address in the url column)`
		});
	});

	it('an HTML tag, and an https link, would show as typed', () => {
		const files = edit(fixture(), PRICES, 'US,3,15,,', 'US,3,15,<b>list</b> price [here](https://example.com/p),');
		expect(errorsOf(files).map((e) => e.message)).toEqual([
			`${PRICES}:3: field "note": a cell is plain text: <b> would show as typed; write plain words (no HTML)`,
			`${PRICES}:3: field "note": a cell is plain text: </b> would show as typed; write plain words (no HTML)`,
			`${PRICES}:3: field "note": link "here": a cell is plain text, so the brackets would show as typed; give the source's address in the url column`
		]);
	});

	it('brackets that are not a link stay: "[sic]", "(free)"', () => {
		expect(markupInCell('Qwen3.6 Plus (free) [sic]')).toEqual([]);
	});
});

describe('italics and lists in copy', () => {
	it('*italics* render as em, beside **strong**', () => {
		const { paragraphs, problems } = parseCopy('An *open* model, **not** a *closed* one; 5 * 3 stays.');
		expect(problems).toEqual([]);
		expect(copyHtml(paragraphs)).toBe(
			'<p>An <em>open</em> model, <strong>not</strong> a <em>closed</em> one; 5 * 3 stays.</p>'
		);
	});

	it('an unclosed star is refused at its line', () => {
		expect(parseCopy('one\ntwo *three').problems).toEqual([
			{ lineOffset: 1, detail: 'unbalanced "*": italics opened here are never closed (write *words* for italics)' }
		]);
	});

	it('a list is refused with what to write instead, at the line of each item', () => {
		const files = edit(
			fixture(),
			STORY,
			'Second paragraph with [a link](https://example.com/a).',
			'Second paragraph:\n      - one item\n      - another'
		);
		const messages = errorsOf(files).map((e) => e.message);
		const first = lineOf(files[STORY], '- one item');
		expect(messages).toEqual([
			`${STORY}:${first}: step "intro" field "copy": a list item ("- ...") is not supported in copy: its "-" would show as typed; write the items as a sentence, or give each its own paragraph`,
			`${STORY}:${first + 1}: step "intro" field "copy": a list item ("- ...") is not supported in copy: its "-" would show as typed; write the items as a sentence, or give each its own paragraph`
		]);
		expect(parseCopy('1. first\n2) second').problems.map((p) => p.lineOffset)).toEqual([0, 1]);
		expect(parseCopy('ranks 6-10\n-5% on the week').problems).toEqual([]);
	});
});
