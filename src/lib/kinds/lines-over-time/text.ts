/**
 * The text of a lines-over-time state: title, unit, the caption a screen reader reads and the data
 * table of the periods shown. A short timeline's caption names who led which periods, the peak
 * and the highlighted periods; a long one's says the shape in a few sentences (the span, who led
 * how often, the extremes, the latest values), and leaves every period to the table.
 */
import type { ChartOptions, ChartWords, Group } from '../../model/types.ts';
import { formatValue, word } from '../../model/words.ts';
import { groupLabel } from '../../model/groups.ts';
import { decimals, formatDay, formatMonth, formatPeriod, notReported } from '../../model/format.ts';
import type { Grain } from '../../model/periods.ts';
import type { LangCode } from '../../model/locale/langs.ts';
import { formatsOf } from '../../model/locale/formats.ts';
import type { ChartText } from '../types.ts';
import type { LinesOverTimeSeries, LinesOverTimeState, SeriesId } from './types.ts';
import { type Period, lowerLeads, periodLead, periodLeader, seriesGroup, valueOf } from './periods.ts';

/** A timeline longer than this is summarised rather than told period by period. */
const SUMMARY = 26;

/** The span of the periods shown: "9 Feb to 24 May 2026", "Jan 2020 to Dec 2024", "2015 to 2024". */
function spanText(first: Period, last: Period, grain: Grain, lang: LangCode): string {
	const f = formatsOf(lang);
	const y0 = Number(first.start.slice(0, 4));
	const y1 = Number(last.end.slice(0, 4));
	if (grain === 'year') return f.span(f.year(y0), f.year(y1));
	if (grain === 'month' || grain === 'quarter') {
		const a = formatPeriod(first.start, first.end, grain, false, lang);
		const b = formatPeriod(last.start, last.end, grain, false, lang);
		return f.span(grain === 'month' && y0 === y1 ? formatMonth(first.start, false, lang) : a, b);
	}
	const from = formatDay(first.start, lang);
	const to = f.withYear(formatDay(last.end, lang), y1);
	return f.span(y0 === y1 ? from : f.withYear(from, y0), to);
}

/** Which caption a page's copy of a long timeline takes from the whole file: per state and highlight. */
export function captionKey(state: string, highlight: readonly string[]): string {
	return `${state}|${highlight.join(',')}`;
}

/** A count as a caption writes it: "1,826". */
const count = (n: number) => decimals(n, 0);

/** A sentence's first letter as a capital (a no-op in scripts without case). */
const capital = (s: string) => `${s[0].toUpperCase()}${s.slice(1)}`;

