/**
 * The dot plot's scene: one metric at a time, one dot per item on that metric's own axis.
 *
 * States: one per metric id of the metrics dataset. Scores on different scales never share an
 * axis; ratings and indexes have no true zero, so scores are dots (position, not length) on an
 * axis that starts at a round number below the lowest score (or at the chart's `start` option),
 * and the axis title says so. `better: lower` (a time, an error rate) puts the lowest score
 * first and calls it the leader.
 * Rows of every metric are in every state (key = metric:model); those of other metrics are hidden
 * where they would be drawn on their own axis, so a metric change shrinks them out and grows the
 * new ones in.
 */
import type { MetricRow, ScoreRow, ChartOptions, ChartWords, Datasets, Group } from '../../model/types.ts';
import { groupWords, word, type WordSpec } from '../../model/words.ts';
import { groupLabel, groupTag, groupTone } from '../../model/groups.ts';
import { formatDate, formatScore } from '../../model/format.ts';
import { ghost, linearTicks, listAnd, paddedDomain, shortModelName, type Row, type RowScene } from '../rows.ts';
import { compareText } from '../../model/compare.ts';

/** The words this chart shows (data/story.yaml, `charts: benchmark:`) and the slots each may fill. */
export const DOT_PLOT_WORDS = {
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
	'column-group': []
} as const satisfies WordSpec;

export function metricIds(data: Datasets): string[] {
	return data.metrics.map((m) => m.id);
}

/** The metric's rows, best score first; rows whose score is not reported go last. */
export function metricRows(data: Datasets, metric: string, options: ChartOptions = {}): ScoreRow[] {
	const sign = options.better === 'lower' ? -1 : 1;
	return data.scores
		.filter((r) => r.metric === metric)
		.sort((a, b) => {
			if (a.score === null || b.score === null) {
				return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0);
			}
			return sign * (b.score - a.score) || compareText(a.model, b.model);
		});
}

export function rowKey(r: ScoreRow): string {
	return `${r.metric}:${r.model}`;
}

/**
 * The x domain of one metric: its scores and their error bars, padded and rounded out; with a
 * `start` option, from there (a start above a score is ignored: no dot falls off the axis).
 */
export function metricDomain(data: Datasets, metric: string, options: ChartOptions = {}): [number, number] {
	const values = metricRows(data, metric).flatMap((r) =>
		r.score === null ? [] : [r.score - (r.error ?? 0), r.score + (r.error ?? 0)]
	);
	if (!values.length) return [0, 1];
	const [lo, hi] = paddedDomain(values);
	const start = options.start;
	return start !== undefined && start <= Math.min(...values) ? [start, hi] : [lo, hi];
}

function metricOf(data: Datasets, id: string): MetricRow {
	const metric = data.metrics.find((m) => m.id === id);
	if (!metric) {
		throw new Error(`benchmark: unknown state "${id}" (known: ${metricIds(data).join(', ')})`);
	}
	return metric;
}

/** The rows of one metric as drawn when that metric is on screen. */
function ownRows(
	data: Datasets,
	metric: string,
	highlight: string[],
	groups: readonly Group[],
	options: ChartOptions
): Row[] {
	const [lo, hi] = metricDomain(data, metric, options);
	return metricRows(data, metric, options).map((r, i): Row => {
		const reported = r.score !== null;
		const value = formatScore(r.score, { approximate: r.approximate, error: r.error });
		return {
			key: rowKey(r),
			name: r.model,
			short: shortModelName(r.model),
			prefix: '',
			tag: groupTag(groups, r.country),
			tone: groupTone(groups, r.country),
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

export function dotPlotScene(
	data: Datasets,
	state: string,
	highlight: string[] = [],
	words: ChartWords = {},
	groups: readonly Group[] = [],
	options: ChartOptions = {}
): RowScene {
	const metric = metricOf(data, state);
	const xDomain = metricDomain(data, metric.id, options);
	const current = { xDomain, slots: metricRows(data, metric.id).length };

	const rows: Row[] = [];
	for (const m of metricIds(data)) {
		const own = ownRows(data, m, m === metric.id ? highlight : [], groups, options);
		if (m === metric.id) {
			rows.push(...own);
		} else {
			const frame = { xDomain: metricDomain(data, m, options), slots: own.length };
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
		legend: groupWords(
			words,
			'legend-',
			groups.map((g) => g.id)
		).map((w) => ({
			swatch: groupTone(groups, w.group),
			label: w.text
		})),
		notes: [],
		footnotes: [],
		text: benchmarkText(data, metric, words, groups, options)
	};
}

function benchmarkText(
	data: Datasets,
	metric: MetricRow,
	words: ChartWords,
	groups: readonly Group[],
	options: ChartOptions
): RowScene['text'] {
	const rows = metricRows(data, metric.id, options);
	const scored = rows.filter((r) => r.score !== null);
	const missing = rows.filter((r) => r.score === null);
	const score = (r: ScoreRow) => formatScore(r.score, { approximate: r.approximate, error: r.error });
	const [lo] = metricDomain(data, metric.id, options);

	const sentences: string[] = [];
	const leader = scored[0];
	if (leader) {
		const rival = scored.find((r) => r.country !== leader.country);
		sentences.push(
			// Past tense, dated: a leaderboard moves, and its leader on the day reported may not lead now.
			word(words, 'caption-lead', {
				metric: metric.label,
				unit: metric.unit,
				group: groupLabel(groups, leader.country),
				leader: leader.model,
				score: score(leader),
				date: formatDate(leader.date)
			}) +
				(rival
					? word(words, 'caption-rival', {
							group: groupLabel(groups, rival.country),
							rival: rival.model,
							score: score(rival)
						})
					: '.')
		);
	}
	// A leaderboard moves: scores reported on different days are not one snapshot, and say so.
	const dates = [...new Set(scored.map((r) => r.date))].sort(compareText);
	if (dates.length > 1) {
		sentences.push(word(words, 'caption-dates', { dates: listAnd(dates.map(formatDate)) }));
	}
	if (missing.length) {
		sentences.push(word(words, 'caption-missing', { items: listAnd(missing.map((r) => r.model)) }));
	}
	if (scored.some((r) => r.approximate)) {
		sentences.push(word(words, 'caption-approximate'));
	}

	return {
		title: leader
			? word(words, 'title', { metric: metric.label, leader: leader.model, date: formatDate(leader.date) })
			: word(words, 'title-none', { metric: metric.label }),
		unit: word(words, 'unit', { metric: metric.label, unit: metric.unit, start: formatScore(lo) }),
		caption: sentences.join(' '),
		table: {
			columns: [
				word(words, 'column-item'),
				word(words, 'column-maker'),
				word(words, 'column-group'),
				`${metric.label} (${metric.unit})`,
				'Source',
				'Date'
			],
			rows: rows.map((r) => [r.model, r.lab, groupTag(groups, r.country) ?? r.country, score(r), r.source, r.date])
		}
	};
}
