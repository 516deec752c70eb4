/**
 * Chart words: the titles, units, legends and labels a reader sees around a chart, written by the
 * editors in story.yaml (`charts:`), not in chart code. A word may hold `{name}` slots that
 * the chart fills with a figure from the data ("The {count} most used models..."), so a title
 * never states a number the data does not hold. Each chart's spec lists its words and the slots
 * each may use; the loader refuses a missing word, an unknown one or an unknown slot.
 *
 * Relative imports only: the build-time validator reaches this file.
 */
import type { ChartWords } from './types.ts';
import { decimals, notReported } from './format.ts';
import type { LangCode } from './locale/langs.ts';

/** A chart's words: each key with the `{slots}` it may use. */
export type WordSpec = Readonly<Record<string, readonly string[]>>;

/** The `{slot}` names a template uses, in order, once each. */
export function slotsOf(template: string): string[] {
	return [...new Set([...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]))];
}

/**
 * The word `key` with its slots filled. A word the editors did not write shows as `[key]`: the
 * loader makes that impossible in the story, and a test that passes no words still runs.
 */
export function word(words: ChartWords, key: string, values: Record<string, string | number> = {}): string {
	const template = words[key];
	if (template === undefined) return `[${key}]`;
	return template.replace(/\{([^{}]*)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}

/**
 * Words a story may leave out, with the text they have then: the sentence parts, labels and
 * headings a kind printed in English before they were words, kept as they were so a story that
 * does not write them reads as before. A story's word of the same key replaces its default.
 */
export type WordDefaults = Readonly<Record<string, string>>;

/** A kind's defaults in each language: the same keys and slots in each (`default-words.test.ts`). */
export type LangDefaults = Readonly<Record<LangCode, WordDefaults>>;

/** A chart's words with the defaults of those it did not write, its own first (a legend's order). */
export function withDefaults(words: ChartWords, defaults: WordDefaults): ChartWords {
	const out: Record<string, string> = { ...words };
	for (const [k, v] of Object.entries(defaults)) if (!(k in out)) out[k] = v;
	return out;
}

/** A spec key written once per group: `legend-{group}` stands for `legend-A`, `legend-B`... */
export const PER_GROUP = '{group}';

/** A spec key written once per series of a timeline: `series-{series}`. */
export const PER_SERIES = '{series}';

function expand(k: string, groupIds: readonly string[], seriesIds: readonly string[]): string[] {
	if (k.includes(PER_GROUP)) return groupIds.map((g) => k.replace(PER_GROUP, g));
	if (k.includes(PER_SERIES)) return seriesIds.map((s) => k.replace(PER_SERIES, s));
	return [k];
}

/** The word keys a spec asks of a story with these group (and series) ids, per-id keys expanded. */
export function expandKeys(spec: WordSpec, groupIds: readonly string[], seriesIds: readonly string[] = []): string[] {
	return Object.keys(spec).flatMap((k) => expand(k, groupIds, seriesIds));
}

/** The spec key a story's word key fills (`legend-A` fills `legend-{group}`). */
export function specKey(
	spec: WordSpec,
	key: string,
	groupIds: readonly string[],
	seriesIds: readonly string[] = []
): string | undefined {
	if (key in spec) return key;
	return Object.keys(spec).find((k) => expand(k, groupIds, seriesIds).includes(key) && k !== key);
}

/**
 * A per-group word for each group, in the order the editors wrote them (a legend's order):
 * `groupWords(words, 'legend-', ids)` gives the `legend-<id>` words.
 */
export function groupWords(
	words: ChartWords,
	prefix: string,
	groupIds: readonly string[]
): { group: string; text: string }[] {
	return Object.keys(words)
		.filter((k) => k.startsWith(prefix) && groupIds.includes(k.slice(prefix.length)))
		.map((k) => ({ group: k.slice(prefix.length), text: words[k] }));
}

/**
 * A value as the chart's `value` word prints it ("{value}T"), with `digits` decimals (the chart's
 * `decimals` option where it sets one; two otherwise); "not reported" for none.
 */
export function formatValue(words: ChartWords, value: number | null, digits: number, lang: LangCode): string {
	return value === null ? notReported(lang) : word(words, 'value', { value: decimals(value, digits) });
}
