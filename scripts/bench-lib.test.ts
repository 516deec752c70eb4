import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
	cpuTasksAfterPaint,
	formatBytes,
	formatMs,
	formatPercent,
	frameStats,
	framesOver,
	benchPort,
	wheelNotches,
	wheelSummary,
	gzipSize,
	isForeign,
	longTaskStats,
	markdownTable,
	median,
	parseArgs,
	percentile,
	resourceKind,
	scrollTargetFor,
	summarizeLongTasks,
	summaryMarkdown,
	textTable,
	weightTotals
} from './bench-lib.mjs';

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

describe('gzipSize', () => {
	it('is the length of a level-9 gzip that round-trips', () => {
		const text = 'const a = 1;\n'.repeat(500);
		const size = gzipSize(text);
		expect(size).toBeGreaterThan(0);
		expect(size).toBeLessThan(text.length / 10);
		expect(gzipSize(Buffer.from(text))).toBe(size);
	});
	it('is 0 for an empty body', () => {
		expect(gzipSize(Buffer.alloc(0))).toBe(0);
		expect(gzipSize('')).toBe(0);
	});
	it('measures real gzip -9 output', () => {
		const body = Buffer.from('<p>hello</p>'.repeat(200));
		const gz = gzipSync(body, { level: 9 });
		expect(gzipSize(body)).toBe(gz.length);
		expect(gunzipSync(gz).equals(body)).toBe(true);
	});
});

describe('resourceKind', () => {
	it('trusts the browser resource type for scripts, styles, fonts and documents', () => {
		expect(resourceKind('script', 'http://localhost/a')).toBe('script');
		expect(resourceKind('stylesheet', 'http://localhost/a')).toBe('stylesheet');
		expect(resourceKind('font', 'http://localhost/a')).toBe('font');
		expect(resourceKind('document', 'http://localhost/')).toBe('document');
	});
	it('falls back to content type, then extension', () => {
		expect(resourceKind('other', 'http://localhost/_app/x.js')).toBe('script');
		expect(resourceKind('fetch', 'http://localhost/x', 'text/javascript; charset=utf-8')).toBe('script');
		expect(resourceKind('other', 'http://localhost/a.css?v=1')).toBe('stylesheet');
		expect(resourceKind('other', 'http://localhost/f.woff2')).toBe('font');
		expect(resourceKind('image', 'http://localhost/favicon.svg', 'image/svg+xml')).toBe('other');
		expect(resourceKind('fetch', 'http://localhost/__data.json', 'application/json')).toBe('other');
	});
});

describe('isForeign', () => {
	it('keeps this machine and inline URLs local', () => {
		expect(isForeign('http://localhost:4180/_app/a.js')).toBe(false);
		expect(isForeign('http://127.0.0.1:4180/')).toBe(false);
		expect(isForeign('http://[::1]:4180/')).toBe(false);
		expect(isForeign('data:image/svg+xml,<svg/>')).toBe(false);
		expect(isForeign('not a url')).toBe(false);
	});
	it('flags every other host', () => {
		expect(isForeign('https://fonts.googleapis.com/css')).toBe(true);
		expect(isForeign('https://localhost.example.com/')).toBe(true);
	});
});

