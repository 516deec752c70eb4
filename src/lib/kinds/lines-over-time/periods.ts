/**
 * Reading a timeline: its rows with their last days and grain, its series and their values, the
 * periods nobody reported, who led each period and which periods a state shows. Shared by the
 * scene, its ticks and its text.
 */
import type { ChartOptions, ChartWords, Datasets, Group, TimeRow } from '../../model/types.ts';
import { groupLabel, groupTone, type GroupTone } from '../../model/groups.ts';
import { type Grain, inferGrain, periodEnd } from '../../model/periods.ts';
import { compareText } from '../../model/compare.ts';
import type { LinesOverTimeState, SeriesId } from './types.ts';

/** A row with its last day known: the file's, or the end of its period. */
export type Period = TimeRow & { end: string };

/** The rows in date order with their last days, and the grain (declared, else inferred). */
export function periodsOf(data: Datasets, options: ChartOptions = {}): { rows: Period[]; grain: Grain } {
	const sorted = [...data.timeline].sort((a, b) => compareText(a.start, b.start));
	const grain =
		options.grain ??
		inferGrain(
			sorted.map((r) => r.start),
			sorted[0]?.end ?? null
		);
	const rows = sorted.map((r) =>
		r.end !== null ? (r as Period) : { ...r, end: grain === 'irregular' ? r.start : periodEnd(r.start, grain) }
	);
	return { rows, grain };
}

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
	const order = [...new Set(data.timeline.flatMap((r) => Object.keys(r.values)))];
	return order.map((id) => ({
		id,
		group: seriesGroup(id, options),
		tone: groupTone(groups, seriesGroup(id, options))
	}));
}

/** One series' value in a period; `null` when not reported. */
export function valueOf(row: TimeRow, series: SeriesId): number | null {
	return row.values[series] ?? null;
}

/** Whether any series reported a value that period. */
export function isReported(row: TimeRow): boolean {
	return Object.values(row.values).some((v) => v !== null);
}

/** The reported value that is the highest of any series (the spike), as a row index. */
export function peakPeriod(rows: TimeRow[], ids: SeriesId[]): { index: number; series: SeriesId } | null {
	let best: { index: number; series: SeriesId; value: number } | null = null;
	for (let index = 0; index < rows.length; index++) {
		for (const id of ids) {
			const v = valueOf(rows[index], id);
			if (v !== null && (best === null || v > best.value)) best = { index, series: id, value: v };
		}
	}
	return best;
}

/** Whether the chart's `better:` option makes the lowest value lead (prices, times). */
export function lowerLeads(options: ChartOptions = {}): boolean {
	return options.better === 'lower';
}

/**
 * Who leads a period where every series is reported: the highest value, or the lowest where
 * lower is better; `tie` when two share the lead; null with a gap.
 */
export function periodLead(row: TimeRow, ids: SeriesId[], lower = false): SeriesId | 'tie' | null {
	let top: number | null = null;
	let at: SeriesId[] = [];
	for (const id of ids) {
		const v = valueOf(row, id);
		if (v === null) return null;
		if (top === null || (lower ? v < top : v > top)) {
			top = v;
			at = [id];
		} else if (v === top) at.push(id);
	}
	return at.length === 1 ? at[0] : at.length > 1 ? 'tie' : null;
}

/** The series ahead of every other in a period where all are reported, or null (a tie, a gap). */
export function periodLeader(row: TimeRow, ids: SeriesId[], lower = false): SeriesId | null {
	const lead = periodLead(row, ids, lower);
	return lead === 'tie' ? null : lead;
}

/** The series that led in most periods (the first in order on a tie), or null. */
export function usualLeader(rows: TimeRow[], ids: SeriesId[], lower = false): SeriesId | null {
	const wins = new Map<SeriesId, number>(ids.map((id) => [id, 0]));
	for (const r of rows) {
		const lead = periodLeader(r, ids, lower);
		if (lead !== null) wins.set(lead, (wins.get(lead) ?? 0) + 1);
	}
	const most = Math.max(0, ...wins.values());
	return most > 0 ? ids.find((id) => wins.get(id) === most)! : null;
}

/** The periods a state shows, as [first row index, last row index]; computed from the data. */
export function stateRange(rows: TimeRow[], state: LinesOverTimeState, ids: SeriesId[]): [number, number] {
	const reported = rows.map((r, i) => (isReported(r) ? i : -1)).filter((i) => i >= 0);
	const peak = peakPeriod(rows, ids);
	if (state === 'all' || reported.length === 0 || peak === null) return [0, rows.length - 1];
	const first = reported[0];
	if (state === 'peak') return [first, peak.index];
	// start: the first reported periods, up to the last reported one before the peak.
	const before = reported.filter((i) => i < peak.index);
	return [first, before.length > 0 ? before[before.length - 1] : first];
}
