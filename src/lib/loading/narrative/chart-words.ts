/** A chart's `words:` in story.yaml: its titles, units and legends. */
import { isMap } from 'yaml';
import type { ChartWords } from '../../model/types.ts';
import type { ChartSpec } from '../../kinds/types.ts';
import { expandKeys, slotsOf, specKey, withDefaults } from '../../model/words.ts';
import { describe, type Node, type Reader } from './reader.ts';
import { SOURCE_LANG } from '../../model/locale/langs.ts';

/** A chart's `words:`, checked against its kind's word spec (see model/words.ts). */
export function readWords(
	reader: Reader,
	entry: { key: Node; value: Node } | undefined,
	chartKey: Node,
	ctx: string,
	kind: ChartSpec,
	groupIds: readonly string[],
	seriesIds: readonly string[]
): ChartWords | null {
	const spec = kind.words;
	const defaults = kind.defaults?.[SOURCE_LANG] ?? {};
	const keys = expandKeys(spec, groupIds, seriesIds);
	const needed = keys.filter((k) => !(k in defaults));
	if (!entry) {
		if (needed.length === 0) return withDefaults({}, defaults);
		reader.report(chartKey, ctx, 'words', `missing; kind "${kind.id}" needs the words ${needed.join(', ')}`);
		return null;
	}
	if (!isMap(entry.value)) {
		reader.report(entry.key, ctx, 'words', `expected a map of words, got ${describe(entry.value)}`);
		return null;
	}
	// In the order written: per-group words (a legend) keep the editors' order.
	const f = reader.fields(entry.value, keys, ctx);
	let good = f.size === entry.value.items.length;
	const words: Record<string, string> = {};
	for (const [key, w] of f) {
		const text = reader.scalarText(w.value, ctx, key, w.key);
		if (text === null) {
			good = false;
			continue;
		}
		const allowed = spec[specKey(spec, key, groupIds, seriesIds) ?? key] ?? [];
		const unknown = slotsOf(text).filter((slot) => !allowed.includes(slot));
		if (unknown.length) {
			const may = allowed.length ? `it may use ${allowed.map((a) => `{${a}}`).join(', ')}` : 'it takes none';
			reader.report(w.value, ctx, key, `unknown slot ${unknown.map((u) => `{${u}}`).join(', ')}; ${may}`);
			good = false;
			continue;
		}
		words[key] = text;
	}
	for (const key of needed) {
		if (!f.has(key)) {
			reader.report(entry.key, ctx, key, 'missing; every word of the chart without a default is needed');
			good = false;
		}
	}
	return good ? withDefaults(words, defaults) : null;
}
