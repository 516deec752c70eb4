/**
 * The text of a dot-plot state: title, unit, the caption a screen reader reads (the leader and
 * its rival, report dates, missing and approximate scores) and the data table of the metric.
 */
import type { ChartOptions, ChartWords, Datasets, Group, MetricRow, ScoreRow } from '../../model/types.ts';
import { word } from '../../model/words.ts';
import { groupLabel, groupTag } from '../../model/groups.ts';
import { formatDate, formatScore } from '../../model/format.ts';
import { compareText } from '../../model/compare.ts';
import { listAnd, type RowScene } from '../rows.ts';
import type { LangCode } from '../../model/locale/langs.ts';
import { formatsOf } from '../../model/locale/formats.ts';
import { metricDomain, metricRows } from './metrics.ts';

/** The text of one metric's state. */
export function dotPlotText(
	data: Datasets,
	metric: MetricRow,
	words: ChartWords,
	groups: readonly Group[],
	options: ChartOptions,
	score: (r: ScoreRow) => string,
	lang: LangCode
): RowScene['text'] {
	const f = formatsOf(lang);
	const rows = metricRows(data, metric.id, options);
	const scored = rows.filter((r) => r.value !== null);
	const missing = rows.filter((r) => r.value === null);
	const [lo] = metricDomain(data, metric.id, options);

	const sentences: string[] = [];
	const leader = scored[0];
	if (leader) {
		const rival = scored.find((r) => r.group !== leader.group);
		sentences.push(
			// Past tense, dated: a leaderboard moves, and its leader on the day reported may not lead now.
			word(words, 'caption-lead', {
				metric: metric.label,
				unit: metric.unit,
				group: groupLabel(groups, leader.group),
				leader: leader.label,
				score: score(leader),
				date: formatDate(leader.date, lang)
			}) +
				(rival
					? word(words, 'caption-rival', {
							group: groupLabel(groups, rival.group),
							rival: rival.label,
							score: score(rival)
						})
					: f.stop)
		);
	}
	// A leaderboard moves: scores reported on different days are not one snapshot, and say so.
	const dates = [...new Set(scored.map((r) => r.date))].sort(compareText);
	if (dates.length > 1) {
		sentences.push(
			word(words, 'caption-dates', {
				dates: listAnd(
					dates.map((d) => formatDate(d, lang)),
					lang
				)
			})
		);
	}
	if (missing.length) {
		sentences.push(
			word(words, 'caption-missing', {
				items: listAnd(
					missing.map((r) => r.label),
					lang
				)
			})
		);
	}
	if (scored.some((r) => r.approximate)) {
		sentences.push(word(words, 'caption-approximate'));
	}

	return {
		title: leader
			? word(words, 'title', { metric: metric.label, leader: leader.label, date: formatDate(leader.date, lang) })
			: word(words, 'title-none', { metric: metric.label }),
		unit: word(words, 'unit', { metric: metric.label, unit: metric.unit, start: formatScore(lo, {}, lang) }),
		caption: f.sentences(sentences),
		table: {
			columns: [
				word(words, 'column-item'),
				word(words, 'column-maker'),
				word(words, 'column-group'),
				word(words, 'column-score', { metric: metric.label, unit: metric.unit }),
				word(words, 'column-source'),
				word(words, 'column-date')
			],
			rows: rows.map((r) => [r.label, r.sub, groupTag(groups, r.group) ?? r.group, score(r), r.source, r.date])
		}
	};
}