/** The text of one state, from the periods it shows and the scene's series. */
export function linesOverTimeText(
	state: LinesOverTimeState,
	shown: Period[],
	grain: Grain,
	series: LinesOverTimeSeries[],
	leader: SeriesId | null,
	peakRow: Period | null,
	highlight: string[],
	words: ChartWords,
	groups: readonly Group[],
	options: ChartOptions,
	lang: LangCode
): ChartText {
	const f = formatsOf(lang);
	const ids = series.map((s) => s.id);
	const lower = lowerLeads(options);
	// The chart's `decimals` option, or two.
	const digits = options.decimals ?? 2;
	const noun = (id: SeriesId) =>
		word(words, 'series-noun', {
			group: groupLabel(groups, seriesGroup(id, options)),
			label: series.find((s) => s.id === id)?.label ?? id
		});
	const labelOf = (id: SeriesId) => series.find((s) => s.id === id)?.label ?? id;
	const first = shown[0];
	const last = shown[shown.length - 1];
	const crosses = first.start.slice(0, 4) !== last.end.slice(0, 4);
	const reported = shown.filter((r) => ids.every((id) => valueOf(r, id) !== null));
	const isTallied = new Set(reported);
	const period = (r: Period) => formatPeriod(r.start, r.end, grain, crosses, lang);
	const valueText = (v: number | null) => formatValue(words, v, digits, lang);
	const seriesValue = (s: LinesOverTimeSeries, r: Period) =>
		word(words, 'series-value', { series: s.label, value: valueText(valueOf(r, s.id)) });
	const pair = (r: Period) => series.map((s) => seriesValue(s, r)).join(f.comma);
	const leads = new Map<Period, SeriesId | 'tie' | null>(reported.map((r) => [r, periodLead(r, ids, lower)]));
	const ledBy = (id: SeriesId) => reported.filter((r) => leads.get(r) === id);
	const ties = reported.filter((r) => leads.get(r) === 'tie').length;
	const one = f.grain(grain, 1);
	const grains = (n: number) => f.grain(grain, n);
	const summary = shown.length > SUMMARY;
	const led = word(words, 'led');

	const sentences: string[] = [];
	const coverage =
		reported.length === shown.length
			? word(words, 'coverage-all', { grain: one })
			: word(words, summary ? 'coverage-some' : 'coverage-gaps', {
					reported: count(reported.length),
					shown: count(shown.length),
					grains: grains(shown.length)
				});
	sentences.push(
		word(words, 'caption-open', {
			lead: word(words, 'caption-lead', { series: f.and(ids.map(noun)) }),
			span: spanText(first, last, grain, lang),
			coverage
		})
	);
	const tied = ties > 0 ? word(words, 'tied', { count: count(ties), grains: grains(ties) }) : '';
	if (leader !== null) {
		const others = ids
			.filter((id) => id !== leader)
			.map((id) => ({ id, periods: ledBy(id) }))
			.filter((o) => o.periods.length > 0);
		const named = others.reduce((n, o) => n + o.periods.length, 0);
		const n = ledBy(leader).length;
		const head = summary
			? word(words, 'lead-summary', { series: noun(leader), led, count: count(n), grains: grains(n) })
			: word(words, 'lead-named', {
					series: noun(leader),
					led,
					count: count(n),
					reported: count(reported.length),
					grains: grains(reported.length)
				});
		const rest =
			summary || named > 2
				? // Too many to name one by one: how often each led; the table has every period.
					others.map((o) =>
						word(words, 'lead-other-count', {
							series: noun(o.id),
							count: count(o.periods.length),
							grains: grains(o.periods.length)
						})
					)
				: others.map((o) =>
						word(words, 'lead-other-periods', {
							series: noun(o.id),
							led,
							grain: one,
							periods: f.and(o.periods.map(period)),
							values: o.periods.map(pair).join(f.semi)
						})
					);
		sentences.push(capital(head + rest.join('') + tied + f.stop));
		// Periods another series led that nobody tallied, where a source says or its streak counts
		// imply it: said in words with how it is known, never drawn, so a reader can count every
		// period it led.
		for (const id of ids.filter((x) => x !== leader)) {
			const untallied = shown.filter((r) => !isTallied.has(r) && r.leader === id);
			if (untallied.length === 0) continue;
			const ledPeriods = shown.filter((r) => r.leader === id).length;
			const known = shown.filter((r) => r.leader !== null).length;
			const inferred = untallied.every((r) => r.leaderBasis === 'inferred');
			sentences.push(
				word(words, 'untallied', {
					how: word(words, inferred ? 'untallied-how-streaks' : 'untallied-how-reports'),
					series: noun(id),
					led: ledBy(id).length > 0 ? word(words, 'untallied-also', { led }) : led,
					periods: f.and(untallied.map(period)),
					without:
						untallied.length === 1
							? word(words, 'untallied-one', { grain: one })
							: word(words, 'untallied-many', { grains: grains(2) }),
					count: known < shown.length ? word(words, 'at-least', { count: count(ledPeriods) }) : count(ledPeriods),
					shown: count(shown.length),
					grains: grains(shown.length)
				})
			);
		}
	} else if (ties > 0) {
		sentences.push(word(words, 'no-leader', { led, count: count(ties), grains: grains(ties) }));
	}
	/** The lowest and highest value of a period: "Plzeň €26.34 to Timișoara €114.24". */
	const spread = (r: Period) => {
		const at = series.filter((s) => valueOf(r, s.id) !== null).sort((a, b) => valueOf(r, a.id)! - valueOf(r, b.id)!);
		if (at.length === 0) return notReported(lang);
		return at.length === 1
			? seriesValue(at[0], r)
			: word(words, 'spread', { low: seriesValue(at[0], r), high: seriesValue(at[at.length - 1], r) });
	};
	if (summary) {
		// The extremes and the latest values say the shape without listing it.
		let low: { r: Period; id: SeriesId; v: number } | null = null;
		let high: { r: Period; id: SeriesId; v: number } | null = null;
		for (const r of shown) {
			for (const id of ids) {
				const v = valueOf(r, id);
				if (v === null) continue;
				if (low === null || v < low.v) low = { r, id, v };
				if (high === null || v > high.v) high = { r, id, v };
			}
		}
		const at = (x: { r: Period; id: SeriesId; v: number }) =>
			word(words, 'range-end', { series: labelOf(x.id), value: valueText(x.v), period: period(x.r) });
		if (low && high) sentences.push(word(words, 'range', { low: at(low), high: at(high) }));
		const latest = [...shown].reverse().find((r) => ids.some((id) => valueOf(r, id) !== null));
		if (latest) sentences.push(word(words, 'latest', { period: period(latest), values: spread(latest) }));
	} else if (state !== 'start' && peakRow && shown.includes(peakRow)) {
		sentences.push(word(words, 'caption-peak', { period: period(peakRow), values: pair(peakRow) }));
	}
	const picked = shown.filter((r) => highlight.includes(r.start));
	if (picked.length > 0) {
		const what = (r: Period) =>
			word(words, 'highlighted-item', { period: period(r), values: summary ? spread(r) : pair(r) });
		sentences.push(word(words, 'highlighted', { items: picked.map(what).join(f.semi) }));
	}
	// A page's copy of a long file draws some of its rows (loading/reduce.ts): the chart's note
	// and its table say so.
	const from = options.drawnFrom;
	const note = from
		? word(words, 'drawn-from', {
				count: count(shown.length),
				rows: count(from.rows),
				grains: grains(from.rows),
				grain: one
			})
		: null;
	// The page's caption was written from the whole file when the build cut it (reduce.ts), so
	// its counts and extremes are the file's, not the drawn rows'.
	const whole = from?.captions?.[captionKey(state, highlight)];

	return {
		title: word(words, 'title'),
		unit: word(words, 'unit'),
		caption: whole ?? f.sentences(sentences),
		table: {
			...(from && note
				? {
						full: { rows: from.rows, href: from.href, note, link: word(words, 'every-row', { rows: count(from.rows) }) }
					}
				: {}),
			columns: [
				capital(one),
				...series.map((s) => word(words, 'column', { series: s.label })),
				word(words, 'column-ahead')
			],
			rows: shown.map((r) => {
				const all = ids.map((id) => valueOf(r, id));
				const lead = periodLeader(r, ids, lower);
				const named = r.leader ?? lead;
				return [
					period(r),
					...all.map(valueText),
					named === null
						? periodLead(r, ids, lower) === 'tie'
							? word(words, 'tie')
							: notReported(lang)
						: r.leader !== null && r.leaderBasis === 'inferred'
							? word(words, 'inferred', { series: labelOf(named) })
							: labelOf(named)
				];
			})
		}
	};
}
