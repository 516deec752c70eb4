/**
 * Periods of a timeline: a day, a week, a month, a quarter or a year, or a dated observation of an
 * irregular series. Dates are ISO days (YYYY-MM-DD) counted as days since 1970-01-01 by hand, in
 * UTC, so the build, the browser and every time zone agree. The loader's check and the chart kind
 * both read the grain from here, so what the guard accepts is what the chart draws.
 */

/** The grains a timeline may have; `irregular` rows are dated observations at any spacing. */
export const GRAINS = ['day', 'week', 'month', 'quarter', 'year', 'irregular'] as const;
export type Grain = (typeof GRAINS)[number];

const DAY_MS = 86_400_000;

/** "2026-02-09" -> days since 1970-01-01. */
export function dayNumber(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return Date.UTC(y, m - 1, d ?? 1) / DAY_MS;
}

/** Days since 1970-01-01 -> "2026-02-09". */
export function isoDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function parts(iso: string): [number, number, number] {
	const [y, m, d] = iso.split('-').map(Number);
	return [y, m, d ?? 1];
}

/** `iso` moved by `n` months, on the same day of the month (callers pass firsts of months). */
function addMonths(iso: string, n: number): string {
	const [y, m, d] = parts(iso);
	const total = y * 12 + (m - 1) + n;
	return isoDay(Date.UTC(Math.floor(total / 12), total % 12, d) / DAY_MS);
}

/** Months in one period of a grain counted in months. */
const MONTHS_OF: Partial<Record<Grain, number>> = { month: 1, quarter: 3, year: 12 };

/** The start of the period after the one starting at `start`. An irregular row is one day long. */
export function nextStart(start: string, grain: Grain): string {
	const months = MONTHS_OF[grain];
	if (months) return addMonths(start, months);
	return isoDay(dayNumber(start) + (grain === 'week' ? 7 : 1));
}

/** The last day of the period starting at `start`. */
export function periodEnd(start: string, grain: Grain): string {
	return isoDay(dayNumber(nextStart(start, grain)) - 1);
}

/** Whether a period of `grain` may start on `iso`: months on the 1st, quarters in Jan/Apr/Jul/Oct, years on 1 Jan. */
export function startsPeriod(iso: string, grain: Grain): boolean {
	const [, m, d] = parts(iso);
	if (grain === 'month') return d === 1;
	if (grain === 'quarter') return d === 1 && (m - 1) % 3 === 0;
	if (grain === 'year') return d === 1 && m === 1;
	return true;
}

/**
 * The grain of a timeline from its rows (sorted by first day). A file that gives the first row's
 * last day names the grain by that period's length; otherwise it is the longest grain every
 * start begins and whose closest two rows are one period apart; `irregular` when none fits.
 */
export function inferGrain(starts: readonly string[], firstEnd: string | null = null): Grain {
	if (starts.length === 0) return 'day';
	if (firstEnd !== null) {
		return (
			(['year', 'quarter', 'month', 'week', 'day'] as const).find(
				(g) => startsPeriod(starts[0], g) && periodEnd(starts[0], g) === firstEnd
			) ?? 'irregular'
		);
	}
	if (starts.length === 1) return 'day';
	for (const grain of ['year', 'quarter', 'month', 'week', 'day'] as const) {
		if (!starts.every((s) => startsPeriod(s, grain))) continue;
		let oneApart = false;
		let fits = true;
		for (let i = 1; i < starts.length && fits; i++) {
			const gap = dayNumber(starts[i]) - dayNumber(starts[i - 1]);
			const step = dayNumber(nextStart(starts[i - 1], grain)) - dayNumber(starts[i - 1]);
			if (grain === 'week' && gap % 7 !== 0) fits = false;
			if (gap < step) fits = false;
			if (gap === step) oneApart = true;
		}
		if (fits && oneApart) return grain;
	}
	return 'irregular';
}

/** How many periods of `grain` lie from `a` to `b` (the starts of two periods), by their starts. */
export function periodsBetween(a: string, b: string, grain: Grain): number {
	const months = MONTHS_OF[grain];
	if (months) {
		const [ya, ma] = parts(a);
		const [yb, mb] = parts(b);
		return Math.round((yb * 12 + mb - (ya * 12 + ma)) / months);
	}
	return Math.round((dayNumber(b) - dayNumber(a)) / (grain === 'week' ? 7 : 1));
}

/** A grain as a noun, singular and plural: "week", "weeks"; an irregular row is a "date". */
export function grainNoun(grain: Grain, count = 1): string {
	const noun = grain === 'irregular' ? 'date' : grain;
	return count === 1 ? noun : `${noun}s`;
}
