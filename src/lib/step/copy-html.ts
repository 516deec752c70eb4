/**
 * Step copy, from its tokens (see copy.ts) to HTML. Its own module so the page's bundle gets this
 * and not the parser, which runs at build time only.
 */
import type { Inline, Paragraph } from '../model/types.ts';

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** `text` safe inside an HTML element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function runHtml(run: Inline, target: string): string {
	switch (run.kind) {
		case 'strong':
			return `<strong>${escapeHtml(run.text)}</strong>`;
		case 'em':
			return `<em>${escapeHtml(run.text)}</em>`;
		case 'link':
			return `<a href="${escapeHtml(run.href)}"${target} rel="noopener noreferrer">${escapeHtml(run.text)}</a>`;
		default:
			return escapeHtml(run.text);
	}
}

/**
 * Paragraphs as HTML, every piece of text escaped: the tokens decide the markup, the copy never
 * does. The page shows copy with this rather than with a component per run because the copy never
 * changes after the build, and hydrating one string is a fraction of hydrating every run.
 */
export function copyHtml(paragraphs: readonly Paragraph[], opts: { newTab?: boolean } = {}): string {
	// The presenter's links open beside the talk, never in place of it.
	const target = opts.newTab ? ' target="_blank"' : '';
	return paragraphs
		.map((runs) => {
			const inner = runs.map((run) => runHtml(run, target)).join('');
			return `<p>${inner}</p>`;
		})
		.join('');
}
