/**
 * Lines over time: one value per period (a day, week, month, quarter or year, or a dated
 * observation) for two or more series (one per group), periods nobody reported drawn as gaps, and
 * a band over the periods a series other than the usual leader led (the lowest value leads where
 * the chart's `better:` is `lower`).
 *
 * Pure TypeScript (relative imports only). Time is in days since 1970-01-01 (UTC, parsed by
 * hand so the server and the browser agree). Every period keeps its marks in every state: one
 * outside the state's x domain is hidden (`visible: false`), and one nobody reported has
 * `y: null` and `defined: false`, so lines break there and nothing is drawn at zero.
 */
import type { LangCode } from '../../model/locale/langs.ts';
import { scaleLinear } from 'd3-scale';
import type { ChartOptions, ChartWords, Datasets, Group } from '../../model/types.ts';
import { formatValue, withDefaults, word } from '../../model/words.ts';
import { LINES_OVER_TIME_DEFAULTS } from './defaults.ts';
import {
	LINES_OVER_TIME_STATES,
	type LinesOverTimeBand,
	type LinesOverTimeLabel,
	type LinesOverTimeScene,
	type LinesOverTimeSeries,
	type LinesOverTimeState,
	type SeriesId
} from './types.ts';
import { dayNumber } from '../../model/periods.ts';
import {
	type Period,
	isReported,
	lowerLeads,
	peakPeriod,
	periodLeader,
	periodsOf,
	seriesLabel,
	seriesOf,
	stateRange,
	usualLeader,
	valueOf
} from './periods.ts';
import { timeTicks } from './ticks.ts';
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

/** A timeline longer than this draws its markers only where they carry meaning and merges its bands. */
const LONG = 26;

