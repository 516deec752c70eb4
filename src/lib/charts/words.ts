/**
 * Chart words: the titles, units, legends and labels a reader sees around a chart, written by the
 * editors in data/story.yaml (`charts:`), not in chart code. A word may hold `{name}` slots that
 * the chart fills with a figure from the data ("The {count} most used models..."), so a title
 * never states a number the data does not hold. Each chart's spec lists its words and the slots
 * each may use; the loader refuses a missing word, an unknown one or an unknown slot.
 *
 * Relative imports only: the build-time validator reaches this file.
 */
import type { ChartWords } from '../story/types.ts';

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
