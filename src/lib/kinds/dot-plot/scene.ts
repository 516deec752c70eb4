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
import type { LangCode } from '../../model/locale/langs.ts';
import type { ChartOptions, ChartWords, Datasets, Group, ScoreRow } from '../../model/types.ts';
import { groupWords, withDefaults, word } from '../../model/words.ts';
import { groupTag, groupTone } from '../../model/groups.ts';
import { formatScore } from '../../model/format.ts';
import { ghost, linearTicks, type Row, type RowScene } from '../rows.ts';
import { metricDomain, metricIds, metricOf, metricRows, rowKey, scoreText } from './metrics.ts';
import { DOT_PLOT_DEFAULTS } from './defaults.ts';
import { dotPlotText } from './text.ts';

/** The rows of one metric as drawn when that metric is on screen. */
function ownRows(
	data: Datasets,
	metric: string,
	highlight: string[],
	groups: readonly Group[],
	options: ChartOptions,
	score: (r: ScoreRow) => string
): Row[] {
	const [lo, hi] = metricDomain(data, metric, options);
	return metricRows(data, metric, options).map((r, i): Row => {
		const reported = r.value !== null;
		const value = score(r);
		return {
			key: rowKey(r),
			name: r.label,
			short: r.short || r.label,
			prefix: '',
			tag: groupTag(groups, r.group),
			tone: groupTone(groups, r.group),
			emphasis: highlight.includes(r.label) ? 'focus' : 'normal',
			visible: true,
			mark: reported ? 'dot' : 'empty',
			slot: i,
			x0: lo,
			x1: reported ? (r.value as number) : hi,
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
	written: ChartWords = {},
	groups: readonly Group[] = [],
	options: ChartOptions,
	lang: LangCode
): RowScene {
	const words = withDefaults(written, DOT_PLOT_DEFAULTS[lang]);
	const score = scoreText(words, options, lang);
	const metric = metricOf(data, state);
	const xDomain = metricDomain(data, metric.id, options);
	const current = { xDomain, slots: metricRows(data, metric.id).length };

	const rows: Row[] = [];
	for (const m of metricIds(data)) {
		const own = ownRows(data, m, m === metric.id ? highlight : [], groups, options, score);
		if (m === metric.id) {
			rows.push(...own);
		} else {
			const frame = { xDomain: metricDomain(data, m, options), slots: own.length };
			rows.push(...own.map((r) => ghost(r, frame, current)));
		}
	}

	// Ticks print as many decimals as their step needs, whatever the scores' `decimals`.
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
		text: dotPlotText(data, metric, words, groups, options, score, lang)
	};
}
