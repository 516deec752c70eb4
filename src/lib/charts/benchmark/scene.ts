/**
 * The benchmark chart's scene: one metric at a time, one dot per model on that metric's own axis.
 *
 * States: one per metric id in benchmark-metrics.csv. Scores on different scales never share an
 * axis; Elo ratings and indexes have no true zero, so scores are dots (position, not length) on an
 * axis that starts at a round number below the lowest score, and the axis title says so.
 * Rows of every metric are in every state (key = metric:model); those of other metrics are hidden
 * where they would be drawn on their own axis, so a metric change shrinks them out and grows the
 * new ones in.
 */
import type { BenchmarkMetricRow, BenchmarkRow, ChartWords, Datasets } from '../../story/types.ts';
import { word, type WordSpec } from '../words.ts';
import { formatDate, formatScore } from '../format.ts';
import {
	COUNTRY_NAME,
	ghost,
	linearTicks,
	listAnd,
	paddedDomain,
	shortModelName,
	toneOf,
	type Row,
	type RowScene
} from '../layers/rows.ts';
import { compareText } from '../../story/compare.ts';

/** The words this chart shows (data/story.yaml, `charts: benchmark:`) and the slots each may fill. */
export const BENCHMARK_WORDS = {
	title: ['metric', 'leader', 'date'],
	'title-none': ['metric'],
	unit: ['metric', 'unit', 'start'],
	axis: ['metric', 'unit'],
	'legend-us': [],
	'legend-cn': []
} as const satisfies WordSpec;

export function metricIds(data: Datasets): string[] {
	return data['benchmark-metrics'].map((m) => m.id);
}

/** The metric's rows, best score first; rows whose score is not reported go last. */
export function metricRows(data: Datasets, metric: string): BenchmarkRow[] {
	return data.benchmarks
		.filter((r) => r.metric === metric)
		.sort((a, b) => {
			if (a.score === null || b.score === null) {
				return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0);
			}
			return b.score - a.score || compareText(a.model, b.model);
		});
}

export function rowKey(r: BenchmarkRow): string {
	return `${r.metric}:${r.model}`;
}

/** The x domain of one metric: its scores and their error bars, padded and rounded out. */
export function metricDomain(data: Datasets, metric: string): [number, number] {
	const values = metricRows(data, metric).flatMap((r) =>
		r.score === null ? [] : [r.score - (r.error ?? 0), r.score + (r.error ?? 0)]
	);
	return values.length ? paddedDomain(values) : [0, 1];
}

function metricOf(data: Datasets, id: string): BenchmarkMetricRow {
	const metric = data['benchmark-metrics'].find((m) => m.id === id);
	if (!metric) {
		throw new Error(`benchmark: unknown state "${id}" (known: ${metricIds(data).join(', ')})`);
	}
	return metric;
}

/** The rows of one metric as drawn when that metric is on screen. */
function ownRows(data: Datasets, metric: string, highlight: string[]): Row[] {
	const [lo, hi] = metricDomain(data, metric);
	return metricRows(data, metric).map((r, i): Row => {
		const reported = r.score !== null;
		const value = formatScore(r.score, { approximate: r.approximate, error: r.error });
		return {
			key: rowKey(r),
			name: r.model,
			short: shortModelName(r.model),
			prefix: '',
			tag: r.country,
			tone: toneOf(r.country),
			emphasis: highlight.includes(r.model) ? 'focus' : 'normal',
			visible: true,
			mark: reported ? 'dot' : 'empty',
			slot: i,
			x0: lo,
			x1: reported ? (r.score as number) : hi,
			err: r.error ?? 0,
			basis: reported ? 'reported' : 'not-reported',
			value,
			valueShort: value,
			marker: ''
		};
	});
}

export function benchmarkScene(
	data: Datasets,
	state: string,
	highlight: string[] = [],
	words: ChartWords = {}
): RowScene {
	const metric = metricOf(data, state);
	const xDomain = metricDomain(data, metric.id);
	const current = { xDomain, slots: metricRows(data, metric.id).length };

	const rows: Row[] = [];
	for (const m of metricIds(data)) {
		const own = ownRows(data, m, m === metric.id ? highlight : []);
		if (m === metric.id) {
			rows.push(...own);
		} else {
			const frame = { xDomain: metricDomain(data, m), slots: own.length };
			rows.push(...own.map((r) => ghost(r, frame, current)));
		}
	}

	const fmt = (v: number) => formatScore(v);
	return {
		rows,
		slots: current.slots,
		xDomain,
		ticks: linearTicks(xDomain, 5, (v) => fmt(v)),
		axisTitle: word(words, 'axis', { metric: metric.label, unit: metric.unit }),
		legend: [
			{ swatch: 'us', label: word(words, 'legend-us') },
			{ swatch: 'cn', label: word(words, 'legend-cn') }
		],
		notes: [],
		footnotes: [],
		text: benchmarkText(data, metric, words)
	};
}

function benchmarkText(data: Datasets, metric: BenchmarkMetricRow, words: ChartWords): RowScene['text'] {
	const rows = metricRows(data, metric.id);
	const scored = rows.filter((r) => r.score !== null);
	const missing = rows.filter((r) => r.score === null);
	const score = (r: BenchmarkRow) =>
		formatScore(r.score, { approximate: r.approximate, error: r.error });
	const [lo] = metricDomain(data, metric.id);

	const sentences: string[] = [];
	const leader = scored[0];
	if (leader) {
		const rival = scored.find((r) => r.country !== leader.country);
		sentences.push(
			// Past tense, dated: a leaderboard moves, and its leader on the day reported may not lead now.
			`On ${metric.label} (${metric.unit}), the ${COUNTRY_NAME[leader.country]} model ${leader.model} led at ${score(leader)} as of ${formatDate(leader.date)}` +
				(rival
					? `; the highest-scoring ${COUNTRY_NAME[rival.country]} model listed here, ${rival.model}, scores ${score(rival)}.`
					: '.')
		);
	}
	// A leaderboard moves: scores reported on different days are not one snapshot, and say so.
	const dates = [...new Set(scored.map((r) => r.date))].sort(compareText);
	if (dates.length > 1) {
		sentences.push(
			`The scores come from reports of different dates (${listAnd(dates.map(formatDate))}), not from one snapshot of the leaderboard.`
		);
	}
	if (missing.length) {
		sentences.push(
			`${listAnd(missing.map((r) => r.model))}: score not reported, shown as an empty row.`
		);
	}
	if (scored.some((r) => r.approximate)) {
		sentences.push('Scores marked ~ are approximate; ± is the stated error.');
	}

	return {
		title: leader
			? word(words, 'title', { metric: metric.label, leader: leader.model, date: formatDate(leader.date) })
			: word(words, 'title-none', { metric: metric.label }),
		unit: word(words, 'unit', { metric: metric.label, unit: metric.unit, start: formatScore(lo) }),
		caption: sentences.join(' '),
		table: {
			columns: ['Model', 'Lab', 'Country', `${metric.label} (${metric.unit})`, 'Source', 'Date'],
			rows: rows.map((r) => [r.model, r.lab, r.country, score(r), r.source, r.date])
		}
	};
}
