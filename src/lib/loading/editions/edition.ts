/**
 * An edition (`editions/<code>.yaml` in a story's folder) read and checked against its story:
 * - the language code is one the app writes (langs.ts), the status `draft` or `published`;
 * - it has every field the story has and none the story lacks (fields.ts), each update with the
 *   story's date, each chart word with the story's `{slots}`;
 * - its copy's figures follow the rule of the story's: references, written out in the edition's
 *   format; a figure written out, or written in another language's format ("37,1", "٣٧٫١"), stops
 *   it; every other field (a limit, a title, a note) states the figures its English states;
 * - its `cells:` translate text the data holds, and its names follow its glossary (glossary.ts);
 * - it holds no invisible character or direction control, and none its fonts cannot draw (the
 *   story's, and its script's family: characters.ts).
 * A published edition with a problem stops the build at its file and line; a draft's problems are
 * warnings, and each field with one reads in English, so a draft builds for preview and never
 * blocks the story.
 *
 * Relative imports only: the build-time validator reaches this file.
 */
import { LineCounter, isMap, isScalar, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Story } from '../../model/types.ts';
import { LANGS, type EditionLang, type LangCode } from '../../model/locale/langs.ts';
import { slotsOf } from '../../model/words.ts';
import type { DataErrorInit } from '../errors.ts';
import type { Charts } from '../narrative/charts.ts';
import type { GuardDataset, GuardNarrative } from '../guard/dataset.ts';
import { mapGet } from '../guard/dataset.ts';
import { editionCoverage, narrativeCharacters } from '../guard/characters.ts';
import { checkWords, guardSteps, storyScope } from '../guard/figures.ts';
import { figuresIn, foreignFigures } from '../guard/numbers.ts';
import { writeOut } from '../guard/references.ts';
import { COPY_FIELD, EDITION_KEYS, editionFields, expectedFields, type Field } from './fields.ts';
import { applyEdition, isTextField } from './apply.ts';
import { glossaryProblems, type GlossaryEntry } from './glossary.ts';

export type EditionStatus = 'draft' | 'published';

export interface Edition {
	lang: EditionLang;
	status: EditionStatus;
	file: string;
	/** The story in the edition's language. */
	story: Story;
	/** A draft's problems (its fields with one read in English); a published edition has none. */
	warnings: DataErrorInit[];
}

/** The English story an edition is checked against: the story, its story.yaml and its datasets as the guard reads them. */
export interface EditionBase {
	story: Story;
	narrative: GuardNarrative;
	datasets: readonly GuardDataset[];
	datasetsOf: (chart: string) => readonly string[] | null;
	kinds: Charts;
}

const sameSlots = (a: string, b: string) => slotsOf(a).sort().join() === slotsOf(b).sort().join();
const values = (text: string, lang: LangCode) =>
	figuresIn(text.replace(/\{[^{}]*\}/g, ''), [], lang)
		.map((f) => f.value)
		.sort((x, y) => x - y)
		.join(', ');

/**
 * Reads the edition `code` from `text` (its file `file`) against `base`. Throws nothing: returns
 * the edition, or its problems (each a `DataErrorInit`) when it is published and has any, or
 * cannot be read at all.
 */
