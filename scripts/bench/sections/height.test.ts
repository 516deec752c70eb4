import { describe, expect, it } from 'vitest';
import { heightDrift, tasksAfterPaint } from './height.mjs';

describe('heightDrift', () => {
	it('is the largest distance from the start, either way, as a share of it', () => {
		expect(heightDrift(1000, [1000, 1005, 990])).toEqual({ min: 990, max: 1005, drift: 0.01 });
		expect(heightDrift(15358, [16850]).drift).toBeCloseTo(0.0971, 4);
	});
	it('is 0 for a page that held still', () => {
		expect(heightDrift(500, [])).toEqual({ min: 500, max: 500, drift: 0 });
	});
});

describe('tasksAfterPaint', () => {
	const main = { pid: 1, tid: 2, ph: 'X' };
	const events = [
		{ ...main, name: 'RunTask', ts: 1000, dur: 30_000, tdur: 20_000 },
		{ name: 'firstContentfulPaint', pid: 1, tid: 2, ph: 'I', ts: 50_000 },
		{ ...main, name: 'RunTask', ts: 60_000, dur: 10_000, tdur: 9_000 },
		{ ...main, name: 'RunTask', ts: 80_000, dur: 20_000, tdur: 15_000 },
		{ ...main, name: 'FireIdleCallback', ts: 81_000, dur: 18_000 },
		{ pid: 1, tid: 3, ph: 'X', name: 'RunTask', ts: 90_000, dur: 90_000 }
	];
	it("lists the paint thread's tasks after the first paint by thread time times 4, and which ran an idle callback", () => {
		expect(tasksAfterPaint(events)).toEqual([
			{ start: 10, cpu: 36, idle: false },
			{ start: 30, cpu: 60, idle: true }
		]);
	});
	it('is empty without a first paint', () => {
		expect(tasksAfterPaint(events.filter((e) => e.name !== 'firstContentfulPaint'))).toEqual([]);
	});
});
