/**
 * What the bench records in a Chromium trace, and what the trace says of the main thread, pure:
 * what its long tasks spent their time on, and the tasks after the first paint by thread time
 * (scripts/bench/traces.test.ts).
 */

/** What a trace of the bench records: the main thread's tasks, script, GC and user timings. */
export const TRACE_CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8.execute',
	'disabled-by-default-v8.gc',
	'blink.user_timing',
	'__metadata'
];

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
		.sort(
			(a, b) =>
				/** @type {number} */ (a.ts) - /** @type {number} */ (b.ts) ||
				/** @type {number} */ (b.dur) - /** @type {number} */ (a.dur)
		);
	const long = main.filter(
		(e) => e.name === 'RunTask' && /** @type {number} */ (e.dur) >= threshold && /** @type {number} */ (e.ts) >= from
	);
	/** @type {Map<string, number>} */
	const byName = new Map();
	const tasks = long.map((task) => {
		const start = /** @type {number} */ (task.ts);
		const end = start + /** @type {number} */ (task.dur);
		const inside = main.filter(
			(e) =>
				e !== task &&
				/** @type {number} */ (e.ts) >= start &&
				/** @type {number} */ (e.ts) + /** @type {number} */ (e.dur) <= end
		);
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
			while (
				stack.length &&
				/** @type {number} */ (e.ts) >=
					/** @type {number} */ (stack[stack.length - 1].e.ts) + /** @type {number} */ (stack[stack.length - 1].e.dur)
			)
				pop();
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
		byName: [...byName].map(([name, us]) => ({ name, self: us / 1000 })).sort((a, b) => b.self - a.self)
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
			start: (Number(e.ts) - Number(paint.ts)) / 1000,
			cpu: ((e.tdur ?? /** @type {number} */ (e.dur)) * factor) / 1000
		}))
		.filter((t) => t.cpu > 50);
	return {
		fcp: nav ? (Number(paint.ts) - Number(nav.ts)) / 1000 : null,
		tasks,
		blocking: tasks.reduce((a, t) => a + t.cpu - 50, 0)
	};
}
