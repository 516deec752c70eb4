import type { ChartSpec } from '../types.ts';
import { BENCHMARK_WORDS, benchmarkScene, metricIds, metricRows } from './scene.ts';

/** One benchmark metric at a time, one state per metric id; see scene.ts. */
export const benchmarkSpec: ChartSpec = {
	id: 'dot-plot',
	roles: {
		scores: { shape: 'scores', about: 'the scores' },
		metrics: { shape: 'metrics', about: 'the scales the scores are on' }
	},
	options: ['better', 'start'],
	states: (data) => metricIds(data),
	keys: (data, state) => metricRows(data, state).map((r) => r.model),
	text: (data, step) => benchmarkScene(data, step.state, step.highlight, step.words, step.groups, step.options).text,
	scene: (data, step) => benchmarkScene(data, step.state, step.highlight, step.words, step.groups, step.options),
	words: BENCHMARK_WORDS
};
