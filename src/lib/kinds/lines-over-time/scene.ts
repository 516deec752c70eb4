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
import { formatValue, word } from '../../model/words.ts';
import { formatDay } from '../../model/format.ts';
import { compareText } from '../../model/compare.ts';
import {
	LINES_OVER_TIME_STATES,
	type LinesOverTimeBand,
	type LinesOverTimeLabel,
	type LinesOverTimeScene,
	type LinesOverTimeSeries,
	type LinesOverTimeState,
	type LinesOverTimeTick,
	type SeriesId
} from './types.ts';
import {
	dayNumber,
	isReported,
	peakWeek,
	seriesLabel,
	seriesOf,
	stateRange,
	usualLeader,
	valueOf,
	weekLeader
} from './weeks.ts';
import { linesOverTimeText } from './text.ts';

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
	const rows = [...data.weeks].sort((a, b) => compareText(a.start, b.start));
	if (rows.length === 0) throw new Error('timeline chart: the weekly dataset must not be empty');
	const order = seriesOf(data, groups, options);
	const ids = order.map((o) => o.id);
	if (ids.length < 2) throw new Error('timeline chart: it needs two series or more');
	const leader = usualLeader(rows, ids);
	const label = (id: SeriesId) => seriesLabel(words, id, groups);

	const [from, to] = stateRange(rows, state, ids);
	const xDomain: [number, number] = [dayNumber(rows[from].start), dayNumber(rows[to].end) + 1];
	const inDomain = (r: WeekRow) => dayNumber(r.start) >= xDomain[0] && dayNumber(r.end) + 1 <= xDomain[1];
	const mid = (r: WeekRow) => (dayNumber(r.start) + dayNumber(r.end) + 1) / 2;
	const shown = rows.filter(inDomain);

	const series: LinesOverTimeSeries[] = order.map((s) => ({
		id: s.id,
		label: label(s.id),
		tone: s.tone,
		points: rows.map((r) => {
			const y = valueOf(r, s.id);
			const led = weekLeader(r, ids);
			return {
				key: `${s.id}:${r.start}`,
				series: s.id,
				tone: s.tone,
				week: r.start,
				x: mid(r),
				y,
				defined: y !== null,
				visible: inDomain(r),
				emphasis: highlight.includes(r.start),
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
			week: r.start,
			x0: dayNumber(r.start),
			x1: dayNumber(r.end) + 1,
			visible: inDomain(r)
		};
		if (!isReported(r)) bands.push({ key: `unreported:${r.start}`, kind: 'unreported', tone: null, ...base });
		const ahead = series.find((s) => s.id !== leader && s.points.find((p) => p.week === r.start)?.ahead);
		if (ahead) bands.push({ key: `ahead:${r.start}`, kind: 'ahead', tone: ahead.tone, ...base });
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
			const row = rows.find((r) => r.start === p.week)!;
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
		...reportedRows.filter((r) => highlight.includes(r.start) && inDomain(r)),
		...reportedRows.filter((r) => !highlight.includes(r.start) && inDomain(r))
	];
	for (const r of tickOrder) {
		const d = dayNumber(r.start);
		if ([...major].every((w) => Math.abs(dayNumber(w) - d) >= 21)) major.add(r.start);
	}
	const ticks: LinesOverTimeTick[] = reportedRows.map((r) => ({
		key: r.start,
		x: mid(r),
		label: formatDay(r.start),
		minor: !major.has(r.start),
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
		weeks: shown.map((r) => r.start),
		text: linesOverTimeText(
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

/** Weeks a step may highlight in a state: the reported weeks the state shows. */
export function linesOverTimeKeys(data: Datasets, state: string, groups: readonly Group[] = []): string[] {
	const scene = linesOverTimeScene(data, state, [], {}, groups);
	return scene.series[0].points
		.filter((p, i) => p.visible && scene.series.some((s) => s.points[i].defined))
		.map((p) => p.week);
}

/** Re-exported for the chart component: a value as the `value` word prints it. */
export { formatValue };