/** The scene of one state of the timeline. Throws on a state it does not know. */
export function linesOverTimeScene(
	data: Datasets,
	state: string,
	highlight: string[] = [],
	written: ChartWords = {},
	groups: readonly Group[] = [],
	options: ChartOptions,
	lang: LangCode
): LinesOverTimeScene {
	const words = withDefaults(written, LINES_OVER_TIME_DEFAULTS[lang]);
	if (!isLinesOverTimeState(state)) {
		throw new Error(`timeline chart: unknown state "${state}" (expected ${LINES_OVER_TIME_STATES.join(', ')})`);
	}
	const { rows, grain } = periodsOf(data, options);
	if (rows.length === 0) throw new Error('timeline chart: the dataset must not be empty');
	const order = seriesOf(data, groups, options);
	const ids = order.map((o) => o.id);
	if (ids.length < 2) throw new Error('timeline chart: it needs two series or more');
	const lower = lowerLeads(options);
	const long = rows.length > LONG;
	const leader = usualLeader(rows, ids, lower);
	const label = (id: SeriesId) => seriesLabel(words, id, groups);

	const [from, to] = stateRange(rows, state, ids);
	// Each row's first day and the day after its last, counted once: a long timeline asks often.
	const days = new Map<Period, [number, number]>(rows.map((r) => [r, [dayNumber(r.start), dayNumber(r.end) + 1]]));
	const xDomain: [number, number] = [days.get(rows[from])![0], days.get(rows[to])![1]];
	const inDomain = (r: Period) => days.get(r)![0] >= xDomain[0] && days.get(r)![1] <= xDomain[1];
	const mid = (r: Period) => (days.get(r)![0] + days.get(r)![1]) / 2;
	const shown = rows.filter(inDomain);
	const peak = peakPeriod(rows, ids);
	const leads = rows.map((r) => periodLeader(r, ids, lower));

	const series: LinesOverTimeSeries[] = order.map((s) => {
		const values = rows.map((r) => valueOf(r, s.id));
		const shownCount = shown.filter((r) => valueOf(r, s.id) !== null).length;
		let last = -1;
		rows.forEach((r, i) => {
			if (values[i] !== null && inDomain(r)) last = i;
		});
		return {
			id: s.id,
			label: label(s.id),
			tone: s.tone,
			points: rows.map((r, i) => {
				const y = values[i];
				const emphasis = highlight.includes(r.start);
				// A lone reported value has no line through it: only its marker shows it.
				const lone = y !== null && (values[i - 1] ?? null) === null && (values[i + 1] ?? null) === null;
				const isPeak = peak !== null && peak.index === i && peak.series === s.id;
				return {
					key: `${s.id}:${r.start}`,
					series: s.id,
					tone: s.tone,
					period: r.start,
					x: mid(r),
					y,
					defined: y !== null,
					visible: inDomain(r),
					emphasis,
					ahead: y !== null && leads[i] === s.id,
					marker: y !== null && (!long || shownCount <= LONG || lone || emphasis || isPeak || i === last)
				};
			})
		};
	});

	// A loop, not a spread: a long timeline has more values than a call may take arguments.
	let maxShown = 0;
	for (const r of shown) {
		for (const id of ids) {
			const v = valueOf(r, id);
			if (v !== null && v > maxShown) maxShown = v;
		}
	}
	const yDomain: [number, number] = [0, niceMax(maxShown)];

	const bands = timelineBands(rows, series, leader, inDomain, long, days);

	// Labels. Values: on highlighted periods and on the peak; the largest value of a period goes
	// above its point, the others below, so a close pair never overlaps. The peak's label goes left
	// of it (there is room under the top of the plot). At the end of each line, the series' name; a
	// highlighted last point carries its value there instead of in a label of its own. A long
	// timeline carries only the labels a state can show, so its page stays small.
	const labels: LinesOverTimeLabel[] = [];
	for (const s of series) {
		const last = [...s.points].reverse().find((p) => p.visible && p.defined);
		let lastHasValue = false;
		s.points.forEach((p, i) => {
			if (p.y === null) return;
			const isPeak = peak !== null && peak.index === i && peak.series === s.id;
			if (long && !isPeak && !p.emphasis) return;
			const others = series
				.filter((o) => o.id !== s.id)
				.map((o) => o.points[i].y)
				.filter((v): v is number => v !== null);
			const visible = p.visible && (isPeak || (p.emphasis && p !== last));
			if (visible && p === last) lastHasValue = true;
			labels.push({
				key: `value:${p.key}`,
				kind: 'value',
				series: s.id,
				x: p.x,
				y: p.y,
				text: word(words, 'series-value', {
					series: s.label,
					value: formatValue(words, p.y, options.decimals ?? 2, lang)
				}),
				sub: isPeak ? word(words, 'peak') : null,
				placement: isPeak ? 'left' : others.every((o) => p.y! >= o) ? 'above' : 'below',
				tone: s.tone,
				visible
			});
		});
		labels.push({
			key: `end:${s.id}`,
			kind: 'end',
			series: s.id,
			x: last?.x ?? xDomain[1],
			y: last?.y ?? 0,
			text: s.label,
			sub: last?.emphasis && last.y !== null ? formatValue(words, last.y, options.decimals ?? 2, lang) : null,
			placement: 'right',
			tone: s.tone,
			visible: last !== undefined && !lastHasValue
		});
	}
	// "<series> ahead" over each period another series led; a long timeline leaves that to its
	// bands and the legend, where a label per period would stack.
	if (!long) {
		for (const s of series.filter((x) => x.id !== leader)) {
			for (const p of s.points.filter((q) => q.ahead)) {
				labels.push({
					key: `ahead:${p.period}`,
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
	}

	const ticks = timeTicks(rows, shown, grain, xDomain, highlight, mid, lang);

	// Runs of consecutive reported periods, per series.
	const runs: Record<SeriesId, string[][]> = {};
	for (const s of series) {
		runs[s.id] = [];
		let run: string[] = [];
		for (const p of s.points) {
			if (p.defined) run.push(p.period);
			else if (run.length > 0) {
				runs[s.id].push(run);
				run = [];
			}
		}
		if (run.length > 0) runs[s.id].push(run);
	}

	return {
		state,
		grain,
		xDomain,
		yDomain,
		yTicks: scaleLinear().domain(yDomain).ticks(4),
		series,
		bands,
		labels,
		ticks,
		runs,
		leadSeries: leader,
		periods: shown.map((r) => r.start),
		text: linesOverTimeText(
			state,
			shown,
			grain,
			series,
			leader,
			peak !== null ? rows[peak.index] : null,
			highlight,
			words,
			groups,
			options,
			lang
		)
	};
}

/**
 * Bands: periods nobody reported, periods a series other than the usual leader led. A long
 * timeline merges each run of neighbouring rows into one band (rows a page's copy left out
 * between two of a run's rows belong to it: see `loading/reduce.ts`).
 */
function timelineBands(
	rows: Period[],
	series: LinesOverTimeSeries[],
	leader: SeriesId | null,
	inDomain: (r: Period) => boolean,
	merge: boolean,
	days: ReadonlyMap<Period, [number, number]>
): LinesOverTimeBand[] {
	const bands: LinesOverTimeBand[] = [];
	// The band each kind ended on at the row before, to extend.
	let open: Partial<Record<'unreported' | 'ahead', LinesOverTimeBand>> = {};
	rows.forEach((r, i) => {
		const [x0, x1] = days.get(r)!;
		const base = { period: r.start, x0, x1, visible: inDomain(r) };
		const next: typeof open = {};
		const add = (band: LinesOverTimeBand) => {
			const prev = open[band.kind];
			if (merge && prev && prev.tone === band.tone && prev.visible === band.visible) prev.x1 = band.x1;
			else bands.push(band);
			next[band.kind] = merge && prev && prev.tone === band.tone && prev.visible === band.visible ? prev : band;
		};
		if (!isReported(r)) add({ key: `unreported:${r.start}`, kind: 'unreported', tone: null, ...base });
		const ahead = series.find((s) => s.id !== leader && s.points[i].ahead);
		if (ahead) add({ key: `ahead:${r.start}`, kind: 'ahead', tone: ahead.tone, ...base });
		open = next;
	});
	return bands;
}

/** Periods a step may highlight in a state: the reported periods the state shows. */
export function linesOverTimeKeys(data: Datasets, state: string, groups: readonly Group[] = []): string[] {
	const scene = linesOverTimeScene(data, state, [], {}, groups, {}, 'en');
	return scene.series[0].points
		.filter((p, i) => p.visible && scene.series.some((s) => s.points[i].defined))
		.map((p) => p.period);
}

/** Re-exported for the chart component: a value as the `value` word prints it. */
export { formatValue };
