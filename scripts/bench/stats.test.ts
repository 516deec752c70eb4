import { describe, expect, it } from 'vitest';
import { percentile, median, frameStats, longTaskStats, framesOver, wheelSummary } from './stats.mjs';

describe('percentile', () => {
	it('interpolates between closest ranks', () => {
		const v = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
		expect(percentile(v, 0)).toBe(1);
		expect(percentile(v, 100)).toBe(10);
		expect(percentile(v, 50)).toBe(5.5);
		expect(percentile(v, 95)).toBeCloseTo(9.55);
		expect(percentile(v, 99)).toBeCloseTo(9.91);
	});
	it('does not care about input order and does not mutate it', () => {
		const v = [30, 10, 20];
		expect(percentile(v, 50)).toBe(20);
		expect(v).toEqual([30, 10, 20]);
	});
	it('handles one value and no values', () => {
		expect(percentile([7], 95)).toBe(7);
		expect(percentile([], 50)).toBeNaN();
	});
	it('clamps p', () => {
		expect(percentile([1, 2], 150)).toBe(2);
		expect(percentile([1, 2], -5)).toBe(1);
	});
	it('median of odd and even lists', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
});

describe('frameStats and longTaskStats', () => {
	it('summarises frame intervals', () => {
		const frames = [...Array(98).fill(16.7), 60, 120];
		const s = frameStats(frames);
		expect(s.frames).toBe(100);
		expect(s.p50).toBeCloseTo(16.7);
		expect(s.max).toBe(120);
		expect(s.over50).toBeCloseTo(0.02);
		expect(s.p99).toBeGreaterThan(16.7);
	});
	it('is NaN-safe when no frame was recorded', () => {
		const s = frameStats([]);
		expect(s.frames).toBe(0);
		expect(s.p95).toBeNaN();
		expect(s.over50).toBeNaN();
	});
	it('counts, maxes and totals long tasks', () => {
		expect(longTaskStats([60, 120, 55])).toEqual({ count: 3, max: 120, total: 235 });
		expect(longTaskStats([])).toEqual({ count: 0, max: 0, total: 0 });
	});
});

describe('wheel runs', () => {
	it('counts frames over a threshold, strictly', () => {
		expect(framesOver([16.7, 33, 33.4, 50, 16.6], 33)).toBe(2);
		expect(framesOver([], 33)).toBe(0);
	});
	it('summarises runs: frames over the threshold per run, worst frame, wheel gaps, long tasks', () => {
		const s = wheelSummary([
			{ frames: [16.7, 40, 16.6, 34], wheelGaps: [16, 17], longtasks: [] },
			{ frames: [16.7, 16.7], wheelGaps: [16, 30], longtasks: [55] },
			{ frames: [50], wheelGaps: [16], longtasks: [] }
		]);
		expect(s.over).toEqual([2, 0, 1]);
		expect(s.overMedian).toBe(1);
		expect(s.overMax).toBe(2);
		expect(s.maxFrame).toBe(50);
		expect(s.frames).toBe(7);
		expect(s.longTasks).toBe(1);
		expect(s.longestTask).toBe(55);
		expect(s.wheelGapP50).toBe(16);
		expect(s.wheelGapMax).toBe(30);
		const empty = wheelSummary([]);
		expect(empty.over).toEqual([]);
		expect(empty.overMedian).toBeNaN();
		expect(empty.longestTask).toBe(0);
	});
});
