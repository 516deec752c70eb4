/**
 * The one command-line reader of the scripts (bench, stills, publish): `--flag`, `--flag value`
 * and `--flag=value`, `--help`/`-h`, and the checks their values share. Pure, so the scripts'
 * own tests cover it through their options (scripts/cli-args.test.ts covers the rest).
 */

/** A mistake on the command line: the scripts print its message and their usage, and exit 2. */
export class UsageError extends Error {}

/**
 * Reads `argv` against the known options: each is called when its flag comes up, and takes a
 * value by calling `value()` (the inline `=value`, else the next argument); a flag that takes
 * none refuses an inline value.
 * @param {readonly string[]} argv process.argv.slice(2)
 * @param {Record<string, (value: () => string) => void>} options flag (e.g. `--size`) → what it does
 * @returns {{ help: boolean }}
 */
export function readOptions(argv, options) {
	let help = false;
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split(/=(.*)/s, 2);
		if (flag === '--help' || flag === '-h') {
			help = true;
			continue;
		}
		const apply = Object.hasOwn(options, flag) ? options[flag] : undefined;
		if (!apply) throw new UsageError(`unknown option "${argv[i]}" (try --help)`);
		let took = false;
		apply(() => {
			took = true;
			if (inline !== undefined) return inline;
			const next = argv[i + 1];
			if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
			i++;
			return next;
		});
		if (!took && inline !== undefined) throw new UsageError(`${flag} takes no value, got "${argv[i]}"`);
	}
	return { help };
}

/**
 * A whole number from `min` to `max`.
 * @param {string} flag
 * @param {string} text
 * @param {number} [min]
 * @param {number} [max]
 */
export function wholeNumber(flag, text, min = 1, max = Infinity) {
	const n = Number(text);
	if (!/^\s*\d+\s*$/.test(text) || n < min || n > max) {
		const range = Number.isFinite(max) ? `from ${min} to ${max}` : `of ${min} or more`;
		throw new UsageError(`${flag}: expected a whole number ${range}, got "${text}"`);
	}
	return n;
}

/**
 * Names separated by commas, each once, in order; at least one.
 * @param {string} flag
 * @param {string} text
 * @param {string} what what the names are, e.g. "step ids"
 * @param {string} example e.g. "--steps intro,gap"
 */
export function nameList(flag, text, what, example) {
	const names = [
		...new Set(
			text
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
		)
	];
	if (!names.length) throw new UsageError(`${flag}: expected ${what} separated by commas, e.g. ${example}`);
	return names;
}
