/**
 * The timeline chart's scenes: weekly tokens of Chinese and US models on OpenRouter.
 *
 * Pure TypeScript (relative imports only). Time is in days since 1970-01-01 (UTC, parsed by
 * hand so the server and the browser agree). Every week keeps its marks in every state: a week
 * outside the state's x domain is hidden (`visible: false`), and a week nobody reported has
 * `y: null` and `defined: false`, so lines break there and nothing is drawn at zero.
 */
import { scaleLinear } from 'd3-scale';
import type { ChartWords, Datasets, WeeklyTokensRow } from '../../story/types.ts';
import { word, type WordSpec } from '../words.ts';
import type { ChartText } from '../types.ts';
import { NOT_REPORTED, formatDay, formatTokens, formatWeek } from '../format.ts';
import { compareText } from '../../story/compare.ts';
import { listAnd } from '../layers/rows.ts';

export const TIMELINE_STATES = ['february', 'spike', 'all'] as const;
export type TimelineState = (typeof TIMELINE_STATES)[number];
export type SeriesId = 'china' | 'us';

/** The two series; their labels ("China", "US") are chart words, the nouns caption words. */
export const SERIES: { id: SeriesId; noun: string; tone: 'cn' | 'us' }[] = [
	{ id: 'china', noun: 'Chinese models', tone: 'cn' },
	{ id: 'us', noun: 'US models', tone: 'us' }
];

/** The words this chart shows (data/story.yaml, `charts: timeline:`) and the slots each may fill. */
export const TIMELINE_WORDS = {
	title: [],
	unit: [],
	'series-china': [],
	'series-us': [],
	peak: [],
	ahead: ['series'],
	'legend-unreported': []
} as const satisfies WordSpec;

/** A series' label, e.g. "China". */
export function seriesLabel(words: ChartWords, id: SeriesId): string {
	return word(words, `series-${id}`);
}

/** One series' value in one week. */
export interface TimelinePoint {
	/** `<series>:<week start>`, the same in every state. */
	key: string;
	series: SeriesId;
	tone: 'cn' | 'us';
	week: string;
	/** Middle of the week, in days. */
	x: number;
	/** Trillions of tokens; `null` when not reported. */
	y: number | null;
	defined: boolean;
	/** Inside the state's x domain. */
	visible: boolean;
	emphasis: boolean;
	/** This series was ahead of the other that week. */
	ahead: boolean;
}

export interface TimelineSeries {
	id: SeriesId;
	label: string;
	tone: 'cn' | 'us';
	points: TimelinePoint[];
}

/** A vertical band over one week: not reported, or the US series ahead. */
export interface TimelineBand {
	key: string;
	kind: 'unreported' | 'ahead';
	week: string;
	x0: number;
	x1: number;
	visible: boolean;
}

/** A label pinned to a point (value, peak, end of line) or to the top of a week's column. */
export interface TimelineLabel {
	key: string;
	kind: 'value' | 'end' | 'ahead';
	series: SeriesId | null;
	x: number;
	/** Data value; `null` pins the label to the top of the plot. */
	y: number | null;
	text: string;
	sub: string | null;
	placement: 'above' | 'below' | 'left' | 'right' | 'top';
	tone: 'cn' | 'us' | 'plain';
	visible: boolean;
}

export interface TimelineTick {
	key: string;
	x: number;
	label: string;
	/** Dropped on narrow charts. */
	minor: boolean;
	visible: boolean;
}