describe('weightTotals', () => {
	it('sums per kind and overall', () => {
		const t = weightTotals([
			{ url: 'a.js', kind: 'script', raw: 100, gzip: 40 },
			{ url: 'b.js', kind: 'script', raw: 50, gzip: 20 },
			{ url: '/', kind: 'document', raw: 10, gzip: 5 }
		]);
		expect(t.script).toEqual({ count: 2, raw: 150, gzip: 60 });
		expect(t.document).toEqual({ count: 1, raw: 10, gzip: 5 });
		expect(t.font).toEqual({ count: 0, raw: 0, gzip: 0 });
		expect(t.all).toEqual({ count: 3, raw: 160, gzip: 65 });
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

describe('scrollTargetFor', () => {
	it('puts the element top just past the trigger line', () => {
		// line at 0.5 * 800 = 400; top 2000 → scrollY 1600 + 8
		expect(scrollTargetFor({ elementTop: 2000, viewportHeight: 800, offset: 0.5, maxScroll: 10_000 })).toBe(1608);
	});
	it('clamps to the page', () => {
		expect(scrollTargetFor({ elementTop: 100, viewportHeight: 800, offset: 0.5, maxScroll: 10_000 })).toBe(0);
		expect(scrollTargetFor({ elementTop: 9000, viewportHeight: 800, offset: 0.5, maxScroll: 5000 })).toBe(5000);
	});
	it('clamps the offset to [0, 1]', () => {
		expect(scrollTargetFor({ elementTop: 1000, viewportHeight: 800, offset: 2, maxScroll: 10_000, past: 0 })).toBe(200);
	});
});

describe('parseArgs', () => {
	const names = ['weight', 'lighthouse', 'scroll'];
	it('has defaults', () => {
		expect(parseArgs([], names)).toEqual({
			build: true,
			lhRuns: 3,
			skipLighthouse: false,
			only: null,
			trace: false,
			wheelRuns: 3,
			story: null,
			help: false
		});
	});
	it('reads every flag, with values spaced or after =', () => {
		const a = parseArgs(
			['--no-build', '--lh-runs', '5', '--skip-lighthouse', '--only=weight,scroll', '--trace', '--story', 'tale'],
			names
		);
		expect(a).toMatchObject({
			build: false,
			lhRuns: 5,
			skipLighthouse: true,
			only: ['weight', 'scroll'],
			trace: true,
			story: 'tale'
		});
		expect(parseArgs(['--lh-runs=1', '--only', 'lighthouse'], names)).toMatchObject({
			lhRuns: 1,
			only: ['lighthouse']
		});
	});
	it('rejects bad values and unknown flags', () => {
		expect(() => parseArgs(['--lh-runs', '0'], names)).toThrow(/whole number of 1 or more/);
		expect(() => parseArgs(['--lh-runs', 'x'], names)).toThrow(/whole number of 1 or more/);
		expect(() => parseArgs(['--lh-runs'], names)).toThrow(/needs a value/);
		expect(() => parseArgs(['--only', 'stills'], names)).toThrow(/unknown section "stills"/);
		expect(() => parseArgs(['--fast'], names)).toThrow(/unknown option "--fast"/);
		expect(() => parseArgs(['--wheel-runs', '0'], names)).toThrow(/whole number of 1 or more/);
	});
	it('reads --wheel-runs', () => {
		expect(parseArgs(['--wheel-runs', '5'], names).wheelRuns).toBe(5);
		expect(parseArgs(['--wheel-runs=2'], names).wheelRuns).toBe(2);
	});
});

describe('formatting', () => {
	it('formats bytes, ms and percentages', () => {
		expect(formatBytes(512)).toBe('512 B');
		expect(formatBytes(54 * 1024 + 512)).toBe('54.5 KB');
		expect(formatBytes(3 * 1024 * 1024)).toBe('3.00 MB');
		expect(formatBytes(NaN)).toBe('–');
		expect(formatMs(16.666, 1)).toBe('16.7 ms');
		expect(formatMs(1234)).toBe('1234 ms');
		expect(formatMs(NaN)).toBe('–');
		expect(formatPercent(0.0123, 2)).toBe('1.23 %');
	});
	it('aligns a text table', () => {
		const t = textTable(
			['file', 'gzip'],
			[
				['a.js', '1.0 KB'],
				['long-name.js', '12.5 KB']
			],
			{ right: [1] }
		);
		expect(t.split('\n')).toEqual([
			'file             gzip',
			'------------  -------',
			'a.js           1.0 KB',
			'long-name.js  12.5 KB'
		]);
	});
	it('writes Markdown tables, escaping pipes and showing gaps as dashes', () => {
		expect(
			markdownTable(
				['a', 'b'],
				[
					['x|y', null],
					[1, NaN]
				],
				{ right: [1] }
			)
		).toBe(['| a | b |', '|---|---:|', '| x\\|y | – |', '| 1 | – |'].join('\n'));
	});
	it('builds the summary with one column per key in order of first use', () => {
		const md = summaryMarkdown(
			[
				{ section: 'First view', metric: 'JS', values: { phone: '50 KB', desktop: '51 KB' } },
				{ section: 'Lighthouse', metric: 'Score', values: { phone: 98 } },
				{ section: 'Stage', metric: 'Step change', values: { projector: '12 ms' } }
			],
			{ phone: 'Phone', desktop: 'Desktop' }
		);
		expect(md.split('\n')).toEqual([
			'| Section | Metric | Phone | Desktop | projector |',
			'|---|---|---:|---:|---:|',
			'| First view | JS | 50 KB | 51 KB | – |',
			'| Lighthouse | Score | 98 | – | – |',
			'| Stage | Step change | – | – | 12 ms |'
		]);
	});
});

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

describe('wheel helpers', () => {
	it('counts frames over a threshold, strictly', () => {
		expect(framesOver([16.7, 33, 33.4, 50, 16.6], 33)).toBe(2);
		expect(framesOver([], 33)).toBe(0);
	});
	it('reads BENCH_PORT, defaulting to 4180', () => {
		expect(benchPort({})).toBe(4180);
		expect(benchPort({ BENCH_PORT: '' })).toBe(4180);
		expect(benchPort({ BENCH_PORT: '4190' })).toBe(4190);
		expect(() => benchPort({ BENCH_PORT: 'x' })).toThrow(/port number/);
		expect(() => benchPort({ BENCH_PORT: '70000' })).toThrow(/port number/);
	});
	it('counts the notches from top to bottom, plus a few', () => {
		expect(wheelNotches({ maxScroll: 1000, delta: 100 })).toBe(15);
		expect(wheelNotches({ maxScroll: 1050, delta: 100, extra: 0 })).toBe(11);
		expect(wheelNotches({ maxScroll: -5, delta: 100, extra: 2 })).toBe(2);
		expect(() => wheelNotches({ maxScroll: 100, delta: 0 })).toThrow(/positive/);
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
