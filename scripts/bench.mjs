#!/usr/bin/env node
/**
 * `npm run bench`: how heavy and how smooth the built story is. A benchmark, not a test: it prints
 * figures and asserts nothing about them; it exits non-zero only when something crashes.
 *
 *   npm run bench                        build, then every section
 *   npm run bench -- --no-build          use the existing build/
 *   npm run bench -- --lh-runs 5         Lighthouse runs (median reported; default 3)
 *   npm run bench -- --skip-lighthouse
 *   npm run bench -- --only weight,scroll
 *   npm run bench -- --trace             also record a Chromium trace of the scroll run (and of the
 *                                        first wheel run) and say what its long tasks spent their time on
 *   npm run bench -- --wheel-runs 5      runs of the wheel section (default 3)
 *   npm run bench -- --story SLUG        measure that story (default: the build's first story to publish)
 *   BENCH_PORT=4190 npm run bench        serve build/ on another port (default 4180)
 *
 * Sections (first-view weight, Lighthouse, scroll, wheel, stage) are entries of `sections` below, each
 * `{ name, title, run(ctx) -> { rows, data } }`: `rows` go to the Markdown summary (one column per
 * viewport key), `data` to bench-results/latest.json. A later mode (stage, stills) adds its own entry.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	formatBytes,
	formatMs,
	benchPort,
	formatPercent,
	frameStats,
	gzipSize,
	isForeign,
	longTaskStats,
	median,
	parseArgs,
	resourceKind,
	scrollTargetFor,
	summarizeLongTasks,
	summaryMarkdown,
	textTable,
	weightTotals,
	wheelNotches,
	wheelSummary
} from './bench-lib.mjs';
import { frameRecorder, intervals, startRecording, stopRecording } from './bench-page.mjs';
import { stageSection } from './bench-stage.mjs';
import { stillsSection } from './bench-stills.mjs';
import { clipsSection } from './bench-clips.mjs';
import { jumpSection } from './bench-jump.mjs';
import { loadSection } from './bench-load.mjs';
import { heightSection } from './bench-height.mjs';
import { buildSite } from './site-build.mjs';
import { readBuildStories, selectStories } from './build-stories.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORT = benchPort(process.env);
const BASE_URL = `http://localhost:${PORT}`;
const RESULTS_DIR = path.join(ROOT, 'bench-results');
const CHROME_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--no-first-run'
];

/** Summary columns: one per viewport a section measures. */
const VIEWPORTS = [
	{
		key: 'phone',
		label: 'Phone 390×844',
		options: {
			viewport: { width: 390, height: 844 },
			screen: { width: 390, height: 844 },
			deviceScaleFactor: 2.625,
			isMobile: true,
			hasTouch: true,
			userAgent:
				'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36'
		}
	},
	{
		key: 'desktop',
		label: 'Desktop 1280×800',
		options: { viewport: { width: 1280, height: 800 } }
	}
];
const COLUMN_LABELS = Object.fromEntries(VIEWPORTS.map((v) => [v.key, v.label]));

/**
 * @typedef {import('./bench-lib.mjs').SummaryRow} SummaryRow
 * @typedef {{ name: string, title: string, enabled?: (args: import('./bench-lib.mjs').BenchArgs) => boolean,
 *   run: (ctx: Ctx) => Promise<{ rows: SummaryRow[], data: unknown }> }} Section
 * @typedef {object} Ctx
 * @property {string} baseUrl
 * @property {import('./bench-lib.mjs').BenchArgs} args
 * @property {string} chromePath
 * @property {typeof VIEWPORTS} viewports
 * @property {() => Promise<import('@playwright/test').Browser>} browser one shared Playwright Chromium
 * @property {(msg: string) => void} problem records something worth a look (printed at the end)
 * @property {(fn: () => unknown) => void} onCleanup
 * @property {() => Promise<void>} ensureServer restarts `vite preview` if it has gone away
 */

// ---------------------------------------------------------------------------------------------
// Sections

