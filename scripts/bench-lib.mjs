/**
 * Pure helpers for `npm run bench` (scripts/bench.mjs): statistics, sizes, argument parsing,
 * table printing and trace summaries. Nothing here touches the network, a browser or the disk,
 * so scripts/bench-lib.test.ts can check all of it with plain data.
 */
import { gzipSync } from 'node:zlib';
import { nameList, readOptions, UsageError, wholeNumber } from './cli-args.mjs';

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
 * Bytes of a body once gzipped at level 9, what a compressing server would send.
 * @param {Uint8Array | string} body
 * @returns {number}
 */
export function gzipSize(body) {
	if (typeof body === 'string') body = Buffer.from(body);
	if (body.length === 0) return 0;
	return gzipSync(body, { level: 9 }).length;
}

/** @typedef {'script' | 'stylesheet' | 'font' | 'document' | 'other'} ResourceKind */

/**
 * The kind of a response, from Playwright's resource type, falling back to the content type and
 * the file extension (a `modulepreload` may be reported as `other`).
 * @param {string} resourceType
 * @param {string} url
 * @param {string} [contentType]
 * @returns {ResourceKind}
 */
export function resourceKind(resourceType, url, contentType = '') {
	if (resourceType === 'script' || resourceType === 'stylesheet' || resourceType === 'font') {
		return resourceType;
	}
	if (resourceType === 'document') return 'document';
	const ct = contentType.toLowerCase();
	let path = url;
	try {
		path = new URL(url).pathname;
	} catch {
		// not a URL: use it as is
	}
	if (ct.includes('javascript') || /\.(m?js)$/i.test(path)) return 'script';
	if (ct.includes('text/css') || /\.css$/i.test(path)) return 'stylesheet';
	if (ct.startsWith('font/') || /\.(woff2?|ttf|otf)$/i.test(path)) return 'font';
	return 'other';
}

/**
 * Whether a request goes to a host other than this machine (data: and blob: URLs stay local).
 * @param {string} url
 * @returns {boolean}
 */
export function isForeign(url) {
	let u;
	try {
		u = new URL(url);
	} catch {
		return false;
	}
	if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return false;
	return !['localhost', '127.0.0.1', '[::1]', '::1'].includes(u.hostname);
}

/**
 * @typedef {object} WeightEntry
 * @property {string} url
 * @property {ResourceKind} kind
 * @property {number} raw
 * @property {number} gzip
 */

/**
 * Raw and gzip totals per kind, plus an `all` total and a request count.
 * @param {readonly WeightEntry[]} entries
 * @returns {Record<ResourceKind | 'all', { count: number, raw: number, gzip: number }>}
 */
export function weightTotals(entries) {
	/** @type {Record<string, { count: number, raw: number, gzip: number }>} */
	const totals = {};
	for (const k of ['script', 'stylesheet', 'font', 'document', 'other', 'all']) {
		totals[k] = { count: 0, raw: 0, gzip: 0 };
	}
	for (const e of entries) {
		for (const k of [e.kind, 'all']) {
			totals[k].count += 1;
			totals[k].raw += e.raw;
			totals[k].gzip += e.gzip;
		}
	}
	return /** @type {any} */ (totals);
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
 * The port `npm run bench` serves build/ on: `BENCH_PORT` from the environment, else 4180, so two
 * worktrees can bench at once.
 * @param {Record<string, string | undefined>} env
 * @returns {number}
 */
export function benchPort(env) {
	const v = env.BENCH_PORT;
	if (v === undefined || v === '') return 4180;
	const n = Number(v);
	if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`BENCH_PORT: expected a port number, got "${v}"`);
	return n;
}

/**
 * How many wheel notches of `delta` px take the page from the top to the bottom, plus `extra`
 * (the last ones keep scrolling while the page reaches its end, as a reader's wheel would).
 * @param {{ maxScroll: number, delta: number, extra?: number }} o
 * @returns {number}
 */
