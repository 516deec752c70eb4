import type { ChartSpec } from '../types.ts';
import type { WordSpec } from '../../model/words.ts';
import { GROUPED_BARS_DEFAULTS } from './defaults.ts';
import { GROUPED_BARS_STATES } from './prices.ts';
import { groupedBarsScene } from './scene.ts';

/** The words this chart shows (a chart of this kind under `charts:` in story.yaml) and the slots each may fill. */
const GROUPED_BARS_WORDS = {
	'title-output': ['min', 'max'],
	'title-top-ranked': ['n', 'group', 'count', 'reported', 'max'],
	'title-top-ranked-none': ['count', 'reported'],
	'title-input-output': [],
	'unit-output': ['month'],
	'unit-input-output': ['month'],
	'legend-{group}': [],
	'legend-ringed': ['count', 'reported'],
	'legend-input': [],
	'legend-output': [],
	/** `output`: "List prices per million output tokens run from {min} ({cheapest}) to {max} ({dearest})." */
	'caption-output': ['min', 'cheapest', 'max', 'dearest'],
	/**
	 * `output`, where two groups' price ranges meet: the dearest item of the cheapest group against
	 * the cheapest of the dearest group ("The dearest {group} model, {item}, lists at {price}; ...").
	 */
	'caption-output-meet': ['group', 'item', 'price', 'other', 'other-item', 'other-price'],
	/** `top-ranked`: "Of the {count} models named in the ranking reported in {reported}, {groups}." */
	'caption-top-ranked': ['count', 'reported', 'groups'],
	/**
	 * One group's prices in `{groups}`: the first group's phrase (`-first`) carries the verb and
	 * the unit, the others' do not; `-one` for a group of one item, `-many` for several.
	 */
	'ranked-first-one': ['group', 'item', 'price'],
	'ranked-first-many': ['group', 'price'],
	'ranked-one': ['group', 'item', 'price'],
	'ranked-many': ['group', 'price'],
	/** Ranked items that are a free tier: "{items} was a free tier, not the paid listing...". */
	'caption-free-one': ['items'],
	'caption-free-many': ['items'],
	/** Ranked items with no price: "No list price for {items}." */
	'caption-unpriced': ['items'],
	/** `input-output`: "Input prices run from {min} ({cheapest}) to {max} ({dearest}). Output costs {low} to {high} times..." */
	'caption-input-output': ['min', 'cheapest', 'max', 'dearest', 'low', 'high'],
	/** The data table's headings, and its rank cell for an item outside the named ranks. */
	'column-item': [],
	'column-maker': [],
	'column-group': [],
	'column-input': [],
	'column-output': [],
	'column-rank': [],
	'not-ranked': ['count'],
	/** A price as labels, ticks, captions and the table print it: "${value}". */
	value: ['value'],
	/** An item's two values on its row in `input-output`, in full and where the chart is narrow. */
	pair: ['first', 'second'],
	'pair-short': ['first', 'second'],
	/** A group's prices from its cheapest to its dearest, in `{price}` of the `ranked-` words. */
	span: ['low', 'high'],
	/** A ranked item's rank before its name in `top-ranked`. */
	'rank-prefix': ['rank'],
	'column-note': []
} as const satisfies WordSpec;

/** List prices per million tokens; see scene.ts for the states and prices.ts for the name-matching rule. */
export const groupedBarsSpec: ChartSpec = {
	id: 'grouped-bars',
	roles: {
		pairs: { shape: 'pairs', about: 'the two values of each item' },
		ranks: { shape: 'ranks', optional: true, about: 'a ranking whose named items are ringed' }
	},
	options: ['decimals'],
	states: () => [...GROUPED_BARS_STATES],
	keys: (data) => data.pairs.map((r) => r.label),
	text: (data, step) =>
		groupedBarsScene(data, step.state, step.highlight, step.chart.words, step.groups, step.chart.options, step.lang)
			.text,
	scene: (data, step) =>
		groupedBarsScene(data, step.state, step.highlight, step.chart.words, step.groups, step.chart.options, step.lang),
	words: GROUPED_BARS_WORDS,
	defaults: GROUPED_BARS_DEFAULTS
};