export function readEdition(
	file: string,
	code: string,
	text: string,
	base: EditionBase,
	glossary: readonly GlossaryEntry[] = []
): { edition: Edition | null; problems: DataErrorInit[] } {
	const at = (node: YamlNode | null | undefined, field: string | null, detail: string): DataErrorInit => ({
		file,
		line: node?.range ? lines.linePos(node.range[0]).line : 1,
		field,
		detail
	});
	const lines = new LineCounter();
	if (!Object.hasOwn(LANGS, code) || code === 'en') {
		const known = Object.keys(LANGS).filter((c) => c !== 'en');
		return {
			edition: null,
			problems: [
				{
					file,
					line: 0,
					detail: `unknown language "${code}": an edition's file is named by one of ${known.join(', ')} (${known.map((c) => `${c}.yaml`).join(', ')})`
				}
			]
		};
	}
	const lang = code as EditionLang;
	const doc: Document.Parsed = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
	if (doc.errors.length > 0 || !isMap(doc.contents)) {
		const e = doc.errors[0];
		return {
			edition: null,
			problems: [
				{
					file,
					line: e ? lines.linePos(e.pos[0]).line : 1,
					detail: e ? e.message.split('\n')[0] : "expected a map of the story's parts"
				}
			]
		};
	}
	// A field's line, and within a block scalar (`|`, `>`), which starts on the line after its key, the line of a character.
	const lineOf = (f: Field, index: number) => {
		if (!f.node?.range) return 1;
		const first = lines.linePos(f.node.range[0]).line;
		const type = isScalar(f.node) ? f.node.type : undefined;
		if (type !== 'BLOCK_LITERAL' && type !== 'BLOCK_FOLDED') return first;
		return first + 1 + (type === 'BLOCK_LITERAL' ? f.text.slice(0, index).split('\n').length - 1 : 0);
	};
	const problems: DataErrorInit[] = [];
	for (const pair of doc.contents.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : '';
		if (!EDITION_KEYS.includes(key))
			problems.push(at(pair.key as YamlNode, key, `unknown part; an edition has ${EDITION_KEYS.join(', ')}`));
	}
	const statusNode = mapGet(doc.contents, 'status');
	const status = isScalar(statusNode) ? String(statusNode.value) : '';
	if (status !== 'draft' && status !== 'published') {
		return {
			edition: null,
			problems: [
				...problems,
				at(
					statusNode ?? doc.contents,
					'status',
					`expected draft or published, got ${status ? `"${status}"` : 'nothing'}`
				)
			]
		};
	}

	const expected = new Map(expectedFields(base.story, base.narrative.doc).map((f) => [f.path, f]));
	const given = new Map(editionFields(doc).map((f) => [f.path, f]));
	const bad = new Set<string>();
	const report = (f: Field | undefined, path: string, detail: string) => {
		bad.add(path);
		problems.push(at(f?.node ?? doc.contents, path, detail));
	};
	for (const [path, f] of given) {
		const english = expected.get(path);
		if (!english) report(f, path, "the story has no such field; an edition translates the story's fields only");
		else if (f.text.trim() === '') report(f, path, "empty; translate the story's text");
		else if (/^updates\.\d+\.date$/.test(path) && f.text !== english.text)
			report(f, path, `the story's update is dated ${english.text}, not ${f.text}`);
		else if (path.startsWith('charts.') && !sameSlots(f.text, english.text))
			report(
				f,
				path,
				`the story's word uses ${
					slotsOf(english.text)
						.map((s) => `{${s}}`)
						.join(', ') || 'no slot'
				}; the translation must use the same (in any order)`
			);
	}
	for (const path of expected.keys()) {
		if (!given.has(path)) {
			const parent = [...given.values()].find((f) => path.startsWith(f.path.split('.').slice(0, 2).join('.') + '.'));
			report(parent, path, 'missing; the story has it, so a published edition translates it');
		}
	}

	// Figures: the copy's are references, written out in the edition's format; any other field
	// states its English's figures. Neither writes a figure in another language's format.
	const words = new Map<string, string>();
	const base0 = storyScope(base.narrative, base.datasets);
	const cited = new Map(guardSteps(base.narrative, base.datasetsOf).map((s) => [s.id, s.cited ?? []]));
	for (const [path, f] of given) {
		const english = expected.get(path);
		if (!english || bad.has(path)) continue;
		const where = (index: number) => ({ file, line: lineOf(f, index), field: path });
		let fine = true;
		for (const x of foreignFigures(f.text)) {
			problems.push({
				...where(x.index),
				detail: `the figure "${x.raw}" is written ${x.says}; the ${LANGS[lang].name} edition writes 0-9, "." for decimals and "," between thousands`
			});
			fine = false;
		}
		if (COPY_FIELD.test(path)) {
			const step = path.startsWith('meta.') ? 'meta' : path.split('.')[1];
			const scope = { ...base0, cited: cited.get(step) ?? [], lang };
			const check = checkWords(f.text, scope, {
				unsure: false,
				readsUnread: () => false,
				dataOf: step === 'meta' ? "the story's data" : `the data step "${step}" cites`
			});
			for (const p of check.problems) problems.push({ ...where(p.index), detail: p.detail });
			if (check.problems.length > 0) fine = false;
			else words.set(path, writeOut(f.text, check.resolved));
		} else {
			const want = values(english.text, 'en');
			const got = values(f.text, lang);
			if (want !== got) {
				problems.push({
					...where(0),
					detail: `the story's text states the figures ${want || '(none)'}; the translation states ${got || '(none)'}: a translation carries the same figures`
				});
				fine = false;
			} else words.set(path, f.text);
		}
		if (!fine) bad.add(path);
	}

	// The table of cells: each a text the data holds, translated.
	const cells = new Map<string, string>();
	const texts = new Set<string>();
	for (const rows of Object.values(base.story.data))
		for (const row of rows)
			for (const [k, v] of Object.entries(row)) if (typeof v === 'string' && isTextField(k)) texts.add(v);
	const cellsNode = mapGet(doc.contents, 'cells');
	if (cellsNode && !isMap(cellsNode))
		problems.push(at(cellsNode, 'cells', "expected a map of the data's text to its translation"));
	for (const pair of isMap(cellsNode) ? cellsNode.items : []) {
		const from = isScalar(pair.key) ? String(pair.key.value) : '';
		const to = isScalar(pair.value) ? String(pair.value.value ?? '') : '';
		if (!texts.has(from))
			problems.push(at(pair.key as YamlNode, 'cells', `no note, maker, unit or label of the data reads "${from}"`));
		else if (to.trim() === '') problems.push(at(pair.key as YamlNode, 'cells', `"${from}" has no translation`));
		else cells.set(from, to);
	}
	problems.push(...glossaryProblems(file, lines, given.values(), glossary, cells));
	// Characters a reader cannot see, or the edition's fonts cannot draw, as in story.yaml.
	const lineOfNode = (node: YamlNode | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
	problems.push(...narrativeCharacters({ file, text, doc, lines, lineOf: lineOfNode }, editionCoverage(lang)));

	if (status === 'published' && problems.length > 0) return { edition: null, problems };
	return {
		edition: {
			lang,
			status,
			file,
			story: applyEdition(base.story, lang, words, cells, base.kinds),
			warnings: problems
		},
		problems: []
	};
}