export interface TimelineScene {
	state: TimelineState;
	xDomain: [number, number];
	yDomain: [number, number];
	/** Gridline values of the y axis for this state. */
	yTicks: number[];
	series: TimelineSeries[];
	bands: TimelineBand[];
	labels: TimelineLabel[];
	ticks: TimelineTick[];
	/** Per series, runs of consecutive reported weeks (a run of one is a lone dot). */
	runs: Record<SeriesId, string[][]>;
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

export function isTimelineState(state: string): state is TimelineState {
	return (TIMELINE_STATES as readonly string[]).includes(state);
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

function valueOf(row: WeeklyTokensRow, series: SeriesId): number | null {
	return series === 'china' ? row.chinaT : row.usT;
}

function isReported(row: WeeklyTokensRow): boolean {
	return row.chinaT !== null || row.usT !== null;
}

/** The reported value that is the highest of either series (the spike), as a row index. */
function peakWeek(rows: WeeklyTokensRow[]): { index: number; series: SeriesId } | null {
	let best: { index: number; series: SeriesId; value: number } | null = null;
	for (let index = 0; index < rows.length; index++) {
		for (const s of SERIES) {
			const v = valueOf(rows[index], s.id);
			if (v !== null && (best === null || v > best.value)) best = { index, series: s.id, value: v };
		}
	}
	return best;
}

/** The weeks a state shows, as [first row index, last row index]; computed from the data. */
function stateRange(rows: WeeklyTokensRow[], state: TimelineState): [number, number] {
	const reported = rows.map((r, i) => (isReported(r) ? i : -1)).filter((i) => i >= 0);
	const peak = peakWeek(rows);
	if (state === 'all' || reported.length === 0 || peak === null) return [0, rows.length - 1];
	const first = reported[0];
	if (state === 'spike') return [first, peak.index];
	// february: the first reported weeks, up to the last reported week before the peak.
	const before = reported.filter((i) => i < peak.index);
	return [first, before.length > 0 ? before[before.length - 1] : first];
}

/** The scene of one state of the weekly timeline. Throws on a state it does not know. */
export function timelineScene(
	data: Datasets,
	state: string,
	highlight: string[] = [],
	words: ChartWords = {}
): TimelineScene {
	if (!isTimelineState(state)) {
		throw new Error(
			`timeline chart: unknown state "${state}" (expected ${TIMELINE_STATES.join(', ')})`
		);
	}
	const rows = [...data['weekly-tokens']].sort((a, b) => compareText(a.weekStart, b.weekStart));
	if (rows.length === 0) throw new Error('timeline chart: weekly-tokens must not be empty');

	const [from, to] = stateRange(rows, state);
	const xDomain: [number, number] = [dayNumber(rows[from].weekStart), dayNumber(rows[to].weekEnd) + 1];
	const inDomain = (r: WeeklyTokensRow) =>
		dayNumber(r.weekStart) >= xDomain[0] && dayNumber(r.weekEnd) + 1 <= xDomain[1];
	const mid = (r: WeeklyTokensRow) => (dayNumber(r.weekStart) + dayNumber(r.weekEnd) + 1) / 2;
	const shown = rows.filter(inDomain);

	const series: TimelineSeries[] = SERIES.map((s) => {
		const other = SERIES.find((o) => o.id !== s.id)!.id;
		return {
			id: s.id,
			label: seriesLabel(words, s.id),
			tone: s.tone,
			points: rows.map((r) => {
				const y = valueOf(r, s.id);
				const o = valueOf(r, other);
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
					ahead: y !== null && o !== null && y > o
				};
			})
		};
	});

	const maxShown = Math.max(
		0,
		...shown.flatMap((r) => [r.chinaT, r.usT]).filter((v): v is number => v !== null)
	);
	const yDomain: [number, number] = [0, niceMax(maxShown)];

	// Bands: weeks nobody reported, weeks the US series led.
	const china = series[0];
	const us = series[1];
	const bands: TimelineBand[] = [];
	for (const r of rows) {
		const base = {
			week: r.weekStart,
			x0: dayNumber(r.weekStart),
			x1: dayNumber(r.weekEnd) + 1,
			visible: inDomain(r)
		};
		if (!isReported(r)) bands.push({ key: `unreported:${r.weekStart}`, kind: 'unreported', ...base });
		if (us.points.find((p) => p.week === r.weekStart)?.ahead) {
			bands.push({ key: `ahead:${r.weekStart}`, kind: 'ahead', ...base });
		}
	}

	// Labels. Values: on highlighted weeks and on the peak; the larger value of a week goes above
	// its point, the smaller below, so a close pair never overlaps. The peak's label goes left of
	// it (there is room under the top of the plot). At the end of each line, the series' name; a
	// highlighted last point carries its value there instead of in a label of its own.
	const peak = peakWeek(rows);
	const labels: TimelineLabel[] = [];
	for (const s of series) {
		const meta = SERIES.find((m) => m.id === s.id)!;
		const last = [...s.points].reverse().find((p) => p.visible && p.defined);
		let lastHasValue = false;
		for (const p of s.points) {
			if (p.y === null) continue;
			const row = rows.find((r) => r.weekStart === p.week)!;
			const other = series.find((o) => o.id !== s.id)!.points.find((q) => q.week === p.week)!;
			const isPeak = peak !== null && rows[peak.index] === row && peak.series === s.id;
			const visible = p.visible && (isPeak || (p.emphasis && p !== last));
			if (visible && p === last) lastHasValue = true;
			labels.push({
				key: `value:${p.key}`,
				kind: 'value',
				series: s.id,
				x: p.x,
				y: p.y,
				text: `${seriesLabel(words, meta.id)} ${formatTokens(p.y)}`,
				sub: isPeak ? word(words, 'peak') : null,
				placement: isPeak ? 'left' : other.y === null || p.y >= other.y ? 'above' : 'below',
				tone: meta.tone,
				visible
			});
		}
		labels.push({
			key: `end:${s.id}`,
			kind: 'end',
			series: s.id,
			x: last?.x ?? xDomain[1],
			y: last?.y ?? 0,
			text: seriesLabel(words, meta.id),
			sub: last?.emphasis && last.y !== null ? formatTokens(last.y) : null,
			placement: 'right',
			tone: meta.tone,
			visible: last !== undefined && !lastHasValue
		});
	}
	for (const p of us.points.filter((q) => q.ahead)) {
		labels.push({
			key: `ahead:${p.week}`,
			kind: 'ahead',
			series: 'us',
			x: p.x,
			y: null,
			text: word(words, 'ahead', { series: seriesLabel(words, 'us') }),
			sub: null,
			placement: 'top',
			tone: 'us',
			visible: p.visible
		});
	}

	// Ticks at reported weeks; highlighted ones first, then any at least 3 weeks from a kept one.
	const reportedRows = rows.filter(isReported);
	const major = new Set<string>();
	const order = [
		...reportedRows.filter((r) => highlight.includes(r.weekStart) && inDomain(r)),
		...reportedRows.filter((r) => !highlight.includes(r.weekStart) && inDomain(r))
	];
	for (const r of order) {
		const d = dayNumber(r.weekStart);
		if ([...major].every((w) => Math.abs(dayNumber(w) - d) >= 21)) major.add(r.weekStart);
	}
	const ticks: TimelineTick[] = reportedRows.map((r) => ({
		key: r.weekStart,
		x: mid(r),
		label: formatDay(r.weekStart),
		minor: !major.has(r.weekStart),
		visible: inDomain(r)
	}));

	// Runs of consecutive reported weeks, per series.
	const runs = { china: [] as string[][], us: [] as string[][] };
	for (const s of series) {
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
		weeks: shown.map((r) => r.weekStart),
		text: timelineText(state, shown, series, peak !== null ? rows[peak.index] : null, highlight, words)
	};
}

function timelineText(
	state: TimelineState,
	shown: WeeklyTokensRow[],
	series: TimelineSeries[],
	peakRow: WeeklyTokensRow | null,
	highlight: string[],
	words: ChartWords
): ChartText {
	const [cnLabel, usLabel] = [seriesLabel(words, 'china'), seriesLabel(words, 'us')];
	const first = shown[0];
	const last = shown[shown.length - 1];
	const year = last.weekEnd.slice(0, 4);
	const reported = shown.filter((r) => r.chinaT !== null && r.usT !== null);
	const chinaAhead = reported.filter((r) => r.chinaT! > r.usT!);
	const usAhead = reported.filter((r) => r.usT! > r.chinaT!);
	const week = (r: WeeklyTokensRow) => formatWeek(r.weekStart, r.weekEnd);
	const pair = (r: WeeklyTokensRow) =>
		`${cnLabel} ${formatTokens(r.chinaT)}, ${usLabel} ${formatTokens(r.usT)}`;

	const sentences: string[] = [];
	sentences.push(
		`Weekly tokens of ${SERIES[0].noun} and ${SERIES[1].noun} on OpenRouter, ` +
			`${formatDay(first.weekStart)} to ${formatDay(last.weekEnd)} ${year}: ` +
			`${reported.length} of ${shown.length} weeks reported, the rest left as gaps.`
	);
	sentences.push(
		`${SERIES[0].noun[0].toUpperCase()}${SERIES[0].noun.slice(1)} led in ` +
			`${chinaAhead.length} of the ${reported.length} reported weeks` +
			(usAhead.length > 0
				? `; ${SERIES[1].noun} led in the week of ${usAhead.map(week).join(' and ')} (${usAhead.map(pair).join('; ')}).`
				: '.')
	);
	// US-led weeks nobody tallied, where a source says or its streak counts imply it: said in
	// words with how it is known, never drawn, so a reader can count every US week shown.
	const usUntallied = shown.filter((r) => !reported.includes(r) && r.leader === 'US');
	if (usUntallied.length > 0) {
		const usWeeks = shown.filter((r) => r.leader === 'US').length;
		const known = shown.filter((r) => r.leader !== null).length;
		const inferred = usUntallied.every((r) => r.leaderBasis === 'inferred');
		sentences.push(
			`By the sources' ${inferred ? 'streak counts' : 'reports and streak counts'}, ${SERIES[1].noun} ` +
				`${usAhead.length > 0 ? 'also ' : ''}led ${listAnd(usUntallied.map(week))}, ` +
				`${usUntallied.length === 1 ? 'a week' : 'weeks'} without tallies (not drawn): ` +
				`${known < shown.length ? 'at least ' : ''}${usWeeks} of the ${shown.length} weeks shown.`
		);
	}
	if (state !== 'february' && peakRow && shown.includes(peakRow)) {
		sentences.push(`The highest reported week was ${week(peakRow)}: ${pair(peakRow)}.`);
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
			columns: ['Week', `${cnLabel}, trillions`, `${usLabel}, trillions`, 'Ahead'],
			rows: shown.map((r) => [
				week(r),
				formatTokens(r.chinaT),
				formatTokens(r.usT),
				r.leader === null
					? r.chinaT !== null && r.chinaT === r.usT
						? 'tie'
						: NOT_REPORTED
					: `${r.leader === 'US' ? usLabel : cnLabel}${r.leaderBasis === 'inferred' ? ' (inferred)' : ''}`
			])
		}
	};
}

/** Weeks a step may highlight in a state: the reported weeks the state shows. */
export function timelineKeys(data: Datasets, state: string): string[] {
	const scene = timelineScene(data, state);
	return scene.series[0].points
		.filter((p, i) => p.visible && (p.defined || scene.series[1].points[i].defined))
		.map((p) => p.week);
}
