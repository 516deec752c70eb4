/**
 * Reading the weekly dataset: its series, their values, the weeks nobody reported, who led each
 * week and which weeks a state shows. Shared by the scene and its text.
 */
import type { ChartOptions, ChartWords, Datasets, Group, WeekRow } from '../../model/types.ts';
import { groupLabel, groupTone, type GroupTone } from '../../model/groups.ts';
import type { LinesOverTimeState, SeriesId } from './types.ts';

/** A series' label, e.g. "Denmark" (the `series-<group>` word), or the group's label. */
export function seriesLabel(words: ChartWords, id: SeriesId, groups: readonly Group[] = []): string {
	return words[`series-${id}`] ?? groupLabel(groups, id);
}

/** The group of a series: as the dataset's `series:` says, or the series id itself. */
export function seriesGroup(id: SeriesId, options: ChartOptions = {}): string {
	return options.seriesGroups?.[id] ?? id;
}

/** The series of a timeline, in the order of the data's columns (the `series:` order). */
export function seriesOf(
	data: Datasets,
	groups: readonly Group[],
	options: ChartOptions = {}
): { id: SeriesId; group: string; tone: GroupTone }[] {
	const order = [...new Set(data.weeks.flatMap((r) => Object.keys(r.values)))];
	return order.map((id) => ({
		id,
		group: seriesGroup(id, options),
		tone: groupTone(groups, seriesGroup(id, options))
	}));
}

const DAY_MS = 86_400_000;

/** "2026-02-09" -> days since 1970-01-01, by hand so every time zone agrees. */
export function dayNumber(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** One series' value in a week; `null` when not reported. */
export function valueOf(row: WeekRow, series: SeriesId): number | null {
	return row.values[series] ?? null;
}

/** Whether any series reported a value that week. */
export function isReported(row: WeekRow): boolean {
	return Object.values(row.values).some((v) => v !== null);
}

/** The reported value that is the highest of any series (the spike), as a row index. */
export function peakWeek(rows: WeekRow[], ids: SeriesId[]): { index: number; series: SeriesId } | null {
	let best: { index: number; series: SeriesId; value: number } | null = null;
	for (let index = 0; index < rows.length; index++) {
		for (const id of ids) {
			const v = valueOf(rows[index], id);
			if (v !== null && (best === null || v > best.value)) best = { index, series: id, value: v };
		}
	}
	return best;
}

/** The series ahead of every other in a week where all are reported, or null (a tie, a gap). */
export function weekLeader(row: WeekRow, ids: SeriesId[]): SeriesId | null {
	const vals = ids.map((id) => ({ id, v: valueOf(row, id) }));
	if (vals.some((x) => x.v === null)) return null;
	const top = Math.max(...vals.map((x) => x.v as number));
	const at = vals.filter((x) => x.v === top);
	return at.length === 1 ? at[0].id : null;
}

/** The series that led in most weeks (the first in order on a tie), or null. */
export function usualLeader(rows: WeekRow[], ids: SeriesId[]): SeriesId | null {
	const wins = ids.map((id) => rows.filter((r) => weekLeader(r, ids) === id).length);
	const most = Math.max(0, ...wins);
	return most > 0 ? ids[wins.indexOf(most)] : null;
}

/** The weeks a state shows, as [first row index, last row index]; computed from the data. */
export function stateRange(rows: WeekRow[], state: LinesOverTimeState, ids: SeriesId[]): [number, number] {
	const reported = rows.map((r, i) => (isReported(r) ? i : -1)).filter((i) => i >= 0);
	const peak = peakWeek(rows, ids);
	if (state === 'all' || reported.length === 0 || peak === null) return [0, rows.length - 1];
	const first = reported[0];
	if (state === 'peak') return [first, peak.index];
	// start: the first reported weeks, up to the last reported week before the peak.
	const before = reported.filter((i) => i < peak.index);
	return [first, before.length > 0 ? before[before.length - 1] : first];
}