export function wheelNotches({ maxScroll, delta, extra = 5 }) {
	if (!(delta > 0)) throw new Error('wheelNotches: delta must be positive');
	return Math.max(0, Math.ceil(Math.max(0, maxScroll) / delta)) + extra;
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
 * The scroll offset that puts an element's top just past a trigger line.
 * @param {object} o
 * @param {number} o.elementTop the element's top in document px
 * @param {number} o.viewportHeight
 * @param {number} o.offset the trigger line as a fraction of the viewport height
 * @param {number} o.maxScroll the largest scrollY the page allows
 * @param {number} [o.past] how far past the line (px)
 * @returns {number}
 */
export function scrollTargetFor({ elementTop, viewportHeight, offset, maxScroll, past = 8 }) {
	const line = viewportHeight * Math.min(1, Math.max(0, offset));
	return Math.round(Math.min(maxScroll, Math.max(0, elementTop - line + past)));
}

/**
 * @typedef {object} BenchArgs
 * @property {boolean} build
 * @property {number} lhRuns
 * @property {boolean} skipLighthouse
 * @property {string[] | null} only section names, or null for all
 * @property {boolean} trace record a Chromium trace of the scroll run and attribute its long tasks
 * @property {number} wheelRuns runs of the wheel section (a fresh page each)
 * @property {string | null} story the story measured (its slug), or null for the build's first
 * @property {boolean} help
 */

/**
 * @param {readonly string[]} argv process.argv.slice(2)
 * @param {readonly string[]} sectionNames known sections, to reject typos in `--only`
 * @returns {BenchArgs}
 */
export function parseArgs(argv, sectionNames) {
	/** @type {BenchArgs} */
	const args = {
		build: true,
		lhRuns: 3,
		skipLighthouse: false,
		only: null,
		trace: false,
		wheelRuns: 3,
		story: null,
		help: false
	};
	const { help } = readOptions(argv, {
		'--story': (value) => {
			const slug = value().trim();
			if (!slug) throw new UsageError('--story: expected a story slug, e.g. --story china-ai-market');
			args.story = slug;
		},
		'--no-build': () => void (args.build = false),
		'--skip-lighthouse': () => void (args.skipLighthouse = true),
		'--trace': () => void (args.trace = true),
		'--lh-runs': (value) => void (args.lhRuns = wholeNumber('--lh-runs', value())),
		'--wheel-runs': (value) => void (args.wheelRuns = wholeNumber('--wheel-runs', value())),
		'--only': (value) => {
			const names = nameList('--only', value(), 'section names', `--only ${sectionNames.slice(0, 2).join(',')}`);
			const unknown = names.filter((n) => !sectionNames.includes(n));
			if (unknown.length) throw new UsageError(`--only: unknown section "${unknown.join(',')}" (known: ${sectionNames.join(', ')})`);
			args.only = names;
		}
	});
	args.help = help;
	return args;
}

/**
 * @param {number} bytes
 * @returns {string}
 */
export function formatBytes(bytes) {
	if (!Number.isFinite(bytes)) return '–';
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/**
 * @param {number} ms
 * @param {number} [digits]
 * @returns {string}
 */
export function formatMs(ms, digits = 0) {
	if (!Number.isFinite(ms)) return '–';
	return `${ms.toFixed(digits)} ms`;
}

/**
 * @param {number} fraction
 * @param {number} [digits]
 * @returns {string}
 */
export function formatPercent(fraction, digits = 1) {
	if (!Number.isFinite(fraction)) return '–';
	return `${(fraction * 100).toFixed(digits)} %`;
}

/** @typedef {string | number | null | undefined} Cell */

/**
 * @param {Cell} v
 * @returns {string}
 */
function cell(v) {
	if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return '–';
	return String(v);
}

/**
 * A plain-text table with aligned columns, for the console. Columns whose name is in `right`
 * are right-aligned (numbers).
 * @param {readonly string[]} headers
 * @param {readonly (readonly Cell[])[]} rows
 * @param {{ right?: readonly number[] }} [opts]
 * @returns {string}
 */
export function textTable(headers, rows, opts = {}) {
	const right = new Set(opts.right ?? []);
	const all = [headers.map(cell), ...rows.map((r) => headers.map((_, i) => cell(r[i])))];
	const widths = headers.map((_, i) => Math.max(...all.map((r) => r[i].length)));
	const line = (/** @type {string[]} */ r) =>
		r.map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
	return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/**
 * A GitHub-flavoured Markdown table. Pipes inside cells are escaped.
 * @param {readonly string[]} headers
 * @param {readonly (readonly Cell[])[]} rows
 * @param {{ right?: readonly number[] }} [opts]
 * @returns {string}
 */
export function markdownTable(headers, rows, opts = {}) {
	const right = new Set(opts.right ?? []);
	const esc = (/** @type {Cell} */ v) => cell(v).replace(/\|/g, '\\|');
	const row = (/** @type {readonly Cell[]} */ r) => `| ${headers.map((_, i) => esc(r[i])).join(' | ')} |`;
	const sep = `|${headers.map((_, i) => (right.has(i) ? '---:' : '---')).join('|')}|`;
	return [row(headers), sep, ...rows.map(row)].join('\n');
}

/**
 * @typedef {object} SummaryRow
 * @property {string} section
 * @property {string} metric
 * @property {Record<string, Cell>} values by column key (e.g. `phone`, `desktop`)
 */

/**
 * The summary as Markdown: one row per metric, one column per key that any row uses, in order
 * of first appearance, named by `labels` where given.
 * @param {readonly SummaryRow[]} rows
 * @param {Record<string, string>} [labels]
 * @returns {string}
 */
export function summaryMarkdown(rows, labels = {}) {
	/** @type {string[]} */
	const keys = [];
	for (const r of rows) for (const k of Object.keys(r.values)) if (!keys.includes(k)) keys.push(k);
	const headers = ['Section', 'Metric', ...keys.map((k) => labels[k] ?? k)];
	const body = rows.map((r) => [r.section, r.metric, ...keys.map((k) => r.values[k])]);
	return markdownTable(headers, body, { right: keys.map((_, i) => i + 2) });
}

/**
 * @typedef {object} TraceEvent
 * @property {string} name
 * @property {string} [ph]
 * @property {number} [ts] µs
 * @property {number} [dur] µs
 * @property {number} [tdur] µs of the thread's own time
 * @property {number} [pid]
 * @property {number} [tid]
 * @property {string} [cat]
 * @property {any} [args]
 */

/**
 * What the renderer's main thread did in its long tasks (top-level `RunTask` events of 50 ms or
 * more on `CrRendererMain`), from a Chromium trace: each long task with the events it spent the
 * most self time in, and the total self time per event name (a script's URL is added to
 * `FunctionCall`/`EvaluateScript`/`v8.compile`, so one can tell which chunk ran).
 * @param {readonly TraceEvent[]} events
 * @param {{ threshold?: number, from?: number }} [opts] threshold in ms; `from` ignores tasks
 *   starting before this trace timestamp (µs)
 * @returns {{ tasks: { start: number, duration: number, top: { name: string, self: number }[] }[],
 *   longest: number[], byName: { name: string, self: number }[] }}
 */
export function summarizeLongTasks(events, opts = {}) {
	const threshold = (opts.threshold ?? 50) * 1000;
	const from = opts.from ?? -Infinity;
	/** @type {Set<string>} */
	const mainThreads = new Set();
	for (const e of events) {
		if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') {
			mainThreads.add(`${e.pid}:${e.tid}`);
		}
	}
	const onMain = (/** @type {TraceEvent} */ e) =>
		e.ph === 'X' && typeof e.ts === 'number' && typeof e.dur === 'number' && mainThreads.has(`${e.pid}:${e.tid}`);
	const label = (/** @type {TraceEvent} */ e) => {
		const d = e.args?.data ?? e.args?.beginData ?? {};
		const url = d.url || d.stackTrace?.[0]?.url || d.frame?.url || '';
		if (url && /^(FunctionCall|EvaluateScript|v8\.compile|v8\.compileModule|v8\.evaluateModule)$/.test(e.name)) {
			let short = url;
			try {
				short = new URL(url).pathname.split('/').pop() || url;
			} catch {
				// keep as is
			}
			return `${e.name} (${short})`;
		}
		return e.name;
	};
	const main = events
		.filter(onMain)
		.slice()
		.sort((a, b) => /** @type {number} */ (a.ts) - /** @type {number} */ (b.ts) || /** @type {number} */ (b.dur) - /** @type {number} */ (a.dur));
	const long = main.filter(
		(e) => e.name === 'RunTask' && /** @type {number} */ (e.dur) >= threshold && /** @type {number} */ (e.ts) >= from
	);
	/** @type {Map<string, number>} */
	const byName = new Map();
	const tasks = long.map((task) => {
		const start = /** @type {number} */ (task.ts);
		const end = start + /** @type {number} */ (task.dur);
		const inside = main.filter((e) => e !== task && /** @type {number} */ (e.ts) >= start && /** @type {number} */ (e.ts) + /** @type {number} */ (e.dur) <= end);
		// Self time: each event's duration minus its direct children's (events nest properly on one thread).
		/** @type {{ e: TraceEvent, self: number }[]} */
		const stack = [];
		/** @type {Map<string, number>} */
		const self = new Map();
		const pop = () => {
			const top = /** @type {{ e: TraceEvent, self: number }} */ (stack.pop());
			const name = label(top.e);
			self.set(name, (self.get(name) ?? 0) + top.self);
		};
		let untracked = /** @type {number} */ (task.dur);
		for (const e of inside) {
			while (stack.length && /** @type {number} */ (e.ts) >= /** @type {number} */ (stack[stack.length - 1].e.ts) + /** @type {number} */ (stack[stack.length - 1].e.dur)) pop();
			if (stack.length) stack[stack.length - 1].self -= /** @type {number} */ (e.dur);
			else untracked -= /** @type {number} */ (e.dur);
			stack.push({ e, self: /** @type {number} */ (e.dur) });
		}
		while (stack.length) pop();
		if (untracked > 0) self.set('(RunTask self)', (self.get('(RunTask self)') ?? 0) + untracked);
		for (const [name, us] of self) byName.set(name, (byName.get(name) ?? 0) + us);
		const top = [...self]
			.map(([name, us]) => ({ name, self: us / 1000 }))
			.sort((a, b) => b.self - a.self)
			.slice(0, 4);
		return { start, duration: /** @type {number} */ (task.dur) / 1000, top };
	});
	// The longest main-thread tasks of any length: how far the work stays under the threshold.
	const longest = main
		.filter((e) => e.name === 'RunTask' && /** @type {number} */ (e.ts) >= from)
		.map((e) => /** @type {number} */ (e.dur) / 1000)
		.sort((a, b) => b - a)
		.slice(0, 5);
	return {
		tasks,
		longest,
		byName: [...byName]
			.map(([name, us]) => ({ name, self: us / 1000 }))
			.sort((a, b) => b.self - a.self)
	};
}

/**
 * The tasks after the first contentful paint whose thread time, times `factor`, is over 50 ms:
 * Lighthouse's way of simulating a slow phone (the observed work times 4), from a trace taken
 * without throttling. Thread time (`tdur`) counts only the renderer's own work, so other
 * processes' load on a shared machine moves it little, unlike wall time.
 * @param {readonly TraceEvent[]} events
 * @param {number} [factor]
 * @returns {{ fcp: number | null, tasks: { start: number, cpu: number }[], blocking: number }}
 *   times in ms (`start` from the first paint, `cpu` already multiplied)
 */
export function cpuTasksAfterPaint(events, factor = 4) {
	const paint = events.find((e) => e.name === 'firstContentfulPaint' && typeof e.ts === 'number');
	if (!paint) return { fcp: null, tasks: [], blocking: 0 };
	const nav = events.find((e) => e.name === 'navigationStart' && e.pid === paint.pid && e.tid === paint.tid);
	const tasks = events
		.filter(
			(e) =>
				e.name === 'RunTask' &&
				e.ph === 'X' &&
				e.pid === paint.pid &&
				e.tid === paint.tid &&
				/** @type {number} */ (e.ts) >= /** @type {number} */ (paint.ts)
		)
		.map((e) => ({
			start: (/** @type {number} */ (e.ts) - /** @type {number} */ (paint.ts)) / 1000,
			cpu: ((e.tdur ?? /** @type {number} */ (e.dur)) * factor) / 1000
		}))
		.filter((t) => t.cpu > 50);
	return {
		fcp: nav ? (/** @type {number} */ (paint.ts) - /** @type {number} */ (nav.ts)) / 1000 : null,
		tasks,
		blocking: tasks.reduce((a, t) => a + t.cpu - 50, 0)
	};
}
