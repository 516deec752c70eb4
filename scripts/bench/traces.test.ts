import { describe, expect, it } from 'vitest';
import { cpuTasksAfterPaint, summarizeLongTasks } from './traces.mjs';

describe('summarizeLongTasks', () => {
	const meta = [
		{ name: 'thread_name', ph: 'M', pid: 1, tid: 10, args: { name: 'CrRendererMain' } },
		{ name: 'thread_name', ph: 'M', pid: 1, tid: 11, args: { name: 'Compositor' } }
	];
	it('attributes self time inside long RunTasks on the renderer main thread', () => {
		const ev = (name: string, ts: number, dur: number, tid = 10, args: object = {}) => ({
			name,
			ph: 'X',
			pid: 1,
			tid,
			ts,
			dur,
			args
		});
		const events = [
			...meta,
			// a 100 ms task: 70 ms script (of which 20 ms layout forced from script), 25 ms style, 5 ms own
			ev('RunTask', 0, 100_000),
			ev('FunctionCall', 1_000, 70_000, 10, {
				data: { url: 'http://localhost:4180/_app/immutable/chunks/Chart.abc.js' }
			}),
			ev('Layout', 30_000, 20_000),
			ev('UpdateLayoutTree', 72_000, 25_000),
			// a short task: ignored
			ev('RunTask', 200_000, 10_000),
			ev('FunctionCall', 201_000, 9_000),
			// a long task on another thread: ignored
			ev('RunTask', 300_000, 90_000, 11)
		];
		const s = summarizeLongTasks(events);
		expect(s.tasks).toHaveLength(1);
		expect(s.tasks[0].duration).toBe(100);
		expect(s.tasks[0].top).toEqual([
			{ name: 'FunctionCall (Chart.abc.js)', self: 50 },
			{ name: 'UpdateLayoutTree', self: 25 },
			{ name: 'Layout', self: 20 },
			{ name: '(RunTask self)', self: 5 }
		]);
		expect(s.byName.map((x) => x.name)).toEqual([
			'FunctionCall (Chart.abc.js)',
			'UpdateLayoutTree',
			'Layout',
			'(RunTask self)'
		]);
		// the longest tasks of any length, main thread only
		expect(s.longest).toEqual([100, 10]);
	});
	it('honours threshold and from', () => {
		const events = [
			...meta,
			{ name: 'RunTask', ph: 'X', pid: 1, tid: 10, ts: 0, dur: 40_000 },
			{ name: 'RunTask', ph: 'X', pid: 1, tid: 10, ts: 100_000, dur: 60_000 }
		];
		expect(summarizeLongTasks(events).tasks).toHaveLength(1);
		expect(summarizeLongTasks(events, { threshold: 30 }).tasks).toHaveLength(2);
		expect(summarizeLongTasks(events, { threshold: 30, from: 50_000 }).tasks).toHaveLength(1);
		expect(summarizeLongTasks([]).tasks).toEqual([]);
	});
});

describe('cpuTasksAfterPaint', () => {
	const main = { pid: 1, tid: 7 };
	const other = { pid: 2, tid: 9 };
	const events = [
		{ name: 'navigationStart', ph: 'R', ts: 1_000_000, ...main },
		{ name: 'firstContentfulPaint', ph: 'R', ts: 1_400_000, ...main },
		// Before the paint: not counted, however long.
		{ name: 'RunTask', ph: 'X', ts: 1_100_000, dur: 90_000, tdur: 80_000, ...main },
		// After it: 30 ms of thread time in 60 ms of wall time (the rest waited for a CPU) is 120 ms at 4x.
		{ name: 'RunTask', ph: 'X', ts: 1_500_000, dur: 60_000, tdur: 30_000, ...main },
		// 10 ms of thread time is 40 ms at 4x: not long.
		{ name: 'RunTask', ph: 'X', ts: 1_600_000, dur: 40_000, tdur: 10_000, ...main },
		// Another renderer's thread: not this page.
		{ name: 'RunTask', ph: 'X', ts: 1_700_000, dur: 90_000, tdur: 90_000, ...other }
	];
	it("counts the page's tasks after its first paint by thread time times the slowdown", () => {
		const got = cpuTasksAfterPaint(events);
		expect(got.fcp).toBe(400);
		expect(got.tasks).toEqual([{ start: 100, cpu: 120 }]);
		expect(got.blocking).toBe(70);
	});
	it('falls back to wall time without thread time, and finds nothing without a paint', () => {
		const noThreadTime = events.map(({ tdur: _, ...e }) => e);
		expect(cpuTasksAfterPaint(noThreadTime).tasks.map((t) => t.cpu)).toEqual([240, 160]);
		expect(cpuTasksAfterPaint(events.filter((e) => e.name !== 'firstContentfulPaint'))).toEqual({
			fcp: null,
			tasks: [],
			blocking: 0
		});
	});
});
