/**
 * The bench's Lighthouse section (skipped by `--skip-lighthouse`): `--lh-runs` runs of Lighthouse's
 * performance audit of the reading page, mobile emulation and simulated throttling, in a Chromium
 * of its own; the median and every run, and the last run's main-thread work and long tasks.
 */
import os from 'node:os';
import { CHROME_FLAGS } from '../chromium.mjs';
import { formatBytes, formatMs, textTable } from '../format.mjs';
import { median } from '../stats.mjs';

/** @typedef {import('../format.mjs').SummaryRow} SummaryRow */
/** @typedef {import('../context.mjs').Section} Section */

/** @type {Section} */
export const lighthouseSection = {
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
				const result = await lighthouse(`${ctx.baseUrl}/`, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance']
				});
				if (!result) throw new Error('Lighthouse returned no result');
				const lhr = result.lhr;
				if (lhr.runtimeError)
					ctx.problem(`lighthouse run ${i + 1}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
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
					longTasks: /** @type {any} */ (lhr.audits['long-tasks']?.details?.items ?? []).map(
						(/** @type {any} */ t) => ({ url: t.url, duration: t.duration, startTime: t.startTime })
					),
					/** @type {{ group: string, duration: number }[]} */
					mainThread: /** @type {any} */ (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map(
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
			median(
				runs
					.map(f)
					.filter((v) => typeof v === 'number' && Number.isFinite(v))
					.map(Number)
			);
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
					[
						`median of ${runs.length}`,
						m.score,
						formatMs(m.lcp),
						formatMs(m.tbt),
						m.cls.toFixed(3),
						formatMs(m.fcp),
						formatMs(m.si),
						formatBytes(m.jsTransfer)
					],
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
