import type { ChartSpec } from '../types.ts';
import { DOT_PLOT_WORDS, dotPlotScene, metricIds, metricRows } from './scene.ts';

/** One benchmark metric at a time, one state per metric id; see scene.ts. */
export const dotPlotSpec: ChartSpec = {
	id: 'dot-plot',
	roles: {
		scores: { shape: 'scores', about: 'the scores' },
		metrics: { shape: 'metrics', about: 'the scales the scores are on' }
	},
	options: ['better', 'start'],
	states: (data) => metricIds(data),
	keys: (data, state) => metricRows(data, state).map((r) => r.model),
	text: (data, step) => dotPlotScene(data, step.state, step.highlight, step.words, step.groups, step.options).text,
	scene: (data, step) => dotPlotScene(data, step.state, step.highlight, step.words, step.groups, step.options),
	words: DOT_PLOT_WORDS
};
