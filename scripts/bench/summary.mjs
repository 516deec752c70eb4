/**
 * The bench's end: the summary table in Markdown with a line on the machine and its load, the
 * problems seen, and everything measured written to bench-results/latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RESULTS_DIR, ROOT, VIEWPORTS } from './context.mjs';
import { summaryMarkdown } from './format.mjs';

const COLUMN_LABELS = Object.fromEntries(VIEWPORTS.map((v) => [v.key, v.label]));

/**
 * @param {object} o
 * @param {import('./args.mjs').BenchArgs} o.args
 * @param {number | null} o.buildMs null without a build
 * @param {string} o.chromeVersion
 * @param {number[]} o.loadStart the load average when the bench started
 * @param {string[]} o.problems
 * @param {Record<string, unknown>} o.sectionData by section name
 * @param {Record<string, number>} o.sectionMs by section name
 * @param {import('./format.mjs').SummaryRow[]} o.summary
 * @param {number} o.t0 when the bench started (performance.now())
 */
export function writeSummary({
	args,
	buildMs,
	chromeVersion,
	loadStart,
	problems,
	sectionData,
	sectionMs,
	summary,
	t0
}) {
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
