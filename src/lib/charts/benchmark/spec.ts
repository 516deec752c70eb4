import type { ChartSpec } from '../types.ts';
import { BENCHMARK_WORDS, benchmarkScene, metricIds, metricRows } from './scene.ts';

/** One benchmark metric at a time, one state per metric id; see scene.ts. */
export const benchmarkSpec: ChartSpec = {
	id: 'benchmark',
	datasets: ['benchmarks', 'benchmark-metrics'],
	states: (data) => metricIds(data),
	keys: (data, state) => metricRows(data, state).map((r) => r.model),
	text: (data, step) => benchmarkScene(data, step.state, step.highlight, step.words).text,
	scene: (data, step) => benchmarkScene(data, step.state, step.highlight, step.words),
	words: BENCHMARK_WORDS
};
