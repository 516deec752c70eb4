/**
 * Markup the page would show as typed. The story's text is never read as HTML (that is what keeps
 * it safe), so `<b>bold</b>` in a copy, a note or a limit reaches the reader with its angle
 * brackets, and `&amp;` as five characters. A CSV note is plain text: a `[link](address)` in it
 * shows its brackets, and one to `javascript:` must never be written at all. Each is refused at
 * its line with what to write instead.
 */
import type { DataErrorInit } from '../errors.ts';
import type { GuardDataset, GuardNarrative } from './dataset.ts';
import { eachCell } from './dataset.ts';
import { placedScalars } from './places.ts';

const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>|<!--/g;
const ENTITY = /&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g;
const LINK = /\[([^\]]*)\]\(\s*([^)\s]*)[^)]*\)/g;

/** What to write instead of a tag, in story.yaml (where copy has its own small syntax). */
function insteadInCopy(tag: string): string {
	switch (tag) {
		case 'b':
		case 'strong':
			return 'write **words** for bold';
		case 'i':
		case 'em':
			return 'write *words* for italics';
		case 'a':
			return 'write [text](https://address) for a link';
		case 'br':
		case 'p':
			return 'leave a blank line between paragraphs';
		case 'ul':
		case 'ol':
		case 'li':
			return 'write the items as a sentence, or give each its own paragraph';
		default:
			return 'write plain words (copy knows **bold**, *italics* and [links](https://...))';
	}
}

function tagName(match: RegExpExecArray): string {
	return match[0] === '<!--' ? '<!--' : `<${match[0].startsWith('</') ? '/' : ''}${match[1]}>`;
}

interface Found {
	index: number;
	detail: string;
}

/** Markup in a piece of story.yaml's text. */
export function markupInStoryText(text: string): Found[] {
	const out: Found[] = [];
	for (const m of text.matchAll(TAG)) {
		const name = tagName(m);
		const instead =
			m[0] === '<!--'
				? 'delete the comment, or write it as a YAML comment (# ...) on its own line'
				: insteadInCopy(m[1].toLowerCase());
		out.push({ index: m.index!, detail: `HTML is not read here: ${name} would show as typed; ${instead}` });
	}
	for (const m of text.matchAll(ENTITY)) {
		out.push({
			index: m.index!,
			detail: `HTML is not read here: ${m[0]} would show as typed; write the character itself (& < > " and so on)`
		});
	}
	return out;
}

/** Markup in a CSV cell, which the page shows as plain text. */
export function markupInCell(text: string): Found[] {
	const out: Found[] = [];
	for (const m of text.matchAll(TAG)) {
		out.push({
			index: m.index!,
			detail: `a cell is plain text: ${tagName(m)} would show as typed; write plain words (no HTML)`
		});
	}
	for (const m of text.matchAll(ENTITY)) {
		out.push({
			index: m.index!,
			detail: `a cell is plain text: ${m[0]} would show as typed; write the character itself`
		});
	}
	for (const m of text.matchAll(LINK)) {
		const [, label, href] = m;
		const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
		const detail =
			scheme && scheme !== 'https'
				? `link "${label}": the scheme "${scheme}:" is not allowed; links must be https:// addresses (and a cell is plain text: give the source's address in the url column)`
				: `link "${label}": a cell is plain text, so the brackets would show as typed; give the source's address in the url column`;
		out.push({ index: m.index!, detail });
	}
	return out.sort((a, b) => a.index - b.index);
}

export function narrativeMarkup(n: GuardNarrative): DataErrorInit[] {
	const out: DataErrorInit[] = [];
	for (const s of placedScalars(n)) {
		const [start, , end] = s.node.range;
		const source = n.text.slice(start, end);
		for (const f of markupInStoryText(source)) {
			out.push({
				file: n.file,
				line: n.lines.linePos(start + f.index).line,
				context: s.context,
				field: s.field,
				detail: f.detail
			});
		}
	}
	return out;
}

export function datasetMarkup(ds: GuardDataset): DataErrorInit[] {
	const out: DataErrorInit[] = [];
	eachCell(ds, (_row, column, raw, lineAt) => {
		// The url column holds an address; markup checks are for the words.
		if (column === 'url') return;
		for (const f of markupInCell(raw))
			out.push({ file: ds.file, line: lineAt(f.index), field: column, detail: f.detail });
	});
	return out;
}
