/**
 * The command line of `npm run stills` (scripts/stills.mjs), parsed and checked. Pure: no disk,
 * no browser, so scripts/stills/args.test.ts covers every rule. Read with the scripts' shared
 * reader (cli-args.mjs).
 */
import { nameList, readOptions, UsageError, wholeNumber } from '../cli-args.mjs';

/** Sizes the issue names; any other WxH within the limits works too. */
export const NAMED_SIZES = ['1920x1080', '1280x720', '3840x2160', '1080x1350', '1080x1920', '1200x630'];
export const FORMATS = /** @type {const} */ (['png', 'svg', 'pdf']);
export const THEMES = /** @type {const} */ (['light', 'dark']);
/** Smallest and largest side of a still, in pixels at scale 1. */
export const MIN_SIDE = 320;
export const MAX_SIDE = 7680;
/** Largest side of the written image once scaled (Chromium's screenshots stay reliable below it). */
export const MAX_PIXELS_SIDE = 16384;
export const MAX_SCALE = 4;

/**
 * @typedef {object} StillsArgs
 * @property {number} width
 * @property {number} height
 * @property {number} scale
 * @property {string[] | null} stories story slugs, or null for every story of the build
 * @property {string[] | null} steps step ids, or null for every step
 * @property {string[] | null} langs language codes (`en`, `zh`), or null for the story's and every edition's
 * @property {string} out
 * @property {'light' | 'dark'} theme
 * @property {'png' | 'svg' | 'pdf'} format
 * @property {boolean} build build first when build/ is missing or stale (off with --no-build)
 * @property {number} jobs pages working in parallel
 * @property {boolean} help
 */

export { UsageError };

/**
 * @template {string} T
 * @param {string} flag
 * @param {string} text
 * @param {readonly T[]} allowed
 * @param {string} sep how the allowed values are listed
 * @returns {T}
 */
export function oneOf(flag, text, allowed, sep) {
	if (!allowed.includes(/** @type {T} */ (text)))
		throw new UsageError(`${flag}: expected ${allowed.join(sep)}, got "${text}"`);
	return /** @type {T} */ (text);
}

/**
 * The options every exporter (stills, clips) reads alike: which steps, at what size, in which
 * theme, into which folder.
 * @param {{ width: number, height: number, steps: string[] | null, langs: string[] | null, out: string, theme: 'light' | 'dark' }} args set in place
 * @returns {Record<string, (value: () => string) => void>}
 */
export function frameOptions(args) {
	return {
		'--size': (value) => void Object.assign(args, parseSize(value())),
		'--steps': (value) => void (args.steps = nameList('--steps', value(), 'step ids', '--steps intro,gap')),
		'--lang': (value) => void (args.langs = nameList('--lang', value(), 'language codes', '--lang zh,ar')),
		'--out': (value) => {
			const v = value().trim();
			if (!v) throw new UsageError('--out: expected a folder');
			args.out = v;
		},
		'--theme': (value) => void (args.theme = oneOf('--theme', value(), THEMES, ' or '))
	};
}

/**
 * @param {readonly string[]} argv
 * @returns {StillsArgs}
 */
export function parseStillsArgs(argv) {
	/** @type {StillsArgs} */
	const args = {
		width: 1920,
		height: 1080,
		scale: 1,
		stories: null,
		steps: null,
		langs: null,
		out: 'stills',
		theme: 'light',
		format: 'png',
		build: true,
		jobs: 1,
		help: false
	};
	const { help } = readOptions(argv, {
		...frameOptions(args),
		'--scale': (value) => void (args.scale = parseScale(value())),
		'--story': (value) => void (args.stories = nameList('--story', value(), 'story slugs', '--story china-ai-market')),
		'--format': (value) => void (args.format = oneOf('--format', value(), FORMATS, ', ')),
		'--jobs': (value) => void (args.jobs = wholeNumber('--jobs', value(), 1, 8)),
		'--no-build': () => void (args.build = false)
	});
	args.help = help;
	const w = args.width * args.scale;
	const h = args.height * args.scale;
	if (!Number.isInteger(w) || !Number.isInteger(h)) {
		throw new UsageError(
			`--scale ${args.scale}: ${args.width}x${args.height} times ${args.scale} is not whole pixels (${w}x${h})`
		);
	}
	if (Math.max(w, h) > MAX_PIXELS_SIDE) {
		throw new UsageError(`--scale ${args.scale}: ${w}x${h} pixels is too large (at most ${MAX_PIXELS_SIDE} on a side)`);
	}
	return args;
}

/**
 * @param {string} text e.g. "1920x1080"
 * @returns {{ width: number, height: number }}
 */
export function parseSize(text) {
	const m = /^(\d+)\s*[x×]\s*(\d+)$/i.exec(text.trim());
	if (!m)
		throw new UsageError(
			`--size: expected WIDTHxHEIGHT in pixels, such as ${NAMED_SIZES.slice(0, 3).join(', ')}; got "${text}"`
		);
	const width = Number(m[1]);
	const height = Number(m[2]);
	for (const [name, v] of /** @type {const} */ ([
		['width', width],
		['height', height]
	])) {
		if (v < MIN_SIDE || v > MAX_SIDE)
			throw new UsageError(`--size: ${name} ${v} is out of range (${MIN_SIDE} to ${MAX_SIDE} pixels)`);
	}
	return { width, height };
}

/**
 * @param {string} text
 * @returns {number}
 */
export function parseScale(text) {
	const n = Number(text);
	if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(n > 0) || n > MAX_SCALE) {
		throw new UsageError(`--scale: expected a number above 0 and at most ${MAX_SCALE}, such as 2; got "${text}"`);
	}
	return n;
}

export function usage() {
	return [
		'Usage: npm run stills -- [options]',
		'',
		'  --size WxH         pixels at scale 1 (default 1920x1080; e.g. ' + NAMED_SIZES.join(', ') + ')',
		`  --scale N          pixel density, e.g. 2 for print (default 1, at most ${MAX_SCALE})`,
		'  --story slug,slug  only these stories (default: every story of the build)',
		'  --steps id,id      only these steps of the one story (default: every step)',
		'  --lang en,zh       only these languages (default: the story and every edition the build holds)',
		'  --out DIR          where the stills go: DIR/<slug>/ per story, DIR/<slug>/<lang>/ per edition (default stills/)',
		'  --theme light|dark (default light)',
		'  --format png|svg|pdf  png and svg: a file per step; pdf: one deck, a page per step (default png)',
		'  --no-build         use build/ as it is, even if stale',
		'  --jobs N           pages working in parallel (default 1: on two cores a second page costs more than it saves)'
	].join('\n');
}
