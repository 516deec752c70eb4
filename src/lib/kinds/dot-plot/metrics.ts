/**
 * Reading the scores: the metrics (one state each), a metric's rows best first, and the x domain
 * of each metric's own axis. Shared by the scene and its text.
 */
import type { ChartOptions, ChartWords, Datasets, MetricRow, ScoreRow } from '../../model/types.ts';
import { compareText } from '../../model/compare.ts';
import { decimals, notReported } from '../../model/format.ts';
import type { LangCode } from '../../model/locale/langs.ts';
import { word } from '../../model/words.ts';
import { paddedDomain } from '../rows.ts';

/** The metric ids, in the data's order: the chart's states. */
export function metricIds(data: Datasets): string[] {
	return data.metrics.map((m) => m.id);
}

/** The metric's rows, best score first; rows whose score is not reported go last. */
export function metricRows(data: Datasets, metric: string, options: ChartOptions = {}): ScoreRow[] {
	const sign = options.better === 'lower' ? -1 : 1;
	return data.scores
		.filter((r) => r.metric === metric)
		.sort((a, b) => {
			if (a.value === null || b.value === null) {
				return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
			}
			return sign * (b.value - a.value) || compareText(a.label, b.label);
		});
}

export function rowKey(r: ScoreRow): string {
	return `${r.metric}:${r.label}`;
}

/**
 * The x domain of one metric: its scores and their error bars, padded and rounded out; with a
 * `start` option, from there (a start above a score is ignored: no dot falls off the axis).
 */
export function metricDomain(data: Datasets, metric: string, options: ChartOptions = {}): [number, number] {
	const values = metricRows(data, metric).flatMap((r) =>
		r.value === null ? [] : [r.value - (r.error ?? 0), r.value + (r.error ?? 0)]
	);
	if (!values.length) return [0, 1];
	const [lo, hi] = paddedDomain(values);
	const start = options.start;
	return start !== undefined && start <= Math.min(...values) ? [start, hi] : [lo, hi];
}

/** The metric a state names; throws on one the data does not have. */
export function metricOf(data: Datasets, id: string): MetricRow {
	const metric = data.metrics.find((m) => m.id === id);
	if (!metric) {
		throw new Error(`benchmark: unknown state "${id}" (known: ${metricIds(data).join(', ')})`);
	}
	return metric;
}

/**
 * A row's score as labels, tips, captions and the table print it: with the chart's `decimals`, or
 * as precise as the source (a whole number, else one decimal); then the `approximate` word when
 * the source gives it as approximate and the `error` word when it states an error.
 */
export function scoreText(
	words: ChartWords,
	options: ChartOptions,
	lang: LangCode
): (r: Pick<ScoreRow, 'value' | 'approximate' | 'error'>) => string {
	return (r) => {
		if (r.value === null) return notReported(lang);
		const digits = options.decimals ?? (Number.isInteger(r.value) ? 0 : 1);
		let score = decimals(r.value, digits);
		if (r.approximate) score = word(words, 'approximate', { score });
		return r.error ? word(words, 'error', { score, error: String(r.error) }) : score;
	};
}
