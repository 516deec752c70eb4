import { describe, expect, it } from 'vitest';
import { parseClipsArgs, parseHold } from './args.mjs';
import { UsageError } from '../cli-args.mjs';

describe('parseClipsArgs', () => {
	it('defaults to every step, 1920x1080, light MP4 at 30 fps in clips/, the default hold', () => {
		expect(parseClipsArgs([])).toEqual({
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
		});
	});

	it('reads every option, with a space or an equals sign', () => {
		const a = parseClipsArgs([
			'--size',
			'1080x1920',
			'--story',
			'x',
			'--steps=intro, gap,intro',
			'--lang',
			'zh,ar',
			'--out',
			'x/y',
			'--theme',
			'dark',
			'--format=webm',
			'--fps',
			'60',
			'--hold',
			'0.5',
			'--whole',
			'--no-build'
		]);
		expect(a).toEqual({
			width: 1080,
			height: 1920,
			stories: ['x'],
			steps: ['intro', 'gap'],
			langs: ['zh', 'ar'],
			out: 'x/y',
			theme: 'dark',
			format: 'webm',
			fps: 60,
			hold: 0.5,
			whole: true,
			build: false,
			help: false
		});
	});

	it.each([
		[['--fps', '25'], /--fps: expected 30 or 60, got "25"/],
		[['--fps', '30.0'], /--fps: expected 30 or 60/],
		[['--format', 'mov'], /--format: expected mp4, webm, gif, got "mov"/],
		[['--size', '1081x1080'], /odd side; MP4 video \(yuv420p\) needs even sides, e\.g\. 1082x1080/],
		[['--format', 'webm', '--size', '1080x1351'], /odd side; WEBM video/],
		[['--format', 'gif', '--fps', '60'], /a GIF plays at 30 fps at most/],
		[['--hold'], /--hold needs a value/],
		[['--steps', ' , '], /--steps: expected step ids/],
		[['--lang', ','], /--lang: expected language codes/],
		[['--scale', '2'], /unknown option "--scale" \(try --help\)/],
		[['--theme', 'sepia'], /--theme: expected light or dark/]
	])('refuses %j', (argv, message) => {
		expect(() => parseClipsArgs(argv)).toThrow(UsageError);
		expect(() => parseClipsArgs(argv)).toThrow(message);
	});

	it('lets a GIF have an odd side (it is not yuv420p)', () => {
		expect(parseClipsArgs(['--format', 'gif', '--size', '801x451'])).toMatchObject({ width: 801, height: 451 });
	});
});

describe('parseHold', () => {
	it('takes seconds above 0 up to 600', () => {
		expect(parseHold('3')).toBe(3);
		expect(parseHold('0.25')).toBe(0.25);
		expect(parseHold('600')).toBe(600);
	});
	it.each(['0', '-1', '601', 'abc', '1e3', ''])('refuses "%s"', (v) => {
		expect(() => parseHold(v)).toThrow(/--hold: expected seconds above 0 and at most 600/);
	});
});
