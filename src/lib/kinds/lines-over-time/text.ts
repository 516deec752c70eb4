/**
 * The text of a lines-over-time state: title, unit, the caption a screen reader reads and the data
 * table of the periods shown. A short timeline's caption names who led which periods, the peak
 * and the highlighted periods; a long one's says the shape in a few sentences (the span, who led
 * how often, the extremes, the latest values), and leaves every period to the table.
 */
import type { ChartOptions, ChartWords, Group } from '../../model/types.ts';
import { formatValue, word } from '../../model/words.ts';
import { groupLabel } from '../../model/groups.ts';
import { NOT_REPORTED, decimals, formatDay, formatMonth, formatPeriod } from '../../model/format.ts';
import { type Grain, grainNoun } from '../../model/periods.ts';
import type { ChartText } from '../types.ts';
import { listAnd } from '../rows.ts';
import type { LinesOverTimeSeries, LinesOverTimeState, SeriesId } from './types.ts';
import { type Period, lowerLeads, periodLead, periodLeader, seriesGroup, valueOf } from './periods.ts';

/** A timeline longer than this is summarised rather than told period by period. */
const SUMMARY = 26;

/** The span of the periods shown: "9 Feb to 24 May 2026", "Jan 2020 to Dec 2024", "2015 to 2024". */
function spanText(first: Period, last: Period, grain: Grain): string {
	const y0 = first.start.slice(0, 4);
	const y1 = last.end.slice(0, 4);
	if (grain === 'year') return `${y0} to ${y1}`;
	if (grain === 'month' || grain === 'quarter') {
		const a = formatPeriod(first.start, first.end, grain);
		const b = formatPeriod(last.start, last.end, grain);
		return grain === 'month' && y0 === y1 ? `${formatMonth(first.start)} to ${b}` : `${a} to ${b}`;
	}
	return y0 === y1
		? `${formatDay(first.start)} to ${formatDay(last.end)} ${y1}`
		: `${formatDay(first.start)} ${y0} to ${formatDay(last.end)} ${y1}`;
}

/** Which caption a page's copy of a long timeline takes from the whole file: per state and highlight. */
export function captionKey(state: string, highlight: readonly string[]): string {
	return `${state}|${highlight.join(',')}`;
}

