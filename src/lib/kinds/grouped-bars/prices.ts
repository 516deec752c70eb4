/**
 * Reading the price list: the chart's states, the order of its rows in each, and the rule that
 * matches a price row to an entry of the ranking. Shared by the scene and its text.
 */
import type { Datasets, PairRow } from '../../model/types.ts';
import { compareText } from '../../model/compare.ts';
import { monthYear } from '../rows.ts';
import type { LangCode } from '../../model/locale/langs.ts';

export const GROUPED_BARS_STATES = ['output', 'top-ranked', 'input-output'] as const;
export type GroupedBarsState = (typeof GROUPED_BARS_STATES)[number];

/** A ranking entry that names a free tier, e.g. "Model 2 (free)". */
export const FREE = /\(\s*free\s*\)/i;

/**
 * The matching rule between a ranking entry and a price row: two names match when they are equal
 * after removing every parenthesised qualifier but "(free)", ignoring case and runs of spaces.
 * A free tier is not the paid listing: a ranking's "Model 2 (free)" cost nothing, so it does not
 * match the price list's paid "Model 2". "Model 4.6" does not match "Model 4.7", and "Model 3
 * Pro" does not match "Model 3 Pro Preview".
 */
export function itemMatchKey(name: string): string {
	return name
		.replace(/\((?!\s*free\s*\))[^)]*\)/gi, ' ')
		.replace(FREE, ' (free) ')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** Rank in the ranking of the item a price row lists, or null when it is not ranked. */
export function rankOf(data: Datasets, priceLabel: string): number | null {
	const key = itemMatchKey(priceLabel);
	const hit = data.ranks.find((r) => r.label !== null && itemMatchKey(r.label) === key);
	return hit ? hit.rank : null;
}

/** Row order of a state: output price, dearest first; or input price, dearest first. */
export function priceOrder(data: Datasets, state: GroupedBarsState): PairRow[] {
	const rows = data.pairs.slice();
	return state === 'input-output'
		? rows.sort((a, b) => b.first - a.first || b.second - a.second || compareText(a.label, b.label))
		: rows.sort((a, b) => b.second - a.second || compareText(a.label, b.label));
}

/** The month the ranking was reported, e.g. "April 2026". */
export function rankingMonth(data: Datasets, lang: LangCode): string {
	return monthYear(data.ranks[0]?.date ?? '', lang);
}
