/**
 * The narrative file, data/stories/<slug>/story.yaml, parsed: `yaml`'s document API with a
 * LineCounter, so every error names the line of the key at fault, and its top-level sections,
 * which the files beside this one read (meta, updates, groups, datasets, rules, charts, steps).
 */
import { isMap } from 'yaml';
import type { Scalar } from 'yaml';
import type { ErrorList } from '../errors.ts';
import { yamlProblem } from '../yaml-errors.ts';
import { parseNarrativeText } from './parse.ts';
import { Reader, describe, type Node } from './reader.ts';

/** The narrative's name inside a story's folder (data/stories/<slug>/story.yaml). */
export const NARRATIVE_FILE = 'story.yaml';

const TOP_KEYS = ['meta', 'updates', 'groups', 'datasets', 'rules', 'charts', 'steps'] as const;
/** `charts:` may be left out only by a registry whose charts show no words (the tests' fakes). */
const REQUIRED_TOP_KEYS = ['meta', 'groups', 'datasets', 'steps'] as const;

/** The parsed YAML document with its line counter; YAML syntax errors are thrown with lines. */
export interface NarrativeDoc {
	reader: Reader;
	top: Map<string, { key: Node; value: Node }>;
	root: Node;
}

/**
 * story.yaml's document (parsed once, narrative/parse.ts) and its top-level sections. `written`:
 * the words whose figure references the guard wrote out from the data, by node, read in place of
 * the words as written.
 */
export function parseNarrative(
	text: string,
	file: string,
	errors: ErrorList,
	written: ReadonlyMap<Scalar, string> = new Map()
): NarrativeDoc | null {
	const { doc, lines } = parseNarrativeText(file, text);
	const reader = new Reader(file, lines, errors, written);
	if (doc.errors.length > 0) {
		// One mistake (a line indented one space too far) makes the parser report five or six
		// things after it; the first, in plain words, is the one to fix.
		const first = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
		const line = first.linePos?.[0].line ?? lines.linePos(first.pos[0]).line;
		errors.add({ file, line, detail: yamlProblem(first.code, first.message) });
		return null;
	}
	const root = doc.contents;
	if (!isMap(root)) {
		reader.report(root, null, null, `expected a map with keys ${TOP_KEYS.join(', ')}, got ${describe(root)}`, 1);
		return null;
	}
	const top = reader.fields(root, TOP_KEYS, null);
	for (const key of REQUIRED_TOP_KEYS) {
		if (!top.has(key)) reader.report(root, null, key, 'missing; this section is required');
	}
	return { reader, top, root };
}
