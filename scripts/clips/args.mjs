/**
 * The command line of `npm run clips` (scripts/clips.mjs), parsed and checked. Pure: no disk, no
 * browser, so scripts/clips/args.test.ts covers every rule. Sizes, themes and steps are read as
 * `npm run stills` reads them.
 */
import { nameList, readOptions, UsageError } from '../cli-args.mjs';
import { frameOptions, oneOf } from '../stills/args.mjs';
import { CLIP_FORMATS, CLIP_FPS } from '../../src/lib/drivers/shared/recording/formats.js';
import { DEFAULT_HOLD_S } from '../../src/lib/drivers/shared/recording/plan.js';

/** The sizes the issue names; any even WxH within the stills' limits works too. */
export const CLIP_SIZES = ['1920x1080', '1080x1920', '1080x1350', '1280x720'];
/** Longest hold, in seconds (a whole talk's step may be held this long). */
export const MAX_HOLD_S = 600;

/**
 * @typedef {object} ClipsArgs
 * @property {number} width
 * @property {number} height
 * @property {string[] | null} stories story slugs, or null for every story of the build
 * @property {string[] | null} steps step ids, or null for every step
 * @property {string[] | null} langs language codes, or null for the story's and every edition's
 * @property {string} out
 * @property {'light' | 'dark'} theme
 * @property {import('../../src/lib/drivers/shared/recording/formats.js').ClipFormat} format
 * @property {number} fps
 * @property {number | null} hold seconds on each step's final state (null: the default, or the talk's pacing with --whole)
 * @property {boolean} whole one video of every chosen step, with captions and chapters
 * @property {boolean} build
 * @property {boolean} help
 */

/**
 * @param {readonly string[]} argv
 * @returns {ClipsArgs}
 */
export function parseClipsArgs(argv) {
	/** @type {ClipsArgs} */
	const args = {
		width: 1920,
		height: 1080,
		stories: null,
		steps: null,
		langs: null,
		out: 'clips',
		theme: 'light',
		format: 'mp4',
		fps: 30,
		hold: null,
		whole: false,
		build: true,
		help: false
	};
	const { help } = readOptions(argv, {
		...frameOptions(args),
		'--story': (value) => void (args.stories = nameList('--story', value(), 'story slugs', '--story china-ai-market')),
		'--format': (value) => void (args.format = oneOf('--format', value(), CLIP_FORMATS, ', ')),
		'--fps': (value) => {
			const v = value();
			if (!/^\d+$/.test(v.trim()) || !CLIP_FPS.includes(Number(v)))
				throw new UsageError(`--fps: expected ${CLIP_FPS.join(' or ')}, got "${v}"`);
			args.fps = Number(v);
		},
		'--hold': (value) => void (args.hold = parseHold(value())),
		'--whole': () => void (args.whole = true),
		'--no-build': () => void (args.build = false)
	});
	args.help = help;
	if (args.format !== 'gif' && (args.width % 2 || args.height % 2)) {
		throw new UsageError(
			`--size: ${args.width}x${args.height} has an odd side; ${args.format.toUpperCase()} video (yuv420p) needs even sides, e.g. ${args.width + (args.width % 2)}x${args.height + (args.height % 2)}`
		);
	}
	if (args.format === 'gif' && args.fps !== 30) {
		throw new UsageError(
			'--fps: a GIF plays at 30 fps at most (its delays are whole hundredths of a second, and browsers slow shorter ones down); use --fps 30, or --format mp4 or webm for 60'
		);
	}
	return args;
}

/**
 * Seconds, e.g. "3" or "0.5": above 0 and at most MAX_HOLD_S.
 * @param {string} text
 */
export function parseHold(text) {
	const n = Number(text);
	if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(n > 0) || n > MAX_HOLD_S) {
		throw new UsageError(`--hold: expected seconds above 0 and at most ${MAX_HOLD_S}, such as 3 or 0.5; got "${text}"`);
	}
	return n;
}

export function usage() {
	return [
		'Usage: npm run clips -- [options]',
		'',
		`  --size WxH         pixels (default 1920x1080; e.g. ${CLIP_SIZES.join(', ')}); even sides for MP4 and WebM`,
		'  --story slug,slug  only these stories (default: every story of the build)',
		'  --steps id,id      only these steps of the one story (default: every step)',
		'  --lang en,zh       only these languages (default: the story and every edition the build holds)',
		'  --out DIR          where the clips go: DIR/<slug>/ per story, DIR/<slug>/<lang>/ per edition (default clips/)',
		'  --theme light|dark (default light)',
		`  --format ${CLIP_FORMATS.join('|')}  MP4 (H.264), WebM (VP9), or GIF (at most 800 px wide) (default mp4)`,
		`  --fps ${CLIP_FPS.join('|')}         frames per second (default 30; GIF: 30)`,
		`  --hold S           seconds on each step's final state (default ${DEFAULT_HOLD_S}; with --whole, each step's time)`,
		"  --whole            one video of the steps (talk.<format>), each for its share of the talk's",
		'                     minutes (meta.talkMinutes) or --hold, with talk.captions.vtt and talk.chapters.vtt',
		'  --no-build         use build/ as it is, even if stale'
	].join('\n');
}
