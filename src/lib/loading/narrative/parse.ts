/**
 * story.yaml parsed once per process (or worker): the file reader, the guard and the loader read
 * one document. A build loads each story once per page it prerenders; the memo keeps the last parse
 * of each path with its text, so a file edited under `npm run dev` is parsed again.
 *
 * The document is shared: nothing may change it. (The guard writes the copy's figure references
 * out beside it, by node, for the loader to read.)
 */
import { LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';

export interface ParsedNarrative {
	doc: Document.Parsed;
	lines: LineCounter;
}

const memo = new Map<string, { text: string; parsed: ParsedNarrative }>();

/** story.yaml at `file` with this `text`, parsed with its line counter; YAML mistakes are in `doc.errors`. */
export function parseNarrativeText(file: string, text: string): ParsedNarrative {
	const known = memo.get(file);
	if (known && known.text === text) return known.parsed;
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
	const parsed = { doc, lines };
	memo.set(file, { text, parsed });
	return parsed;
}