/** @type {Section} */
const weightSection = {
	name: 'weight',
	title: 'First view weight (before any scrolling)',
	async run(ctx) {
		const browser = await ctx.browser();
		/** @type {SummaryRow[]} */
		const rows = [];
		/** @type {Record<string, unknown>} */
		const data = {};
		/** @type {Record<string, Record<string, import('./bench-lib.mjs').Cell>>} */
		const cols = {};
		for (const vp of ctx.viewports) {
			const context = await browser.newContext(vp.options);
			const page = await context.newPage();
			watchPage(page, ctx, `weight/${vp.key}`);
			/** @type {import('./bench-lib.mjs').WeightEntry[]} */
			const entries = [];
			/** @type {Promise<void>[]} */
			const pending = [];
			/** @type {string[]} */
			const foreign = [];
			let recording = true;
			page.on('request', (req) => {
				if (recording && isForeign(req.url())) foreign.push(req.url());
			});
			page.on('response', (res) => {
				if (!recording || !/^https?:/.test(res.url())) return;
				pending.push(
					(async () => {
						const kind = resourceKind(res.request().resourceType(), res.url(), res.headers()['content-type']);
						/** @type {Buffer} */
						let body = Buffer.alloc(0);
						if (res.status() < 300 || res.status() >= 400) {
							try {
								body = await res.body();
							} catch {
								const len = Number(res.headers()['content-length'] ?? 0);
								ctx.problem(`weight/${vp.key}: no body for ${res.url()} (content-length ${len})`);
							}
						}
						entries.push({ url: res.url(), kind, raw: body.length, gzip: gzipSize(body) });
					})()
				);
			});
			await ctx.ensureServer();
			await page.goto(`${ctx.baseUrl}/`, { waitUntil: 'networkidle' });
			recording = false;
			await Promise.all(pending);
			await context.close();

			const totals = weightTotals(entries);
			const js = entries.filter((e) => e.kind === 'script').sort((a, b) => b.gzip - a.gzip);
			console.log(`\n${vp.label}: ${entries.length} responses`);
			console.log(
				textTable(
					['type', 'requests', 'raw', 'gzip -9'],
					/** @type {const} */ (['script', 'stylesheet', 'font', 'document', 'other', 'all']).map((k) => [
						k === 'all' ? 'TOTAL' : k,
						totals[k].count,
						formatBytes(totals[k].raw),
						formatBytes(totals[k].gzip)
					]),
					{ right: [1, 2, 3] }
				)
			);
			console.log(`JavaScript: ${formatBytes(totals.script.raw)} raw, ${formatBytes(totals.script.gzip)} gzip`);
			console.log(`Total:      ${formatBytes(totals.all.raw)} raw, ${formatBytes(totals.all.gzip)} gzip`);
			console.log(`Requests to other hosts: ${foreign.length}${foreign.length ? '\n  ' + foreign.join('\n  ') : ''}`);
			console.log('\nJavaScript files:');
			console.log(
				textTable(
					['file', 'raw', 'gzip -9'],
					js.map((e) => [new URL(e.url).pathname, formatBytes(e.raw), formatBytes(e.gzip)]),
					{ right: [1, 2] }
				)
			);
			if (foreign.length) ctx.problem(`weight/${vp.key}: ${foreign.length} request(s) to other hosts`);

			cols[vp.key] = {
				jsGzip: formatBytes(totals.script.gzip),
				jsRaw: formatBytes(totals.script.raw),
				cssGzip: formatBytes(totals.stylesheet.gzip),
				totalGzip: formatBytes(totals.all.gzip),
				totalRaw: formatBytes(totals.all.raw),
				requests: totals.all.count,
				foreign: foreign.length
			};
			data[vp.key] = { totals, entries, foreign };
		}
		const row = (/** @type {string} */ metric, /** @type {string} */ k) =>
			rows.push({
				section: 'First view',
				metric,
				values: Object.fromEntries(Object.entries(cols).map(([vk, c]) => [vk, c[k]]))
			});
		row('JavaScript (gzip -9)', 'jsGzip');
		row('JavaScript (raw)', 'jsRaw');
		row('CSS (gzip -9)', 'cssGzip');
		row('All responses (gzip -9)', 'totalGzip');
		row('All responses (raw)', 'totalRaw');
		row('Requests', 'requests');
		row('Requests to other hosts', 'foreign');
		return { rows, data };
	}
};

