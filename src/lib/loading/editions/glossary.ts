/**
 * An edition's glossary (`editions/<code>.glossary.yaml`): the names of a story (labs, models,
 * sources) as the press of that language writes them, each with the page that shows it. The
 * edition follows it: where the glossary gives a name another form, the edition may not write
 * the English one (outside a link's address, and where the other form itself holds it, as
 * "美国国家标准与技术研究院（NIST）" holds "NIST").
 *
 * Relative imports only: the build-time validator reaches this file.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { DataErrorInit } from '../errors.ts';
import { mapGet } from '../guard/dataset.ts';
import type { Field } from './fields.ts';

export interface GlossaryEntry {
	/** The name as the story writes it. */
	en: string;
	/** As the edition's press writes it. */
	as: string;
	/** A page in that language that writes it so; null when none was found (its note says what was searched). */
	source: string | null;
}

const KINDS = ['lab', 'model', 'source', 'product', 'place', 'person', 'other'];

/** Reads a glossary for the edition `code`: its entries, or the problems at their lines. */
export function readGlossary(
	file: string,
	code: string,
	text: string
): { entries: GlossaryEntry[]; problems: DataErrorInit[] } {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
	const line = (n: YamlNode | null | undefined) => (n?.range ? lines.linePos(n.range[0]).line : 1);
	if (doc.errors.length > 0 || !isSeq(doc.contents))
		return {
			entries: [],
			problems: [
				{ file, line: 1, detail: 'expected a list of names (- en: ..., ' + code + ': ..., kind: ..., source: ...)' }
			]
		};
	const entries: GlossaryEntry[] = [];
	const problems: DataErrorInit[] = [];
	for (const item of doc.contents.items as YamlNode[]) {
		const get = (k: string) => {
			const n = mapGet(item, k);
			return isScalar(n) && n.value !== null ? String(n.value) : null;
		};
		const en = get('en');
		const as = get(code);
		const source = get('source');
		const kind = get('kind');
		if (!isMap(item) || !en || !as) {
			problems.push({ file, line: line(item), detail: `an entry needs "en" and "${code}"` });
			continue;
		}
		if (kind !== null && !KINDS.includes(kind))
			problems.push({ file, line: line(item), field: 'kind', detail: `expected one of ${KINDS.join(', ')}` });
		if (source !== null && !/^https?:\/\//.test(source))
			problems.push({
				file,
				line: line(item),
				field: 'source',
				detail: "expected a page's address, or null with a note saying what was searched"
			});
		if (source === null && get('note') === null)
			problems.push({
				file,
				line: line(item),
				field: 'note',
				detail: 'an entry without a source says in a note what was searched'
			});
		entries.push({ en, as, source });
	}
	return { entries, problems };
}

/** Where the edition writes a name in English that its glossary gives in another form. */
export function glossaryProblems(
	file: string,
	lines: LineCounter,
	fields: Iterable<Field>,
	glossary: readonly GlossaryEntry[],
	cells: ReadonlyMap<string, string>
): DataErrorInit[] {
	const changed = glossary.filter((g) => g.as !== g.en);
	const out: DataErrorInit[] = [];
	const check = (text: string, node: YamlNode | null, field: string) => {
		// Addresses, references to the data (whose ids are the story's), and the glossary's own forms that hold an English name, are not the name written in English.
		let rest = text.replace(/\]\([^)]*\)|https?:\/\/\S+|\{[^{}]*\}/g, ' ');
		for (const g of glossary) rest = rest.split(g.as).join(' ');
		for (const g of changed) {
			const re = new RegExp(`(?<![\\p{L}\\p{N}])${g.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
			if (re.test(rest))
				out.push({
					file,
					line: node?.range ? lines.linePos(node.range[0]).line : 1,
					field,
					detail: `writes "${g.en}", which the glossary gives as "${g.as}"`
				});
		}
	};
	for (const f of fields) check(f.text, f.node, f.path);
	for (const [from, to] of cells) check(to, null, `cells["${from}"]`);
	return out;
}
