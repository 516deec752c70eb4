/**
 * An edition's words as fields: each text an edition translates, by its path (`steps.intro.copy`,
 * `datasets.prices.limits.1`, `charts.ranking.title-named`), with its YAML node for its line. The
 * story says which fields an edition must have: `expectedFields` lists them from the English
 * story and its story.yaml; `editionFields` reads them from an edition's file.
 *
 * Relative imports only: the build-time validator reaches this file.
 */
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { Story } from '../../model/types.ts';
import { mapGet } from '../guard/dataset.ts';

/** One text of an edition: where it is, and what it says. */
export interface Field {
	path: string;
	text: string;
	/** Its node in the edition's file (for its line); null for a field of the story. */
	node: YamlNode | null;
}

/** The top-level keys of an edition: the story's words by part, its status and its table of cells. */
export const EDITION_KEYS = ['status', 'meta', 'groups', 'datasets', 'charts', 'steps', 'updates', 'cells'];

/** The fields whose figures are references to the data, written out in the edition's format. */
export const COPY_FIELD = /^(meta\.(title|dek|method)|steps\.[^.]+\.(copy|notes))$/;

/** Every field an edition of `story` translates, with the English text, from the story and its story.yaml. */
export function expectedFields(story: Story, english: Document.Parsed): Field[] {
	const out: Field[] = [];
	const add = (path: string, text: string | null | undefined) => {
		if (typeof text === 'string' && text.trim() !== '') out.push({ path, text, node: null });
	};
	const meta = mapGet(english.contents, 'meta');
	for (const key of ['label', 'title', 'dek', 'byline', 'author', 'publisher', 'method']) {
		const node = mapGet(meta, key);
		add(`meta.${key}`, isScalar(node) ? String(node.value ?? '') : null);
	}
	add('meta.basedOn.title', story.meta.basedOn.title);
	for (const g of story.groups) {
		add(`groups.${g.id}.label`, g.label);
		add(`groups.${g.id}.tag`, g.tag);
	}
	for (const d of story.datasets) {
		add(`datasets.${d.id}.title`, d.title);
		add(`datasets.${d.id}.credit`, d.credit);
		add(`datasets.${d.id}.about`, d.about);
		d.limits.forEach((l, i) => add(`datasets.${d.id}.limits.${i}`, l));
	}
	// A chart's words as story.yaml writes them: the kind's defaults come in the edition's language.
	const charts = mapGet(english.contents, 'charts');
	if (isMap(charts)) {
		for (const pair of charts.items) {
			const words = mapGet(pair.value as YamlNode, 'words');
			if (!isMap(words)) continue;
			for (const w of words.items) {
				if (isScalar(w.key) && isScalar(w.value))
					add(`charts.${String(pair.key)}.${String(w.key.value)}`, String(w.value.value));
			}
		}
	}
	const steps = mapGet(english.contents, 'steps');
	if (isSeq(steps)) {
		for (const item of steps.items) {
			const id = mapGet(item as YamlNode, 'id');
			if (!isScalar(id)) continue;
			for (const key of ['kicker', 'copy', 'notes']) {
				const node = mapGet(item as YamlNode, key);
				add(`steps.${String(id.value)}.${key}`, isScalar(node) ? String(node.value ?? '') : null);
			}
		}
	}
	const updates = mapGet(english.contents, 'updates');
	if (isSeq(updates)) {
		updates.items.forEach((item, i) => {
			const date = mapGet(item as YamlNode, 'date');
			const note = mapGet(item as YamlNode, 'note');
			add(`updates.${i}.date`, isScalar(date) ? String(date.value) : null);
			add(`updates.${i}.note`, isScalar(note) ? String(note.value ?? '') : null);
		});
	}
	return out;
}

/** Every text leaf of an edition's words (not its status or cells), by path. */
export function editionFields(doc: Document.Parsed): Field[] {
	const out: Field[] = [];
	const walk = (node: YamlNode | null | undefined, path: string) => {
		if (isMap(node)) {
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
				walk(pair.value as YamlNode, path ? `${path}.${key}` : key);
			}
		} else if (isSeq(node)) {
			node.items.forEach((item, i) => walk(item as YamlNode, `${path}.${i}`));
		} else if (isScalar(node) && node.value !== null && node.value !== undefined) {
			out.push({ path, text: String(node.value), node });
		} else out.push({ path, text: '', node: node ?? null });
	};
	if (isMap(doc.contents)) {
		for (const pair of doc.contents.items) {
			const key = isScalar(pair.key) ? String(pair.key.value) : '';
			if (key !== 'status' && key !== 'cells') walk(pair.value as YamlNode, key);
		}
	}
	return out;
}
