/** Step copy to Inline tokens: paragraphs, strong, links, and the line of a markup mistake. */
import { describe, expect, it } from 'vitest';
import { parseCopy } from './copy.ts';
import { copyHtml, escapeHtml } from '../step/copy-html.ts';

describe('parseCopy', () => {
	it('splits paragraphs on blank lines and folds single newlines', () => {
		const { paragraphs, problems } = parseCopy('one\ntwo  three\n\n\n  four\n');
		expect(problems).toEqual([]);
		expect(paragraphs).toEqual([[{ kind: 'text', text: 'one two three' }], [{ kind: 'text', text: 'four' }]]);
	});

	it('turns **strong** and [links](https://...) into tokens', () => {
		const { paragraphs, problems } = parseCopy(
			"It was **Xiaomi's MiMo-V2-Pro**, reported by\n[The Hype](https://thehype.news/x/). [sic] stays."
		);
		expect(problems).toEqual([]);
		expect(paragraphs).toEqual([
			[
				{ kind: 'text', text: 'It was ' },
				{ kind: 'strong', text: "Xiaomi's MiMo-V2-Pro" },
				{ kind: 'text', text: ', reported by ' },
				{ kind: 'link', text: 'The Hype', href: 'https://thehype.news/x/' },
				{ kind: 'text', text: '. [sic] stays.' }
			]
		]);
	});

	it('lets strong text span a folded line break', () => {
		expect(parseCopy('a **b\nc** d').paragraphs).toEqual([
			[
				{ kind: 'text', text: 'a ' },
				{ kind: 'strong', text: 'b c' },
				{ kind: 'text', text: ' d' }
			]
		]);
	});

	it('never produces HTML: markup-like text stays text', () => {
		expect(parseCopy('<script>alert(1)</script>').paragraphs).toEqual([
			[{ kind: 'text', text: '<script>alert(1)</script>' }]
		]);
	});

	it('reports unbalanced ** with the line it opens on', () => {
		expect(parseCopy('fine\n\nalso fine\nbut **not this\none').problems).toEqual([
			{ lineOffset: 3, detail: 'unbalanced "**": strong text opened here is never closed' }
		]);
	});

	it('reports links that are not https and malformed links', () => {
		expect(parseCopy('see [x](http://a.example)').problems).toEqual([
			{ lineOffset: 0, detail: 'link "x" must point to an https:// address, got "http://a.example"' }
		]);
		expect(parseCopy('see [x](https://a.example/ b)').problems).toEqual([
			{ lineOffset: 0, detail: 'malformed link: write [text](https://address) with no spaces in the address' }
		]);
		expect(parseCopy('x\ny\n[x](javascript:alert(1))').problems).toEqual([
			{ lineOffset: 2, detail: 'link "x": the scheme "javascript:" is not allowed; links must be https:// addresses' }
		]);
		expect(parseCopy('[x](JavaScript:void)').problems[0].detail).toBe(
			'link "x": the scheme "javascript:" is not allowed; links must be https:// addresses'
		);
		expect(parseCopy('[x](data:text/html,hi)').problems[0].detail).toContain('the scheme "data:" is not allowed');
	});

	it('reports empty copy', () => {
		expect(parseCopy('  \n\n').problems).toEqual([{ lineOffset: 0, detail: 'copy is empty' }]);
	});
});

describe('copyHtml', () => {
	it('writes the markup from the tokens and escapes every piece of text', () => {
		const { paragraphs } = parseCopy(
			'A <b>"tag"</b> & **Qwen\'s** share\n\nsee [the <data>](https://example.org/?a=1&b="2")'
		);
		expect(copyHtml(paragraphs)).toBe(
			'<p>A &lt;b&gt;&quot;tag&quot;&lt;/b&gt; &amp; <strong>Qwen&#39;s</strong> share</p>' +
				'<p>see <a href="https://example.org/?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer">the &lt;data&gt;</a></p>'
		);
	});

	it('escapes the five characters that matter in text and attributes', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
	});
});