/** @type {Section} */
const lighthouseSection = {
	name: 'lighthouse',
	title: 'Lighthouse (mobile emulation, simulated throttling), performance only',
	enabled: (args) => !args.skipLighthouse,
	async run(ctx) {
		const { default: lighthouse } = await import('lighthouse');
		const chromeLauncher = await import('chrome-launcher');
		const chrome = await chromeLauncher.launch({
			chromePath: ctx.chromePath,
			chromeFlags: ['--headless=new', ...CHROME_FLAGS],
			logLevel: 'silent'
		});
		ctx.onCleanup(() => {
			try {
				chrome.kill();
			} catch {
				// already gone
			}
		});
		/** @type {{ score: number | null, lcp: number, tbt: number, cls: number, fcp: number, si: number, jsTransfer: number, jsResource: number, totalBytes: number, warnings: string[], longTasks: { url: string, duration: number, startTime: number }[], mainThread: { group: string, duration: number }[] }[]} */
		const runs = [];
		try {
			for (let i = 0; i < ctx.args.lhRuns; i++) {
				await ctx.ensureServer();
				const t0 = performance.now();
				const result = await lighthouse(
					`${ctx.baseUrl}/`,
					{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }
				);
				if (!result) throw new Error('Lighthouse returned no result');
				const lhr = result.lhr;
				if (lhr.runtimeError) ctx.problem(`lighthouse run ${i + 1}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
				for (const w of lhr.runWarnings ?? []) ctx.problem(`lighthouse run ${i + 1}: ${w}`);
				const num = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
				/** @type {any[]} */
				const requests = /** @type {any} */ (lhr.audits['network-requests']?.details)?.items ?? [];
				const scripts = requests.filter((r) => r.resourceType === 'Script');
				const score = lhr.categories.performance?.score;
				const run = {
					score: typeof score === 'number' ? Math.round(score * 100) : null,
					lcp: num('largest-contentful-paint'),
					tbt: num('total-blocking-time'),
					cls: num('cumulative-layout-shift'),
					fcp: num('first-contentful-paint'),
					si: num('speed-index'),
					jsTransfer: scripts.reduce((a, r) => a + (r.transferSize ?? 0), 0),
					jsResource: scripts.reduce((a, r) => a + (r.resourceSize ?? 0), 0),
					totalBytes: num('total-byte-weight'),
					warnings: lhr.runWarnings ?? [],
					/** @type {{ url: string, duration: number, startTime: number }[]} */
					longTasks: (/** @type {any} */ (lhr.audits['long-tasks']?.details)?.items ?? []).map(
						(/** @type {any} */ t) => ({ url: t.url, duration: t.duration, startTime: t.startTime })
					),
					/** @type {{ group: string, duration: number }[]} */
					mainThread: (/** @type {any} */ (lhr.audits['mainthread-work-breakdown']?.details)?.items ?? []).map(
						(/** @type {any} */ t) => ({ group: t.groupLabel ?? t.group, duration: t.duration })
					)
				};
				runs.push(run);
				console.log(
					`run ${i + 1}/${ctx.args.lhRuns} (${((performance.now() - t0) / 1000).toFixed(1)} s, load ${os.loadavg()[0].toFixed(2)}): score ${run.score ?? '–'}, ` +
						`LCP ${formatMs(run.lcp)}, TBT ${formatMs(run.tbt)}, CLS ${run.cls.toFixed(3)}, ` +
						`FCP ${formatMs(run.fcp)}, SI ${formatMs(run.si)}, JS ${formatBytes(run.jsTransfer)} transferred ` +
						`(${scripts.length} files, ${formatBytes(run.jsResource)} decoded)`
				);
			}
		} finally {
			chrome.kill();
		}
		const med = (/** @type {(r: (typeof runs)[number]) => number | null} */ f) =>
			median(runs.map(f).filter((v) => typeof v === 'number' && Number.isFinite(v)).map(Number));
		const m = {
			score: med((r) => r.score),
			lcp: med((r) => r.lcp),
			tbt: med((r) => r.tbt),
			cls: med((r) => r.cls),
			fcp: med((r) => r.fcp),
			si: med((r) => r.si),
			jsTransfer: med((r) => r.jsTransfer)
		};
		console.log('');
		console.log(
			textTable(
				['', 'score', 'LCP', 'TBT', 'CLS', 'FCP', 'Speed Index', 'JS seen'],
				[
					[`median of ${runs.length}`, m.score, formatMs(m.lcp), formatMs(m.tbt), m.cls.toFixed(3), formatMs(m.fcp), formatMs(m.si), formatBytes(m.jsTransfer)],
					...runs.map((r, i) => [
						`run ${i + 1}`,
						r.score,
						formatMs(r.lcp),
						formatMs(r.tbt),
						r.cls.toFixed(3),
						formatMs(r.fcp),
						formatMs(r.si),
						formatBytes(r.jsTransfer)
					])
				],
				{ right: [1, 2, 3, 4, 5, 6, 7] }
			)
		);
		const last = runs[runs.length - 1];
		if (last) {
			const short = (/** @type {string} */ u) => {
				try {
					const p = new URL(u).pathname;
					return p.split('/').pop() || p;
				} catch {
					return u;
				}
			};
			console.log(
				`\nrun ${runs.length}, main thread (simulated, 4x CPU slowdown): ` +
					last.mainThread
						.slice(0, 5)
						.map((g) => `${g.group} ${formatMs(g.duration)}`)
						.join(', ')
			);
			console.log(
				`run ${runs.length}, long tasks: ${last.longTasks.length}` +
					(last.longTasks.length
						? ` (${last.longTasks
								.slice(0, 5)
								.map((t) => `${formatMs(t.duration)} at ${formatMs(t.startTime)} in ${short(t.url)}`)
								.join('; ')})`
						: '')
			);
		}
		const section = `Lighthouse mobile (median of ${runs.length})`;
		/** @type {SummaryRow[]} */
		const rows = [
			{ section, metric: 'Performance score', values: { phone: m.score } },
			{ section, metric: 'Largest Contentful Paint', values: { phone: formatMs(m.lcp) } },
			{ section, metric: 'Total Blocking Time', values: { phone: formatMs(m.tbt) } },
			{ section, metric: 'Cumulative Layout Shift', values: { phone: m.cls.toFixed(3) } },
			{ section, metric: 'First Contentful Paint', values: { phone: formatMs(m.fcp) } },
			{ section, metric: 'Speed Index', values: { phone: formatMs(m.si) } },
			{ section, metric: 'JavaScript seen (transfer)', values: { phone: formatBytes(m.jsTransfer) } }
		];
		return { rows, data: { median: m, runs } };
	}
};

const TRACE_CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8.execute',
	'disabled-by-default-v8.gc',
	'blink.user_timing',
	'__metadata'
];
/** The wheel run's trace adds the frame pipeline (frames, paint, raster, compositor). */
const WHEEL_TRACE_CATEGORIES = [...TRACE_CATEGORIES, 'disabled-by-default-devtools.timeline.frame', 'benchmark', 'cc', 'viz', 'gpu'];

const SCROLL_MS = 600;
const SETTLE_MS = 700;

/** @type {Section} */
const scrollSection = {
	name: 'scroll',
	title: `Scroll through every step (${SCROLL_MS} ms smooth scroll + ${SETTLE_MS} ms settle per step)`,
	async run(ctx) {
		const browser = await ctx.browser();
		/** @type {Record<string, any>} */
		const results = {};
		for (const vp of ctx.viewports) {
			const { context, page } = await openReading(ctx, vp.options, `scroll/${vp.key}`);
			const ids = await page.$$eval('[data-step]', (els) => els.map((el) => el.getAttribute('data-step') || el.id));
			if (ids.length === 0) ctx.problem(`scroll/${vp.key}: no [data-step] elements`);

			let tracing = false;
			if (ctx.args.trace) {
				await browser.startTracing(page, { categories: TRACE_CATEGORIES });
				tracing = true;
			}
			await startRecording(page);

			let visited = 0;
			let matched = 0;
			/** @type {number | null} */
			let offsetSeen = null;
			let widest = 0;
			/** @type {string[]} */
			const overflowSteps = [];
			/** @type {{ id: string, start: number, target: number, reached: number, topVsLine: number, current: string[] }[]} */
			const log = [];
			for (let i = 0; i < ids.length; i++) {
				const geo = await page.evaluate((i) => {
					const el = /** @type {HTMLElement} */ (document.querySelectorAll('[data-step]')[i]);
					const root = document.querySelector('[data-offset]');
					return {
						elementTop: el.getBoundingClientRect().top + window.scrollY,
						viewportHeight: window.innerHeight,
						offset: Number(root?.getAttribute('data-offset') ?? 0.5),
						maxScroll: document.documentElement.scrollHeight - window.innerHeight,
						now: performance.now()
					};
				}, i);
				offsetSeen = geo.offset;
				const target = scrollTargetFor(geo);
				const stepStart = geo.now;
				const reached = await page.evaluate(
					({ target, duration }) =>
						new Promise((resolve) => {
							const from = window.scrollY;
							const t0 = performance.now();
							const ease = (/** @type {number} */ t) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);
							const tick = (/** @type {number} */ now) => {
								const t = Math.min(1, (now - t0) / duration);
								window.scrollTo({ top: from + (target - from) * ease(t), behavior: 'instant' });
								if (t < 1) requestAnimationFrame(tick);
								else resolve(window.scrollY);
							};
							requestAnimationFrame(tick);
						}),
					{ target, duration: SCROLL_MS }
				);
				await page.waitForTimeout(SETTLE_MS);
				const after = await page.evaluate((i) => {
					const el = /** @type {HTMLElement} */ (document.querySelectorAll('[data-step]')[i]);
					const root = document.querySelector('[data-offset]');
					const line = window.innerHeight * Number(root?.getAttribute('data-offset') ?? 0.5);
					return {
						topVsLine: el.getBoundingClientRect().top - line,
						current: Array.from(document.querySelectorAll('[aria-current="step"]'), (e) => e.getAttribute('data-step') || e.id),
						// Content wider than the viewport widens the layout viewport on a phone (and with it innerHeight).
						layout: { width: window.innerWidth, height: window.innerHeight, scrollWidth: document.documentElement.scrollWidth }
					};
				}, i);
				const vw = vp.options.viewport.width;
				if (after.layout.scrollWidth > vw + 1) {
					widest = Math.max(widest, after.layout.scrollWidth);
					overflowSteps.push(`${ids[i]} (${after.layout.scrollWidth} px)`);
				}
				if (after.topVsLine <= 0) visited++;
				else
					ctx.problem(
						`scroll/${vp.key}: step "${ids[i]}" top ended ${after.topVsLine.toFixed(0)} px below the trigger line ` +
							`(layout viewport now ${after.layout.width}×${after.layout.height})`
					);
				const ok = after.current.length === 1 && after.current[0] === ids[i];
				if (ok) matched++;
				else
					ctx.problem(
						`scroll/${vp.key}: scrolled to "${ids[i]}" but aria-current="step" is on [${after.current.map((c) => `"${c}"`).join(', ')}]`
					);
				log.push({ id: ids[i], start: stepStart, target, reached: Number(reached), topVsLine: after.topVsLine, current: after.current });
			}

			const bench = await stopRecording(page);
			/** @type {ReturnType<typeof summarizeLongTasks> | null} */
			let traceSummary = null;
			if (tracing) {
				const buf = await browser.stopTracing();
				mkdirSync(RESULTS_DIR, { recursive: true });
				const file = path.join(RESULTS_DIR, `trace-scroll-${vp.key}.json`);
				writeFileSync(file, buf);
				const trace = JSON.parse(buf.toString('utf8'));
				traceSummary = summarizeLongTasks(trace.traceEvents ?? trace);
				console.log(`(trace written to ${path.relative(ROOT, file)})`);
			}
			await context.close();

			const lt = longTaskStats(bench.during.map((t) => t.duration));
			const ltLoad = longTaskStats(bench.before.map((t) => t.duration));
			const fr = frameStats(intervals(bench.frames));

			console.log(`\n${vp.label}: trigger line at ${offsetSeen ?? '?'} of the viewport height`);
			console.log(`steps visited:           ${visited}/${ids.length}`);
			console.log(`aria-current matched:    ${matched}/${ids.length}`);
			console.log(`long tasks (scroll):     ${lt.count}, max ${formatMs(lt.max)}, total ${formatMs(lt.total)}`);
			console.log(`long tasks (page load):  ${ltLoad.count}, max ${formatMs(ltLoad.max)}, total ${formatMs(ltLoad.total)}`);
			console.log(
				`frame interval:          p50 ${formatMs(fr.p50, 1)}, p95 ${formatMs(fr.p95, 1)}, p99 ${formatMs(fr.p99, 1)}, max ${formatMs(fr.max, 1)} (${fr.frames} frames)`
			);
			console.log(`frames over 50 ms:       ${formatPercent(fr.over50, 2)}`);
			const vw = vp.options.viewport.width;
			console.log(
				`horizontal overflow:     ${overflowSteps.length ? `${overflowSteps.length} steps, page up to ${widest} px wide on a ${vw} px viewport` : 'none'}`
			);
			if (overflowSteps.length) {
				ctx.problem(`scroll/${vp.key}: the page is wider than the ${vw} px viewport at ${overflowSteps.length} steps: ${overflowSteps.join(', ')}`);
			}
			// Which step's scroll-and-settle each long task fell in (the step being scrolled to).
			/** @type {Map<string, number[]>} */
			const byStep = new Map();
			for (const t of bench.during) {
				let at = log[0]?.id ?? '?';
				for (const l of log) if (l.start <= t.start) at = l.id;
				byStep.set(at, [...(byStep.get(at) ?? []), t.duration]);
			}
			if (byStep.size) {
				console.log(
					`long tasks by step:      ${[...byStep].map(([id, ds]) => `${id} (${ds.map((d) => formatMs(d)).join(', ')})`).join('; ')}`
				);
			}
			const bad = log.filter((l) => !(l.current.length === 1 && l.current[0] === l.id) || l.topVsLine > 0);
			if (bad.length) {
				console.log('steps with a mismatch:');
				console.log(
					textTable(
						['step', 'scrollY target', 'reached', 'top - line', 'aria-current'],
						bad.map((l) => [l.id, l.target, l.reached, l.topVsLine.toFixed(0), l.current.join(',') || '(none)']),
						{ right: [1, 2, 3] }
					)
				);
			}
			if (traceSummary) {
				console.log(`long tasks in the trace (RunTask >= 50 ms on the main thread): ${traceSummary.tasks.length}`);
				console.log(`longest tasks in the trace, any length: ${traceSummary.longest.map((d) => formatMs(d, 1)).join(', ')}`);
				for (const t of traceSummary.tasks.slice(0, 10)) {
					console.log(`  ${formatMs(t.duration, 1)}: ${t.top.map((x) => `${x.name} ${formatMs(x.self, 1)}`).join(', ')}`);
				}
				if (traceSummary.byName.length) {
					console.log('  self time in long tasks, by event:');
					for (const x of traceSummary.byName.slice(0, 8)) console.log(`    ${formatMs(x.self, 1).padStart(10)}  ${x.name}`);
				}
			}
			results[vp.key] = {
				steps: ids.length,
				visited,
				matched,
				longTasks: { ...lt, entries: bench.during },
				loadLongTasks: { ...ltLoad, entries: bench.before },
				frames: fr,
				overflow: { widest, steps: overflowSteps },
				log,
				trace: traceSummary
			};
		}
		const row = (/** @type {string} */ metric, /** @type {(r: any) => import('./bench-lib.mjs').Cell} */ f) => ({
			section: 'Scroll',
			metric,
			values: Object.fromEntries(Object.entries(results).map(([k, r]) => [k, f(r)]))
		});
		return {
			rows: [
				row('Steps visited', (r) => `${r.visited}/${r.steps}`),
				row('aria-current matched', (r) => `${r.matched}/${r.steps}`),
				row('Long tasks', (r) => r.longTasks.count),
				row('Longest task', (r) => formatMs(r.longTasks.max)),
				row('Long task time, total', (r) => formatMs(r.longTasks.total)),
				row('Frame interval p50', (r) => formatMs(r.frames.p50, 1)),
				row('Frame interval p95', (r) => formatMs(r.frames.p95, 1)),
				row('Frame interval p99', (r) => formatMs(r.frames.p99, 1)),
				row('Frame interval max', (r) => formatMs(r.frames.max, 1)),
				row('Frames over 50 ms', (r) => formatPercent(r.frames.over50, 2)),
				row('Widest page (horizontal overflow)', (r) => (r.overflow.widest ? `${r.overflow.widest} px` : 'none'))
			],
			data: results
		};
	}
};

const WHEEL = { width: 1280, height: 800, delta: 100, gapMs: 16, overMs: 33 };

/**
 * A reader's mouse wheel: at 1280×800 the wheel turns 100 px every 16 ms from the top of the page
 * to its end, and every frame interval (requestAnimationFrame) is timed while the page moves (up
 * to the frame after its last scroll event). Counts, per run (a fresh page each), the frames over
 * 33 ms: each one showed a picture for two refreshes or more. The frames of the half second after
 * the page stops are counted apart (a chart may still change there). The events are sent on a fixed 16 ms schedule without waiting for the page;
 * the gaps between them as the page received them are printed too.
 * @type {Section}
 */
const wheelSection = {
	name: 'wheel',
	title: `Wheel scroll (${WHEEL.delta} px every ${WHEEL.gapMs} ms, ${WHEEL.width}×${WHEEL.height}, top to end): frames over ${WHEEL.overMs} ms`,
	async run(ctx) {
		const browser = await ctx.browser();
		/** @type {{ frames: number[], wheelGaps: number[], longtasks: number[], notches: number, maxScroll: number, reached: number, trace: ReturnType<typeof summarizeLongTasks> | null, slow: { y: number, ms: number }[], slowAfter: number[] }[]} */
		const runs = [];
		for (let r = 0; r < ctx.args.wheelRuns; r++) {
			const { context, page } = await openReading(ctx, { viewport: { width: WHEEL.width, height: WHEEL.height } }, `wheel/run ${r + 1}`);
			await page.waitForTimeout(500);
			await page.mouse.move(WHEEL.width / 2, WHEEL.height / 2);
			const maxScroll = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
			const notches = wheelNotches({ maxScroll, delta: WHEEL.delta });
			const tracing = ctx.args.trace && r === 0;
			if (tracing) await browser.startTracing(page, { categories: WHEEL_TRACE_CATEGORIES });
			await startRecording(page);
			// A fixed schedule: each notch is sent at its time, whether or not the last one was handled.
			/** @type {Promise<void>[]} */
			const sent = [];
			const t0 = performance.now();
			for (let k = 0; k < notches; k++) {
				const wait = t0 + k * WHEEL.gapMs - performance.now();
				if (wait > 0) await new Promise((res) => setTimeout(res, wait));
				sent.push(page.mouse.wheel(0, WHEEL.delta));
			}
			await Promise.all(sent);
			// Until the page has been still for 500 ms (a smooth scroll may still be running).
			await page.waitForFunction(() => performance.now() - /** @type {any} */ (window).__bench.lastMove > 500, null, {
				timeout: 15_000,
				polling: 100
			});
			const got = await stopRecording(page);
			/** @type {ReturnType<typeof summarizeLongTasks> | null} */
			let trace = null;
			if (tracing) {
				const buf = await browser.stopTracing();
				mkdirSync(RESULTS_DIR, { recursive: true });
				const file = path.join(RESULTS_DIR, 'trace-wheel.json');
				writeFileSync(file, buf);
				const json = JSON.parse(buf.toString('utf8'));
				trace = summarizeLongTasks(json.traceEvents ?? json, { threshold: WHEEL.overMs });
				console.log(`(trace written to ${path.relative(ROOT, file)})`);
			}
			await context.close();
			// While the page moves: up to the frame after the last scroll event. The frames of the
			// settling half second after it are reported apart.
			const all = got.frames;
			const cut = all.findIndex((f) => f.t > got.lastMove);
			const frameLog = cut < 0 ? all : all.slice(0, cut + 1);
			const after = cut < 0 ? [] : all.slice(cut + 1);
			const wheelGaps = got.wheels.slice(1).map((t, i) => t - got.wheels[i]);
			const run = {
				frames: intervals(frameLog),
				wheelGaps,
				longtasks: got.during.map((t) => t.duration),
				notches,
				maxScroll,
				reached: got.scrollY,
				trace,
				slow: frameLog.filter((f) => f.ms > WHEEL.overMs),
				slowAfter: after.filter((f) => f.ms > WHEEL.overMs).map((f) => f.ms)
			};
			runs.push(run);
			const fr = frameStats(run.frames);
			console.log(
				`run ${r + 1}/${ctx.args.wheelRuns} (load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}): ` +
					`${run.slow.length} frames over ${WHEEL.overMs} ms of ${fr.frames}` +
					(run.slow.length ? ` (${run.slow.map((f) => `${formatMs(f.ms, 1)} at y=${f.y}`).join(', ')})` : '') +
					`; max ${formatMs(fr.max, 1)}, p95 ${formatMs(fr.p95, 1)}; long tasks ${run.longtasks.length}; ` +
					`${notches} notches, ${got.wheels.length} received, reached ${Math.round(got.scrollY)}/${maxScroll}; ` +
					`once still: ${run.slowAfter.length} frames over ${WHEEL.overMs} ms${run.slowAfter.length ? ` (${run.slowAfter.map((ms) => formatMs(ms, 1)).join(', ')})` : ''}`
			);
			if (got.scrollY < maxScroll - 1) ctx.problem(`wheel/run ${r + 1}: stopped at ${Math.round(got.scrollY)} of ${maxScroll}`);
			if (trace) {
				console.log(`  main-thread tasks over ${WHEEL.overMs} ms in the trace: ${trace.tasks.length}; longest, any length: ${trace.longest.map((d) => formatMs(d, 1)).join(', ')}`);
				for (const t of trace.tasks.slice(0, 10)) {
					console.log(`    ${formatMs(t.duration, 1)}: ${t.top.map((x) => `${x.name} ${formatMs(x.self, 1)}`).join(', ')}`);
				}
			}
		}
		const s = wheelSummary(runs, WHEEL.overMs);
		console.log(
			`\nframes over ${WHEEL.overMs} ms per run: ${s.over.join(', ')} (median ${s.overMedian}); longest frame ${formatMs(s.maxFrame, 1)}; ` +
				`long tasks ${s.longTasks}; wheel events arrived ${formatMs(s.wheelGapP50, 1)} apart (p50), ${formatMs(s.wheelGapMax, 1)} at most`
		);
		const section = `Wheel scroll (${ctx.args.wheelRuns} runs)`;
		/** @type {SummaryRow[]} */
		const rows = [
			{ section, metric: `Frames over ${WHEEL.overMs} ms, per run`, values: { desktop: s.over.join(', ') } },
			{ section, metric: 'Longest frame', values: { desktop: formatMs(s.maxFrame, 1) } },
			{ section, metric: 'Frame interval p95', values: { desktop: formatMs(s.p95, 1) } },
			{ section, metric: 'Long tasks', values: { desktop: s.longTasks } },
			{ section, metric: `Frames over ${WHEEL.overMs} ms in the 500 ms after, per run`, values: { desktop: runs.map((r) => r.slowAfter.length).join(', ') } }
		];
		return { rows, data: { summary: s, runs, loadavg: os.loadavg() } };
	}
};

/** Every section, in the order they run. Later modes (stage, stills) add theirs here. */
/** @type {Section[]} */
const sections = [weightSection, lighthouseSection, loadSection({ watchPage, traceCategories: TRACE_CATEGORIES }), scrollSection, wheelSection, jumpSection({ openReading }), heightSection({ openReading, watchPage, traceCategories: TRACE_CATEGORIES }), stageSection({ watchPage }), stillsSection, clipsSection];

// ---------------------------------------------------------------------------------------------
// Plumbing

/**
 * The reading page in a fresh context, with the frame recorder, once its scroll driver is wired.
 * @param {Ctx} ctx
 * @param {import('@playwright/test').BrowserContextOptions} options
 * @param {string} where names the page in problems
 * @param {(() => void)[]} [init] more in-page scripts, run before the page's own
 */
async function openReading(ctx, options, where, init = []) {
	const browser = await ctx.browser();
	const context = await browser.newContext(options);
	const page = await context.newPage();
	watchPage(page, ctx, where);
	for (const script of [frameRecorder, ...init]) await page.addInitScript(script);
	await ctx.ensureServer();
	await page.goto(`${ctx.baseUrl}/`, { waitUntil: 'networkidle' });
	try {
		await page.waitForFunction(() => document.documentElement.dataset.scrollyReady === 'true', null, { timeout: 10_000 });
	} catch {
		ctx.problem(`${where}: html[data-scrolly-ready] never appeared (scroll driver not wired?)`);
	}
	return { context, page };
}

/**
 * Records console errors, page errors and failed requests of a page as problems.
 * @param {import('@playwright/test').Page} page
 * @param {Ctx} ctx
 * @param {string} where
 */
function watchPage(page, ctx, where) {
	page.on('console', (msg) => {
		if (msg.type() === 'error' || msg.type() === 'warning') ctx.problem(`${where}: console.${msg.type()}: ${msg.text()}`);
	});
	page.on('pageerror', (err) => ctx.problem(`${where}: page error: ${err.message}`));
	page.on('requestfailed', (req) => ctx.problem(`${where}: request failed: ${req.url()} (${req.failure()?.errorText})`));
}

function findChromium() {
	const candidates = [
		process.env.CHROME_PATH,
		process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser'
	];
	for (const p of candidates) if (p && existsSync(p)) return p;
	throw new Error(
		'No Chromium found at CHROME_PATH, PLAYWRIGHT_CHROMIUM_EXECUTABLE or /usr/bin/chromium.\n' +
			'Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROME_PATH.'
	);
}

/** @param {string} chromePath */
function chromiumVersion(chromePath) {
	try {
		// Debian's wrapper prints a harmless shell warning on stderr; keep stdout only.
		return execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch (e) {
		return `unknown (${/** @type {Error} */ (e).message.split('\n')[0]})`;
	}
}

/** @param {number} port */
function portInUse(port) {
	return new Promise((resolve) => {
		const sock = createConnection({ port, host: 'localhost' });
		sock.once('connect', () => {
			sock.destroy();
			resolve(true);
		});
		sock.once('error', () => resolve(false));
	});
}

/** @type {import('node:child_process').ChildProcess | null} */
let server = null;
/** @type {(() => unknown)[]} */
const cleanups = [];
let interrupted = false;
let stopping = false;
/** @type {string[]} */
const serverExits = [];

/** Kills `vite preview` by its process group (the pid is that of node_modules/.bin/vite). Sync, so it works in exit handlers. */
function killServer() {
	stopping = true;
	if (!server?.pid || server.exitCode !== null || server.signalCode !== null) return;
	try {
		process.kill(-server.pid, 'SIGTERM');
	} catch {
		try {
			server.kill('SIGTERM');
		} catch {
			// already gone
		}
	}
}

async function startServer() {
	if (await portInUse(PORT)) {
		throw new Error(`port ${PORT} is already in use: stop whatever listens there (bench serves build/ on it)`);
	}
	const vite = path.join(ROOT, 'node_modules/.bin/vite');
	// Spawned directly, not through npx, in its own process group so it can be killed as a whole.
	server = spawn(vite, ['preview', '--port', String(PORT), '--strictPort'], {
		cwd: ROOT,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let out = '';
	server.stdout?.on('data', (d) => (out += d));
	server.stderr?.on('data', (d) => (out += d));
	const child = server;
	child.on('exit', (code, signal) => {
		if (!stopping) {
			serverExits.push(`vite preview (pid ${child.pid}) exited unexpectedly: code ${code}, signal ${signal}`);
			console.log(`\n!! ${serverExits[serverExits.length - 1]}${out.trim() ? `\n${out.trim()}` : ''}`);
		}
	});
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}:\n${out}`);
		try {
			const res = await fetch(`${BASE_URL}/`);
			if (res.ok) return server.pid;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`vite preview did not answer on ${BASE_URL} within 30 s:\n${out}`);
}

async function cleanup() {
	killServer();
	for (const fn of cleanups.splice(0).reverse()) {
		try {
			await fn();
		} catch {
			// best effort
		}
	}
}

process.on('exit', killServer);
for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
	process.on(sig, () => {
		interrupted = true;
		console.error(`\n${sig}: stopping the preview server and browsers`);
		const hard = setTimeout(() => process.exit(130), 3000);
		cleanup().finally(() => {
			clearTimeout(hard);
			process.exit(130);
		});
	});
}

function usage() {
	return `Usage: [BENCH_PORT=4180] npm run bench -- [--no-build] [--lh-runs N] [--wheel-runs N] [--skip-lighthouse] [--story SLUG] [--only ${sections.map((s) => s.name).join('|')}[,...]] [--trace]`;
}

async function main() {
	const t0 = performance.now();
	const loadStart = os.loadavg();
	console.log(`load average (1, 5, 15 min): ${loadStart.map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores`);
	/** @type {import('./bench-lib.mjs').BenchArgs} */
	let args;
	try {
		args = parseArgs(process.argv.slice(2), sections.map((s) => s.name));
	} catch (e) {
		console.error(`${/** @type {Error} */ (e).message}\n${usage()}`);
		process.exit(2);
	}
	if (args.help) {
		console.log(usage());
		return;
	}
	const chromePath = findChromium();
	const chromeVersion = chromiumVersion(chromePath);
	/** @type {string[]} */
	const problems = [];

	/** @type {number | null} */
	let buildMs = null;
	if (args.build) {
		console.log('## Build\n\n$ npm run build');
		let b0 = performance.now();
		try {
			await buildSite(ROOT);
		} catch (first) {
			// Two builds in one checkout at once clobber each other's .svelte-kit/output: try once more.
			console.log(`build failed (${/** @type {Error} */ (first).message.split('\n')[0]}); retrying once in 5 s`);
			await new Promise((r) => setTimeout(r, 5000));
			b0 = performance.now();
			await buildSite(ROOT);
		}
		buildMs = performance.now() - b0;
		console.log(`build time: ${(buildMs / 1000).toFixed(1)} s`);
	} else if (!existsSync(path.join(ROOT, 'build/index.html'))) {
		throw new Error('--no-build, but build/index.html does not exist: run `npm run build` first');
	}

	// One story is measured: --story, else the build's first story to publish.
	const built = readBuildStories(ROOT);
	const story = args.story ? selectStories(built, [args.story])[0] : (built.find((s) => !s.test) ?? built[0]);
	const pid = await startServer();
	console.log(`\nvite preview on ${BASE_URL} (pid ${pid}); the story measured: ${story.slug}, at /${story.slug}/`);

	const { chromium } = await import('@playwright/test');
	/** @type {import('@playwright/test').Browser | null} */
	let browser = null;
	/** @type {Ctx} */
	const ctx = {
		// Every section opens the story's pages from here: /<slug>/, /<slug>/present/, /<slug>/still/.
		baseUrl: `${BASE_URL}/${story.slug}`,
		args,
		chromePath,
		viewports: VIEWPORTS,
		async browser() {
			if (!browser) {
				browser = await chromium.launch({ executablePath: chromePath, args: ['--headless=new', ...CHROME_FLAGS] });
				const b = browser;
				cleanups.push(() => b.close());
			}
			return browser;
		},
		problem(msg) {
			if (!problems.includes(msg)) problems.push(msg);
		},
		onCleanup(fn) {
			cleanups.push(fn);
		},
		async ensureServer() {
			if (server && server.exitCode === null && server.signalCode === null) return;
			const again = await startServer();
			console.log(`(restarted vite preview, pid ${again})`);
		}
	};

	/** @type {SummaryRow[]} */
	const summary = [];
	/** @type {Record<string, unknown>} */
	const sectionData = {};
	/** @type {Record<string, number>} */
	const sectionMs = {};
	try {
		for (const s of sections) {
			if (args.only && !args.only.includes(s.name)) continue;
			if (s.enabled && !s.enabled(args)) continue;
			console.log(`\n## ${s.title}`);
			const s0 = performance.now();
			const { rows, data } = await s.run(ctx);
			sectionMs[s.name] = performance.now() - s0;
			console.log(`(${s.name}: ${(sectionMs[s.name] / 1000).toFixed(1)} s)`);
			summary.push(...rows);
			sectionData[s.name] = data;
		}
	} finally {
		await cleanup();
	}

	const machine = {
		cpu: os.cpus()[0]?.model ?? 'unknown',
		cores: os.cpus().length,
		memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
		node: process.version,
		chromium: chromeVersion,
		os: `${os.type()} ${os.release()} ${os.arch()}`,
		date: new Date().toISOString(),
		loadStart,
		loadEnd: os.loadavg()
	};
	const table = summaryMarkdown(summary, COLUMN_LABELS);
	const machineLine =
		`Measured ${machine.date.slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB RAM, ` +
		`Node ${machine.node}, ${machine.chromium}, load average ${loadStart.map((l) => l.toFixed(2)).join(' ')} at the start, ` +
		`${machine.loadEnd.map((l) => l.toFixed(2)).join(' ')} at the end` +
		(buildMs !== null ? `; \`npm run build\` took ${(buildMs / 1000).toFixed(1)} s` : '') +
		'. Sizes are response bodies re-compressed with gzip -9' +
		(sectionData.lighthouse ? '; Lighthouse uses its default mobile emulation and simulated throttling' : '') +
		'.';

	console.log('\n## Summary (Markdown)\n');
	console.log(table);
	console.log(`\n${machineLine}`);

	for (const e of serverExits) problems.push(e);
	console.log(`\n## Problems seen: ${problems.length}`);
	for (const p of problems) console.log(`- ${p}`);

	mkdirSync(RESULTS_DIR, { recursive: true });
	const out = path.join(RESULTS_DIR, 'latest.json');
	writeFileSync(
		out,
		JSON.stringify(
			{ machine, args, buildMs, sectionMs, summary, markdown: table, problems, sections: sectionData },
			null,
			2
		) + '\n'
	);
	console.log(`\nwrote ${path.relative(ROOT, out)} (total ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

main().then(
	() => process.exit(0),
	async (e) => {
		if (interrupted) return; // the signal handler is cleaning up and exits
		console.error(`\nbench crashed: ${e?.stack ?? e}`);
		await cleanup();
		process.exit(1);
	}
);
