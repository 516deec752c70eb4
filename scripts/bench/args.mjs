/**
 * The bench's command line and port, pure (scripts/bench/args.test.ts); read with the scripts'
 * shared `readOptions()` (scripts/cli-args.mjs).
 */
import { nameList, readOptions, UsageError, wholeNumber } from '../cli-args.mjs';

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
 * @typedef {object} BenchArgs
 * @property {boolean} build
 * @property {number} lhRuns
 * @property {boolean} skipLighthouse
 * @property {string[] | null} only section names, or null for all
 * @property {boolean} trace record a Chromium trace of the scroll run and attribute its long tasks
 * @property {number} wheelRuns runs of the wheel section (a fresh page each)
 * @property {string | null} story the story measured (its slug), or null for the build's first
 * @property {string | null} lang the edition measured (its language code), or null for the story's own language
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
		lang: null,
		help: false
	};
	const { help } = readOptions(argv, {
		'--story': (value) => {
			const slug = value().trim();
			if (!slug) throw new UsageError('--story: expected a story slug, e.g. --story china-ai-market');
			args.story = slug;
		},
		'--lang': (value) => {
			const lang = value().trim();
			if (!lang) throw new UsageError('--lang: expected a language code, e.g. --lang zh');
			args.lang = lang;
		},
		'--no-build': () => void (args.build = false),
		'--skip-lighthouse': () => void (args.skipLighthouse = true),
		'--trace': () => void (args.trace = true),
		'--lh-runs': (value) => void (args.lhRuns = wholeNumber('--lh-runs', value())),
		'--wheel-runs': (value) => void (args.wheelRuns = wholeNumber('--wheel-runs', value())),
		'--only': (value) => {
			const names = nameList('--only', value(), 'section names', `--only ${sectionNames.slice(0, 2).join(',')}`);
			const unknown = names.filter((n) => !sectionNames.includes(n));
			if (unknown.length)
				throw new UsageError(`--only: unknown section "${unknown.join(',')}" (known: ${sectionNames.join(', ')})`);
			args.only = names;
		}
	});
	args.help = help;
	return args;
}
