/**
 * The bench's statistics, pure: percentiles, frame intervals, long tasks and the wheel section's
 * summary over its runs (scripts/bench/stats.test.ts).
 */

/**
 * The p-th percentile (0-100) of some numbers, by linear interpolation between closest ranks
 * (the same definition as numpy's default). NaN for an empty list.
 * @param {readonly number[]} values
 * @param {number} p
 * @returns {number}
 */
export function percentile(values, p) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
	const lo = Math.floor(rank);
	const hi = Math.ceil(rank);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

/**
 * @param {readonly number[]} values
 * @returns {number}
 */
export function median(values) {
	return percentile(values, 50);
}

/**
 * Frame-interval statistics, in ms. `over50` is the fraction of frames longer than 50 ms.
 * @param {readonly number[]} intervals
 * @returns {{ frames: number, p50: number, p95: number, p99: number, max: number, over50: number }}
 */
export function frameStats(intervals) {
	const n = intervals.length;
	return {
		frames: n,
		p50: percentile(intervals, 50),
		p95: percentile(intervals, 95),
		p99: percentile(intervals, 99),
		max: n ? Math.max(...intervals) : NaN,
		over50: n ? intervals.filter((d) => d > 50).length / n : NaN
	};
}

/**
 * How many frame intervals are longer than `ms` (a frame over 33 ms at 60 Hz is at least one
 * missed frame: the screen showed the same picture for two refreshes or more).
 * @param {readonly number[]} intervals
 * @param {number} ms
 * @returns {number}
 */
export function framesOver(intervals, ms) {
	return intervals.filter((d) => d > ms).length;
}

/**
 * Long-task statistics from a list of durations (ms).
 * @param {readonly number[]} durations
 * @returns {{ count: number, max: number, total: number }}
 */
export function longTaskStats(durations) {
	return {
		count: durations.length,
		max: durations.length ? Math.max(...durations) : 0,
		total: durations.reduce((a, b) => a + b, 0)
	};
}

/**
 * The wheel section's summary over its runs: frames over `overMs` in each run, their median and
 * worst, the longest frame interval and the gaps between the wheel events as the page received
 * them (to tell a late event from a slow frame).
 * @param {readonly { frames: readonly number[], wheelGaps: readonly number[], longtasks: readonly number[] }[]} runs
 * @param {number} [overMs]
 * @returns {{ over: number[], overMedian: number, overMax: number, maxFrame: number, p95: number,
 *   frames: number, longTasks: number, longestTask: number, wheelGapP50: number, wheelGapMax: number }}
 */
export function wheelSummary(runs, overMs = 33) {
	const over = runs.map((r) => framesOver(r.frames, overMs));
	const all = runs.flatMap((r) => r.frames);
	const gaps = runs.flatMap((r) => r.wheelGaps);
	const tasks = runs.flatMap((r) => r.longtasks);
	return {
		over,
		overMedian: median(over),
		overMax: over.length ? Math.max(...over) : NaN,
		maxFrame: all.length ? Math.max(...all) : NaN,
		p95: percentile(all, 95),
		frames: all.length,
		longTasks: tasks.length,
		longestTask: tasks.length ? Math.max(...tasks) : 0,
		wheelGapP50: percentile(gaps, 50),
		wheelGapMax: gaps.length ? Math.max(...gaps) : NaN
	};
}
