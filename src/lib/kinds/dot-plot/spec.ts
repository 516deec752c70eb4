import type { ChartSpec } from '../types.ts';
import type { WordSpec } from '../../model/words.ts';
import { metricIds, metricRows } from './metrics.ts';
import { dotPlotScene } from './scene.ts';
import { DOT_PLOT_DEFAULTS } from './defaults.ts';

/** The words this chart shows (a chart of this kind under `charts:` in story.yaml) and the slots each may fill. */
const DOT_PLOT_WORDS = {
	title: ['metric', 'leader', 'date'],
	'title-none': ['metric'],
	unit: ['metric', 'unit', 'start'],
	axis: ['metric', 'unit'],
	'legend-{group}': [],
	/**
	 * The caption's first sentence, its leader: "On {metric} ({unit}), the {group} model {leader}
	 * led at {score} as of {date}"; then, when another group scores, `caption-rival` ("; the
	 * highest-scoring {group} model listed here, ..."), else a full stop. The words say which end
	 * of the scale is best ("highest", "fastest"), so they follow the chart's `better` option.
	 */
	'caption-lead': ['metric', 'unit', 'group', 'leader', 'score', 'date'],
	'caption-rival': ['group', 'rival', 'score'],
	/** Scores of several report dates: "The scores come from reports of different dates ({dates}), ..." */
	'caption-dates': ['dates'],
	/** Items with no score: "{items}: score not reported, shown as an empty row." */
	'caption-missing': ['items'],
	/** When a score is approximate: "Scores marked ~ are approximate; ± is the stated error." */
	'caption-approximate': [],
	/** The data table's headings of the item, its maker and its group. */
	'column-item': [],
	'column-maker': [],
	'column-group': [],
	/** A score the source gives as approximate ("~{score}") and one with a stated error ("{score} ±{error}"). */
	approximate: ['score'],
	error: ['score', 'error'],
	/** The data table's headings of the score, its source and its date. */
	'column-score': ['metric', 'unit'],
	'column-source': [],
	'column-date': []
} as const satisfies WordSpec;

/** One benchmark metric at a time, one state per metric id; see scene.ts. */
export const dotPlotSpec: ChartSpec = {
	id: 'dot-plot',
	roles: {
		scores: { shape: 'scores', about: 'the scores' },
		metrics: { shape: 'metrics', about: 'the scales the scores are on' }
	},
	options: ['better', 'start', 'decimals'],
	states: (data) => metricIds(data),
	keys: (data, state) => metricRows(data, state).map((r) => r.label),
	text: (data, step) =>
		dotPlotScene(data, step.state, step.highlight, step.chart.words, step.groups, step.chart.options, step.lang).text,
	scene: (data, step) =>
		dotPlotScene(data, step.state, step.highlight, step.chart.words, step.groups, step.chart.options, step.lang),
	words: DOT_PLOT_WORDS,
	defaults: DOT_PLOT_DEFAULTS
};
