/**
 * The ranks the source names and the ones it leaves unnamed, what is known about the unnamed
 * ones (how many fall in each group, the ceiling on their values) and the chart's states: one
 * per group besides `named` and `all`. Shared by the scene and its text.
 */
import type { ChartWords, Datasets, Group, RankRow } from '../../model/types.ts';
import { word } from '../../model/words.ts';
import { groupLabel } from '../../model/groups.ts';

/** The states that need no group; a group's id is a state too (its rows ringed). */
export const RANKED_BARS_STATES = ['named', 'all'] as const;

/** The states of a story with these groups. */
export function rankedBarsStates(groups: readonly Group[]): string[] {
	return [...RANKED_BARS_STATES, ...groups.map((g) => g.id)];
}

/** A state: `named`, `all` or a group id. */
export type RankedBarsState = string;

/** Ranks the source names, in rank order. */
export function itemized(data: Datasets): RankRow[] {
	return data.ranks.filter((r) => r.label !== null && r.value !== null).sort((a, b) => a.rank - b.rank);
}

/** Ranks the source leaves unnamed, in rank order. */
export function unitemized(data: Datasets): RankRow[] {
	return data.ranks.filter((r) => r.label === null).sort((a, b) => a.rank - b.rank);
}

/** How many of the unnamed ranks belong to one group, or to every group but one ("not X"). */
export interface SlotCount {
	/** A group id, or "not <id>". */
	group: string;
	count: number;
}

/**
 * What is known about the unnamed ranks: how many of them fall in each counted group (the
 * reported counts minus the named rows of that group), and the ceiling on their values (the
 * smallest named value, since they rank below it). Counts are `null` when the reported counts
 * do not add up with the named rows.
 */
export function unitemizedSplit(data: Datasets): {
	slots: number;
	counts: SlotCount[] | null;
	ceiling: number | null;
} {
	const named = itemized(data);
	const slots = unitemized(data).length;
	const counts = data.counts.map((r) => {
		const outside = /^not (.+)$/.exec(r.group)?.[1];
		const namedOf = named.filter((n) => (outside !== undefined ? n.group !== outside : n.group === r.group)).length;
		return { group: r.group, count: r.count - namedOf };
	});
	const ok =
		counts.length > 0 && counts.every((c) => c.count >= 0) && counts.reduce((s, c) => s + c.count, 0) === slots;
	const ceiling = named.length ? Math.min(...named.map((r) => r.value as number)) : null;
	return { slots, counts: ok ? counts : null, ceiling };
}

/**
 * "2 are Danish", "3 are not": one count of the unnamed ranks in the chart's `unnamed-count-`
 * words, the one or many form by the count; `count` is what the phrase says for it (the note's
 * first phrase says "2 of these 5").
 */
export function countPhrase(
	c: SlotCount,
	groups: readonly Group[],
	words: ChartWords,
	count: string | number = c.count
): string {
	const outside = /^not (.+)$/.exec(c.group)?.[1];
	const key = `unnamed-count-${outside !== undefined ? 'not-' : ''}${c.count === 1 ? 'one' : 'many'}`;
	return word(words, key, { count, group: groupLabel(groups, outside ?? c.group) });
}