/** A count as a caption writes it: "1,826". */
const count = (n: number) => decimals(n, 0);

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
	options: ChartOptions
): ChartText {
	const ids = series.map((s) => s.id);
	const lower = lowerLeads(options);
	// The chart's `decimals` option, or two.
	const digits = options.decimals ?? 2;
	const noun = (id: SeriesId) =>
		word(words, 'series-noun', {
			group: groupLabel(groups, seriesGroup(id, options)),
			label: series.find((s) => s.id === id)?.label ?? id
		});
	const first = shown[0];
	const last = shown[shown.length - 1];
	const crosses = first.start.slice(0, 4) !== last.end.slice(0, 4);
	const reported = shown.filter((r) => ids.every((id) => valueOf(r, id) !== null));
	const isTallied = new Set(reported);
	const period = (r: Period) => formatPeriod(r.start, r.end, grain, crosses);
	const pair = (r: Period) =>
		series.map((s) => `${s.label} ${formatValue(words, valueOf(r, s.id), digits)}`).join(', ');
	const leads = new Map<Period, SeriesId | 'tie' | null>(reported.map((r) => [r, periodLead(r, ids, lower)]));
	const ledBy = (id: SeriesId) => reported.filter((r) => leads.get(r) === id);
	const ties = reported.filter((r) => leads.get(r) === 'tie').length;
	const plural = (n: number) => grainNoun(grain, n);
	const summary = shown.length > SUMMARY;
	const capital = (s: string) => `${s[0].toUpperCase()}${s.slice(1)}`;
	const led = word(words, 'led');

	const sentences: string[] = [];
	sentences.push(
		`${word(words, 'caption-lead', { series: listAnd(ids.map(noun)) })}, ${spanText(first, last, grain)}: ` +
			(reported.length === shown.length
				? `every ${grainNoun(grain)} reported.`
				: `${count(reported.length)} of ${count(shown.length)} ${plural(shown.length)} reported${summary ? '' : ', the rest left as gaps'}.`)
	);
	const tied = ties > 0 ? `; tied in ${count(ties)}` : '';
	if (leader !== null) {
		const others = ids
			.filter((id) => id !== leader)
			.map((id) => ({ id, periods: ledBy(id) }))
			.filter((o) => o.periods.length > 0);
		const named = others.reduce((n, o) => n + o.periods.length, 0);
		const head = summary
			? `${capital(noun(leader))} ${led} in ${count(ledBy(leader).length)} of them`
			: `${capital(noun(leader))} ${led} in ${count(ledBy(leader).length)} of the ${count(reported.length)} reported ${plural(reported.length)}`;
		if (summary || named > 2) {
			// Too many to name one by one: how often each led; the table has every period.
			sentences.push(head + others.map((o) => `, ${noun(o.id)} in ${count(o.periods.length)}`).join('') + `${tied}.`);
		} else {
			sentences.push(
				head +
					others
						.map(
							(o) =>
								`; ${noun(o.id)} ${led} in the ${grainNoun(grain)} of ${o.periods.map(period).join(' and ')} (${o.periods.map(pair).join('; ')})`
						)
						.join('') +
					`${tied}.`
			);
		}
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
				`By the sources' ${inferred ? 'streak counts' : 'reports and streak counts'}, ${noun(id)} ` +
					`${ledBy(id).length > 0 ? 'also ' : ''}${led} ${listAnd(untallied.map(period))}, ` +
					`${untallied.length === 1 ? `a ${grainNoun(grain)}` : plural(2)} without tallies (not drawn): ` +
					`${known < shown.length ? 'at least ' : ''}${ledPeriods} of the ${shown.length} ${plural(shown.length)} shown.`
			);
		}
	} else if (ties > 0) {
		sentences.push(`No series ${led} more often than another; tied in ${count(ties)}.`);
	}
	/** The lowest and highest value of a period: "Plzeň €26.34 to Timișoara €114.24". */
	const spread = (r: Period) => {
		const at = series.filter((s) => valueOf(r, s.id) !== null).sort((a, b) => valueOf(r, a.id)! - valueOf(r, b.id)!);
		if (at.length === 0) return NOT_REPORTED;
		const one = (s: LinesOverTimeSeries) => `${s.label} ${formatValue(words, valueOf(r, s.id), digits)}`;
		return at.length === 1 ? one(at[0]) : `${one(at[0])} to ${one(at[at.length - 1])}`;
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
			`${series.find((s) => s.id === x.id)?.label ?? x.id} ${formatValue(words, x.v, digits)} (${period(x.r)})`;
		if (low && high) sentences.push(`Range: ${at(low)} to ${at(high)}.`);
		const latest = [...shown].reverse().find((r) => ids.some((id) => valueOf(r, id) !== null));
		if (latest) sentences.push(`Latest, ${period(latest)}: ${spread(latest)}.`);
	} else if (state !== 'start' && peakRow && shown.includes(peakRow)) {
		sentences.push(word(words, 'caption-peak', { period: period(peakRow), values: pair(peakRow) }));
	}
	const picked = shown.filter((r) => highlight.includes(r.start));
	if (picked.length > 0) {
		const what = (r: Period) => `${period(r)}, ${summary ? spread(r) : pair(r)}`;
		sentences.push(`Highlighted: ${picked.map(what).join('; ')}.`);
	}
	// A page's copy of a long file draws some of its rows (loading/reduce.ts): the chart's note
	// and its table say so.
	const from = options.drawnFrom;
	const note = from
		? `Drawn from ${count(shown.length)} of the file's ${count(from.rows)} ${plural(from.rows)}: each stretch's highest and lowest values, every gap's edges and every highlighted ${grainNoun(grain)}.`
		: null;
	// The page's caption was written from the whole file when the build cut it (reduce.ts), so
	// its counts and extremes are the file's, not the drawn rows'.
	const whole = from?.captions?.[captionKey(state, highlight)];

	return {
		title: word(words, 'title'),
		unit: word(words, 'unit'),
		caption: whole ?? sentences.join(' '),
		table: {
			...(from && note
				? { full: { rows: from.rows, href: from.href, note, link: `Every row (${count(from.rows)}, CSV)` } }
				: {}),
			columns: [capital(grainNoun(grain)), ...series.map((s) => word(words, 'column', { series: s.label })), 'Ahead'],
			rows: shown.map((r) => {
				const all = ids.map((id) => valueOf(r, id));
				const lead = periodLeader(r, ids, lower);
				const named = r.leader ?? lead;
				return [
					period(r),
					...all.map((v) => formatValue(words, v, digits)),
					named === null
						? periodLead(r, ids, lower) === 'tie'
							? 'tie'
							: NOT_REPORTED
						: `${series.find((s) => s.id === named)?.label ?? named}${r.leader !== null && r.leaderBasis === 'inferred' ? ' (inferred)' : ''}`
				];
			})
		}
	};
}
