import type { ChartSpec } from '../types.ts';
import type { WordSpec } from '../../model/words.ts';
import { itemized, rankedBarsStates } from './ranks.ts';
import { rankedBarsScene } from './scene.ts';

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
	'column-value': []
} as const satisfies WordSpec;

/** Ranked bars, unnamed ranks as gaps; see scene.ts for the states. */
export const rankedBarsSpec: ChartSpec = {
	id: 'ranked-bars',
	roles: {
		ranks: { shape: 'ranks', about: 'the ranked items' },
		counts: { shape: 'counts', optional: true, about: 'how many of the ranking fall in each group' }
	},
	options: [],
	states: (_data, groups) => rankedBarsStates(groups),
	keys: (data) => itemized(data).map((r) => r.label as string),
	text: (data, step) => rankedBarsScene(data, step.state, step.highlight, step.chart.words, step.groups).text,
	scene: (data, step) => rankedBarsScene(data, step.state, step.highlight, step.chart.words, step.groups),
	words: RANKED_BARS_WORDS
};
