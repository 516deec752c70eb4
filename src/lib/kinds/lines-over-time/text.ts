/**
 * The text of a lines-over-time state: title, unit, the caption a screen reader reads (who led
 * which weeks, the peak, the highlighted weeks) and the data table of the weeks shown.
 */
import type { ChartOptions, ChartWords, Group, WeekRow } from '../../model/types.ts';
import { formatValue, word } from '../../model/words.ts';
import { groupLabel } from '../../model/groups.ts';
import { NOT_REPORTED, formatDay, formatWeek } from '../../model/format.ts';
import type { ChartText } from '../types.ts';
import { listAnd } from '../rows.ts';
import type { LinesOverTimeSeries, LinesOverTimeState, SeriesId } from './types.ts';
import { seriesGroup, valueOf, weekLeader } from './weeks.ts';

/** The text of one state, from the weeks it shows and the scene's series. */
export function linesOverTimeText(
	state: LinesOverTimeState,
	shown: WeekRow[],
	series: LinesOverTimeSeries[],
	leader: SeriesId | null,
	peakRow: WeekRow | null,
	highlight: string[],
	words: ChartWords,
	groups: readonly Group[],
	options: ChartOptions
): ChartText {
	const ids = series.map((s) => s.id);
	const noun = (id: SeriesId) =>
		word(words, 'series-noun', {
			group: groupLabel(groups, seriesGroup(id, options)),
			label: series.find((s) => s.id === id)?.label ?? id
		});
	const first = shown[0];
	const last = shown[shown.length - 1];
	const year = last.end.slice(0, 4);
	const reported = shown.filter((r) => ids.every((id) => valueOf(r, id) !== null));
	const week = (r: WeekRow) => formatWeek(r.start, r.end);
	const pair = (r: WeekRow) => series.map((s) => `${s.label} ${formatValue(words, valueOf(r, s.id))}`).join(', ');
	const ledBy = (id: SeriesId) => reported.filter((r) => weekLeader(r, ids) === id);

	const sentences: string[] = [];
	sentences.push(
		`${word(words, 'caption-lead', { series: listAnd(ids.map(noun)) })}, ` +
			`${formatDay(first.start)} to ${formatDay(last.end)} ${year}: ` +
			`${reported.length} of ${shown.length} weeks reported, the rest left as gaps.`
	);
	if (leader !== null) {
		const lead = noun(leader);
		const others = ids
			.filter((id) => id !== leader)
			.map((id) => ({ id, weeks: ledBy(id) }))
			.filter((o) => o.weeks.length > 0);
		sentences.push(
			`${lead[0].toUpperCase()}${lead.slice(1)} led in ${ledBy(leader).length} of the ${reported.length} reported weeks` +
				(others.length > 0
					? others
							.map(
								(o) =>
									`; ${noun(o.id)} led in the week of ${o.weeks.map(week).join(' and ')} (${o.weeks.map(pair).join('; ')})`
							)
							.join('') + '.'
					: '.')
		);
		// Weeks another series led that nobody tallied, where a source says or its streak counts
		// imply it: said in words with how it is known, never drawn, so a reader can count every
		// week it led.
		for (const id of ids.filter((x) => x !== leader)) {
			const untallied = shown.filter((r) => !reported.includes(r) && r.leader === id);
			if (untallied.length === 0) continue;
			const ledWeeks = shown.filter((r) => r.leader === id).length;
			const known = shown.filter((r) => r.leader !== null).length;
			const inferred = untallied.every((r) => r.leaderBasis === 'inferred');
			sentences.push(
				`By the sources' ${inferred ? 'streak counts' : 'reports and streak counts'}, ${noun(id)} ` +
					`${ledBy(id).length > 0 ? 'also ' : ''}led ${listAnd(untallied.map(week))}, ` +
					`${untallied.length === 1 ? 'a week' : 'weeks'} without tallies (not drawn): ` +
					`${known < shown.length ? 'at least ' : ''}${ledWeeks} of the ${shown.length} weeks shown.`
			);
		}
	}
	if (state !== 'start' && peakRow && shown.includes(peakRow)) {
		sentences.push(word(words, 'caption-peak', { week: week(peakRow), values: pair(peakRow) }));
	}
	const picked = shown.filter((r) => highlight.includes(r.start));
	if (picked.length > 0) {
		sentences.push(`Highlighted: ${picked.map((r) => `${week(r)}, ${pair(r)}`).join('; ')}.`);
	}

	return {
		title: word(words, 'title'),
		unit: word(words, 'unit'),
		caption: sentences.join(' '),
		table: {
			columns: ['Week', ...series.map((s) => word(words, 'column', { series: s.label })), 'Ahead'],
			rows: shown.map((r) => {
				const all = ids.map((id) => valueOf(r, id));
				return [
					week(r),
					...all.map((v) => formatValue(words, v)),
					r.leader === null
						? all.every((v) => v !== null && v === all[0])
							? 'tie'
							: NOT_REPORTED
						: `${series.find((s) => s.id === r.leader)?.label ?? r.leader}${r.leaderBasis === 'inferred' ? ' (inferred)' : ''}`
				];
			})
		}
	};
}
