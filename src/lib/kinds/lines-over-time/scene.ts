/**
 * Lines over time: one value per week for two or more series (one per group), weeks nobody
 * reported drawn as gaps, and a band over the weeks a series other than the usual leader led.
 *
 * Pure TypeScript (relative imports only). Time is in days since 1970-01-01 (UTC, parsed by
 * hand so the server and the browser agree). Every week keeps its marks in every state: a week
 * outside the state's x domain is hidden (`visible: false`), and a week nobody reported has
 * `y: null` and `defined: false`, so lines break there and nothing is drawn at zero.
 */
import { scaleLinear } from 'd3-scale';
import type { ChartOptions, ChartWords, Datasets, Group, WeekRow } from '../../model/types.ts';
import { formatValue, word, type WordSpec } from '../../model/words.ts';
import { groupLabel, groupTone, type GroupTone } from '../../model/groups.ts';
import type { ChartText } from '../types.ts';
import { NOT_REPORTED, formatDay, formatWeek } from '../../model/format.ts';
import { compareText } from '../../model/compare.ts';
import { listAnd } from '../rows.ts';

export const LINES_OVER_TIME_STATES = ['start', 'peak', 'all'] as const;
export type LinesOverTimeState = (typeof LINES_OVER_TIME_STATES)[number];
/** A series is one group's values: its id is the group's. */
export type SeriesId = string;

/** The words this chart shows (data/story.yaml, `charts: timeline:`) and the slots each may fill. */
export const LINES_OVER_TIME_WORDS = {
	title: [],
	unit: [],
	'series-{series}': [],
	peak: [],
	ahead: ['series'],
	'legend-unreported': [],
	/** What the caption calls a series: "{group} models" ({label}: the series' own word). */
	'series-noun': ['group', 'label'],
	/** The caption's opening: "Weekly tokens of {series} on ..." */
	'caption-lead': ['series'],
	/** A value as printed on labels, tips and in the table: "{value}T" (two decimals; axis ticks as they fall). */
	value: ['value'],
	/** A series' column head in the data table: "{series}, trillions". */
	column: ['series'],
	/** The caption's sentence on the peak week: "The highest reported week was {week}: {values}." */
	'caption-peak': ['week', 'values']
} as const satisfies WordSpec;

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

/** One series' value in one week. */
export interface LinesOverTimePoint {
	/** `<series>:<week start>`, the same in every state. */
	key: string;
	series: SeriesId;
	tone: GroupTone;
	week: string;
	/** Middle of the week, in days. */
	x: number;
	/** Trillions of tokens; `null` when not reported. */
	y: number | null;
	defined: boolean;
	/** Inside the state's x domain. */
	visible: boolean;
	emphasis: boolean;
	/** This series was ahead of every other that week. */
	ahead: boolean;
}

export interface LinesOverTimeSeries {
	id: SeriesId;
	label: string;
	tone: GroupTone;
	points: LinesOverTimePoint[];
}

/** A vertical band over one week: not reported, or a series other than the usual leader ahead. */
export interface LinesOverTimeBand {
	key: string;
	kind: 'unreported' | 'ahead';
	/** The series that led that week (`ahead` bands), in its tone. */
	tone: GroupTone | null;
	week: string;
	x0: number;
	x1: number;
	visible: boolean;
}

/** A label pinned to a point (value, peak, end of line) or to the top of a week's column. */
export interface LinesOverTimeLabel {
	key: string;
	kind: 'value' | 'end' | 'ahead';
	series: SeriesId | null;
	x: number;
	/** Data value; `null` pins the label to the top of the plot. */
	y: number | null;
	text: string;
	sub: string | null;
	placement: 'above' | 'below' | 'left' | 'right' | 'top';
	tone: GroupTone | 'plain';
	visible: boolean;
}

export interface LinesOverTimeTick {
	key: string;
	x: number;
	label: string;
	/** Dropped on narrow charts. */
	minor: boolean;
	visible: boolean;
}

