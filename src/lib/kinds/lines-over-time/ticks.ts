/**
 * The time axis's ticks for the span a state shows. A short timeline ticks its reported periods,
 * as a reader counts them; a long one ticks calendar steps that follow the span (days, weeks,
 * months, quarters, half-years, years, decades), at most `MAJOR` labelled on a phone and `ALL` on
 * a wider chart (the chart drops `minor` ticks when narrow). A date carries its year where the
 * span crosses one; month and year ticks always name the year of the first label and of January.
 */
import { dayNumber, isoDay, type Grain } from '../../model/periods.ts';
import { formatDay, formatMonth } from '../../model/format.ts';
import type { LangCode } from '../../model/locale/langs.ts';
import { formatsOf } from '../../model/locale/formats.ts';
import type { LinesOverTimeTick } from './types.ts';
import { isReported, type Period } from './periods.ts';

/** Labelled ticks on the narrowest chart, and every tick on a wide one. */
const MAJOR = 4;
const ALL = 8;
/** A timeline of at most this many periods ticks its reported periods. */
const SHORT = 26;

type Step = { unit: 'day' | 'week' | 'month' | 'year'; n: number };
const LADDER: Step[] = [
	{ unit: 'day', n: 1 },
	{ unit: 'day', n: 2 },
	{ unit: 'week', n: 1 },
	{ unit: 'week', n: 2 },
	{ unit: 'month', n: 1 },
	{ unit: 'month', n: 3 },
	{ unit: 'month', n: 6 },
	{ unit: 'year', n: 1 },
	{ unit: 'year', n: 2 },
	{ unit: 'year', n: 5 },
	{ unit: 'year', n: 10 },
	{ unit: 'year', n: 20 },
	{ unit: 'year', n: 50 },
	{ unit: 'year', n: 100 }
];

/** The days in [from, to) on which a step ticks. */
function stepDays(step: Step, from: number, to: number): number[] {
	const out: number[] = [];
	if (step.unit === 'day' || step.unit === 'week') {
		const every = step.unit === 'week' ? 7 * step.n : step.n;
		// Weeks tick on Mondays: 1970-01-05 was one (day 4).
		const anchor = step.unit === 'week' ? 4 : 0;
		let d = Math.ceil((from - anchor) / every) * every + anchor;
		for (; d < to; d += every) out.push(d);
		return out;
	}
	const [y0, m0] = isoDay(from).split('-').map(Number);
	const months = step.unit === 'year' ? 12 * step.n : step.n;
	let index = y0 * 12 + (m0 - 1);
	index = Math.ceil(index / months) * months;
	for (; ; index += months) {
		const d = Date.UTC(Math.floor(index / 12), index % 12, 1) / 86_400_000;
		if (d >= to) break;
		if (d >= from) out.push(d);
	}
	return out;
}

function label(day: number, step: Step, withYear: boolean, lang: LangCode): string {
	const iso = isoDay(day);
	const f = formatsOf(lang);
	if (step.unit === 'year') return f.year(Number(iso.slice(0, 4)));
	if (step.unit === 'month') return formatMonth(iso, withYear, lang);
	return withYear ? f.withYear(formatDay(iso, lang), Number(iso.slice(0, 4))) : formatDay(iso, lang);
}

/** Ticks of a long span: calendar steps, the coarsest that fits `MAJOR` labels, finer ones as minor. */
function calendarTicks(from: number, to: number, lang: LangCode): LinesOverTimeTick[] {
	const major = LADDER.find((s) => stepDays(s, from, to).length <= MAJOR) ?? LADDER[LADDER.length - 1];
	const all = LADDER.find((s) => stepDays(s, from, to).length <= ALL) ?? major;
	const majorDays = new Set(stepDays(major, from, to));
	const days = stepDays(all, from, to);
	const crosses = isoDay(from).slice(0, 4) !== isoDay(to - 1).slice(0, 4);
	let firstMajor = true;
	let year = '';
	return days.map((d, i) => {
		const isMajor = majorDays.has(d);
		const iso = isoDay(d);
		const newYear = iso.slice(0, 4) !== year;
		year = iso.slice(0, 4);
		const step = isMajor ? major : all;
		const monthly = step.unit === 'month';
		const withYear = monthly
			? i === 0 || (isMajor && firstMajor) || iso.slice(5, 7) === '01'
			: crosses && (i === 0 || (isMajor && firstMajor) || newYear);
		if (isMajor) firstMajor = false;
		return { key: iso, x: d, label: label(d, step, withYear, lang), minor: !isMajor, visible: true };
	});
}

/**
 * The ticks of a state showing `shown` (in date order) over the x domain `[from, to)` in days;
 * `all` is every row, so a short timeline keeps its ticks in every state (hidden outside it).
 */
export function timeTicks(
	all: Period[],
	shown: Period[],
	grain: Grain,
	[from, to]: [number, number],
	highlight: readonly string[],
	mid: (r: Period) => number,
	lang: LangCode
): LinesOverTimeTick[] {
	if (all.length > SHORT || grain === 'month' || grain === 'quarter' || grain === 'year') {
		return calendarTicks(from, to, lang);
	}
	// A short timeline: ticks at its reported periods; highlighted ones first, then any far enough
	// from a kept one to leave room for a label.
	const inDomain = (r: Period) => shown.includes(r);
	const spacing = grain === 'week' ? 21 : Math.max(1, Math.ceil((to - from) / MAJOR));
	const reportedRows = all.filter(isReported);
	const major = new Set<string>();
	const order = [
		...reportedRows.filter((r) => highlight.includes(r.start) && inDomain(r)),
		...reportedRows.filter((r) => !highlight.includes(r.start) && inDomain(r))
	];
	for (const r of order) {
		const d = dayNumber(r.start);
		if ([...major].every((w) => Math.abs(dayNumber(w) - d) >= spacing)) major.add(r.start);
	}
	const crosses = shown.length > 0 && shown[0].start.slice(0, 4) !== shown[shown.length - 1].end.slice(0, 4);
	return reportedRows.map((r) => ({
		key: r.start,
		x: mid(r),
		label: crosses
			? formatsOf(lang).withYear(formatDay(r.start, lang), Number(r.start.slice(0, 4)))
			: formatDay(r.start, lang),
		minor: !major.has(r.start),
		visible: inDomain(r)
	}));
}
