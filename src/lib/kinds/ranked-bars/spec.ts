import type { ChartSpec } from '../types.ts';
import type { WordSpec } from '../../model/words.ts';
import { itemized, rankedBarsStates } from './ranks.ts';
import { rankedBarsScene } from './scene.ts';
import { RANKED_BARS_DEFAULTS } from './defaults.ts';

/** The words this chart shows (a chart of this kind under `charts:` in story.yaml) and the slots each may fill. */
const RANKED_BARS_WORDS = {
	'title-named': ['count', 'reported'],
	'title-all': ['total', 'unnamed'],
	'title-group': ['n', 'group', 'tag', 'count'],
	unit: ['reported'],
	'legend-{group}': [],
	'not-itemized': [],
	/** A value as bars, ticks, captions and the table print it: "{value}T". */
	value: ['value'],
	/** What one ranked item is and several are, in the group caption: "model", "models". */
	item: [],
	items: [],
	/** The `named` caption: "{leader} ({maker}) led with {value} tokens in a month, as reported in {reported}, ahead of {others}." */
	'caption-named': ['leader', 'maker', 'value', 'reported', 'others'],
	/** The `all` caption's last sentence, on the unnamed ranks' ceiling: "Each has fewer than {value} tokens." */
	'caption-ceiling': ['value'],
	/** The data table's headings of the item, its maker, its group and its value. */
	'column-item': [],
	'column-maker': [],
	'column-group': [],
	'column-value': [],
	/**
	 * How many of the unnamed ranks fall in a group, `-one` for one and `-many` for several
	 * ("{count} are {group}"); `-not-` for a count of "not <group>" ("{count} are not"). The note
	 * beside the unnamed ranks joins them with commas, its first count as `unnamed-of` ("{count} of
	 * these {slots}"), into `unnamed-note` ("{counts} — which ones is not reported"), or says
	 * `unnamed-note-none` when no counts add up, then `unnamed-note-ceiling` ("; each below {value}").
	 */
	'unnamed-count-one': ['count', 'group'],
	'unnamed-count-many': ['count', 'group'],
	'unnamed-count-not-one': ['count', 'group'],
	'unnamed-count-not-many': ['count', 'group'],
	'unnamed-of': ['count', 'slots'],
	'unnamed-note': ['counts'],
	'unnamed-note-none': ['slots'],
	'unnamed-note-ceiling': ['value'],
	/** The `all` caption: ranks named, then the unnamed ones' counts (`{counts}`, "2 are Danish and 3 are not") or not. */
	'caption-all': ['named'],
	'caption-all-split': ['first', 'last', 'counts'],
	'caption-all-unsplit': ['first', 'last'],
	/**
	 * A group's caption: its named items (`-one`, `-many`), each other group's (`{items}` as
	 * `item-rank`, `{noun}` the `item` or `items` word), and the group's count in the whole ranking.
	 */
	'caption-group-one': ['items', 'group'],
	'caption-group-many': ['items', 'group'],
	'caption-group-other-one': ['items', 'group', 'noun', 'named'],
	'caption-group-other-many': ['items', 'group', 'noun', 'named'],
	'caption-group-total-one': ['total', 'count', 'group', 'unnamed'],
	'caption-group-total-many': ['total', 'count', 'group', 'unnamed'],
	'item-rank': ['item', 'rank'],
	/** A named item and its value in the `named` caption's `{others}`. */
	'item-value': ['item', 'value'],
	'column-rank': [],
	'column-note': []
} as const satisfies WordSpec;

/** Ranked bars, unnamed ranks as gaps; see scene.ts for the states. */
export const rankedBarsSpec: ChartSpec = {
	id: 'ranked-bars',
	roles: {
		ranks: { shape: 'ranks', about: 'the ranked items' },
		counts: { shape: 'counts', optional: true, about: 'how many of the ranking fall in each group' }
	},
	options: ['decimals'],
	states: (_data, groups) => rankedBarsStates(groups),
	keys: (data) => itemized(data).map((r) => r.label as string),
	text: (data, step) =>
		rankedBarsScene(data, step.state, step.highlight, step.chart.words, step.groups, step.chart.options, step.lang)
			.text,
	scene: (data, step) =>
		rankedBarsScene(data, step.state, step.highlight, step.chart.words, step.groups, step.chart.options, step.lang),
	words: RANKED_BARS_WORDS,
	defaults: RANKED_BARS_DEFAULTS
};