export interface LinesOverTimeScene {
	state: LinesOverTimeState;
	xDomain: [number, number];
	yDomain: [number, number];
	/** Gridline values of the y axis for this state. */
	yTicks: number[];
	series: LinesOverTimeSeries[];
	bands: LinesOverTimeBand[];
	labels: LinesOverTimeLabel[];
	ticks: LinesOverTimeTick[];
	/** Per series, runs of consecutive reported weeks (a run of one is a lone dot). */
	runs: Record<SeriesId, string[][]>;
	/** The series that led in most reported weeks: the others' leads are banded. */
	leadSeries: SeriesId | null;
	/** Weeks shown in this state, in order. */
	weeks: string[];
	text: ChartText;
}

const DAY_MS = 86_400_000;

/** "2026-02-09" -> days since 1970-01-01, by hand so every time zone agrees. */
export function dayNumber(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function isLinesOverTimeState(state: string): state is LinesOverTimeState {
	return (LINES_OVER_TIME_STATES as readonly string[]).includes(state);
}

/** A round upper bound for a 0-based axis with about `count` ticks. */
export function niceMax(value: number, count = 4): number {
	if (!(value > 0)) return 1;
	const raw = value / count;
	const mag = 10 ** Math.floor(Math.log10(raw));
	const norm = raw / mag;
	const step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * mag;
	const top = Math.ceil(value / step - 1e-9) * step;
	return top - value < step * 0.1 ? top + step : top;
}

function valueOf(row: WeekRow, series: SeriesId): number | null {
	return row.values[series] ?? null;
}

function isReported(row: WeekRow): boolean {
	return Object.values(row.values).some((v) => v !== null);
}

/** The reported value that is the highest of any series (the spike), as a row index. */
function peakWeek(rows: WeekRow[], ids: SeriesId[]): { index: number; series: SeriesId } | null {
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
function weekLeader(row: WeekRow, ids: SeriesId[]): SeriesId | null {
	const vals = ids.map((id) => ({ id, v: valueOf(row, id) }));
	if (vals.some((x) => x.v === null)) return null;
	const top = Math.max(...vals.map((x) => x.v as number));
	const at = vals.filter((x) => x.v === top);
	return at.length === 1 ? at[0].id : null;
}

/** The series that led in most weeks (the first in order on a tie), or null. */
function usualLeader(rows: WeekRow[], ids: SeriesId[]): SeriesId | null {
	const wins = ids.map((id) => rows.filter((r) => weekLeader(r, ids) === id).length);
	const most = Math.max(0, ...wins);
	return most > 0 ? ids[wins.indexOf(most)] : null;
}

/** The weeks a state shows, as [first row index, last row index]; computed from the data. */
function stateRange(rows: WeekRow[], state: LinesOverTimeState, ids: SeriesId[]): [number, number] {
	const reported = rows.map((r, i) => (isReported(r) ? i : -1)).filter((i) => i >= 0);
	const peak = peakWeek(rows, ids);
	if (state === 'all' || reported.length === 0 || peak === null) return [0, rows.length - 1];
	const first = reported[0];
	if (state === 'peak') return [first, peak.index];
	// start: the first reported weeks, up to the last reported week before the peak.
	const before = reported.filter((i) => i < peak.index);
	return [first, before.length > 0 ? before[before.length - 1] : first];
}

/** The scene of one state of the weekly timeline. Throws on a state it does not know. */
export function linesOverTimeScene(
	data: Datasets,
	state: string,
	highlight: string[] = [],
	words: ChartWords = {},
	groups: readonly Group[] = [],
	options: ChartOptions = {}
): LinesOverTimeScene {
	if (!isLinesOverTimeState(state)) {
		throw new Error(`timeline chart: unknown state "${state}" (expected ${LINES_OVER_TIME_STATES.join(', ')})`);
	}
	const rows = [...data.weeks].sort((a, b) => compareText(a.weekStart, b.weekStart));
	if (rows.length === 0) throw new Error('timeline chart: the weekly dataset must not be empty');
	const order = seriesOf(data, groups, options);
	const ids = order.map((o) => o.id);
	if (ids.length < 2) throw new Error('timeline chart: it needs two series or more');
	const leader = usualLeader(rows, ids);
	const label = (id: SeriesId) => seriesLabel(words, id, groups);

	const [from, to] = stateRange(rows, state, ids);
	const xDomain: [number, number] = [dayNumber(rows[from].weekStart), dayNumber(rows[to].weekEnd) + 1];
	const inDomain = (r: WeekRow) => dayNumber(r.weekStart) >= xDomain[0] && dayNumber(r.weekEnd) + 1 <= xDomain[1];
	const mid = (r: WeekRow) => (dayNumber(r.weekStart) + dayNumber(r.weekEnd) + 1) / 2;
	const shown = rows.filter(inDomain);

	const series: LinesOverTimeSeries[] = order.map((s) => ({
		id: s.id,
		label: label(s.id),
		tone: s.tone,
		points: rows.map((r) => {
			const y = valueOf(r, s.id);
			const led = weekLeader(r, ids);
			return {
				key: `${s.id}:${r.weekStart}`,
				series: s.id,
				tone: s.tone,
				week: r.weekStart,
				x: mid(r),
				y,
				defined: y !== null,
				visible: inDomain(r),
				emphasis: highlight.includes(r.weekStart),
				ahead: y !== null && led === s.id
			};
		})
	}));

	const maxShown = Math.max(
		0,
		...shown.flatMap((r) => ids.map((id) => valueOf(r, id))).filter((v): v is number => v !== null)
	);
	const yDomain: [number, number] = [0, niceMax(maxShown)];

	// Bands: weeks nobody reported, weeks a series other than the usual leader led.
	const bands: LinesOverTimeBand[] = [];
	for (const r of rows) {
		const base = {
			week: r.weekStart,
			x0: dayNumber(r.weekStart),
			x1: dayNumber(r.weekEnd) + 1,
			visible: inDomain(r)
		};
		if (!isReported(r)) bands.push({ key: `unreported:${r.weekStart}`, kind: 'unreported', tone: null, ...base });
		const ahead = series.find((s) => s.id !== leader && s.points.find((p) => p.week === r.weekStart)?.ahead);
		if (ahead) bands.push({ key: `ahead:${r.weekStart}`, kind: 'ahead', tone: ahead.tone, ...base });
	}

	// Labels. Values: on highlighted weeks and on the peak; the largest value of a week goes above
	// its point, the others below, so a close pair never overlaps. The peak's label goes left of
	// it (there is room under the top of the plot). At the end of each line, the series' name; a
	// highlighted last point carries its value there instead of in a label of its own.
	const peak = peakWeek(rows, ids);
	const labels: LinesOverTimeLabel[] = [];
	for (const s of series) {
		const last = [...s.points].reverse().find((p) => p.visible && p.defined);
		let lastHasValue = false;
		for (const p of s.points) {
			if (p.y === null) continue;
			const row = rows.find((r) => r.weekStart === p.week)!;
			const others = series
				.filter((o) => o.id !== s.id)
				.map((o) => o.points.find((q) => q.week === p.week)!.y)
				.filter((v): v is number => v !== null);
			const isPeak = peak !== null && rows[peak.index] === row && peak.series === s.id;
			const visible = p.visible && (isPeak || (p.emphasis && p !== last));
			if (visible && p === last) lastHasValue = true;
			labels.push({
				key: `value:${p.key}`,
				kind: 'value',
				series: s.id,
				x: p.x,
				y: p.y,
				text: `${s.label} ${formatValue(words, p.y)}`,
				sub: isPeak ? word(words, 'peak') : null,
				placement: isPeak ? 'left' : others.every((o) => p.y! >= o) ? 'above' : 'below',
				tone: s.tone,
				visible
			});
		}
		labels.push({
			key: `end:${s.id}`,
			kind: 'end',
			series: s.id,
			x: last?.x ?? xDomain[1],
			y: last?.y ?? 0,
			text: s.label,
			sub: last?.emphasis && last.y !== null ? formatValue(words, last.y) : null,
			placement: 'right',
			tone: s.tone,
			visible: last !== undefined && !lastHasValue
		});
	}
	for (const s of series.filter((x) => x.id !== leader)) {
		for (const p of s.points.filter((q) => q.ahead)) {
			labels.push({
				key: `ahead:${p.week}`,
				kind: 'ahead',
				series: s.id,
				x: p.x,
				y: null,
				text: word(words, 'ahead', { series: s.label }),
				sub: null,
				placement: 'top',
				tone: s.tone,
				visible: p.visible
			});
		}
	}

	// Ticks at reported weeks; highlighted ones first, then any at least 3 weeks from a kept one.
	const reportedRows = rows.filter(isReported);
	const major = new Set<string>();
	const tickOrder = [
		...reportedRows.filter((r) => highlight.includes(r.weekStart) && inDomain(r)),
		...reportedRows.filter((r) => !highlight.includes(r.weekStart) && inDomain(r))
	];
	for (const r of tickOrder) {
		const d = dayNumber(r.weekStart);
		if ([...major].every((w) => Math.abs(dayNumber(w) - d) >= 21)) major.add(r.weekStart);
	}
	const ticks: LinesOverTimeTick[] = reportedRows.map((r) => ({
		key: r.weekStart,
		x: mid(r),
		label: formatDay(r.weekStart),
		minor: !major.has(r.weekStart),
		visible: inDomain(r)
	}));

	// Runs of consecutive reported weeks, per series.
	const runs: Record<SeriesId, string[][]> = {};
	for (const s of series) {
		runs[s.id] = [];
		let run: string[] = [];
		for (const p of s.points) {
			if (p.defined) run.push(p.week);
			else if (run.length > 0) {
				runs[s.id].push(run);
				run = [];
			}
		}
		if (run.length > 0) runs[s.id].push(run);
	}

	return {
		state,
		xDomain,
		yDomain,
		yTicks: scaleLinear().domain(yDomain).ticks(4),
		series,
		bands,
		labels,
		ticks,
		runs,
		leadSeries: leader,
		weeks: shown.map((r) => r.weekStart),
		text: timelineText(
			state,
			shown,
			series,
			leader,
			peak !== null ? rows[peak.index] : null,
			highlight,
			words,
			groups,
			options
		)
	};
}

function timelineText(
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
	const year = last.weekEnd.slice(0, 4);
	const reported = shown.filter((r) => ids.every((id) => valueOf(r, id) !== null));
	const week = (r: WeekRow) => formatWeek(r.weekStart, r.weekEnd);
	const pair = (r: WeekRow) => series.map((s) => `${s.label} ${formatValue(words, valueOf(r, s.id))}`).join(', ');
	const ledBy = (id: SeriesId) => reported.filter((r) => weekLeader(r, ids) === id);

	const sentences: string[] = [];
	sentences.push(
		`${word(words, 'caption-lead', { series: listAnd(ids.map(noun)) })}, ` +
			`${formatDay(first.weekStart)} to ${formatDay(last.weekEnd)} ${year}: ` +
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
	const picked = shown.filter((r) => highlight.includes(r.weekStart));
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

/** Weeks a step may highlight in a state: the reported weeks the state shows. */
export function linesOverTimeKeys(data: Datasets, state: string, groups: readonly Group[] = []): string[] {
	const scene = linesOverTimeScene(data, state, [], {}, groups);
	return scene.series[0].points
		.filter((p, i) => p.visible && scene.series.some((s) => s.points[i].defined))
		.map((p) => p.week);
}

/** Re-exported for the chart component: a value as the `value` word prints it. */
export { formatValue };
