import { describe, expect, it } from 'vitest';
import { NAMED_SIZES, parseStillsArgs, UsageError } from './args.mjs';

describe('parseStillsArgs', () => {
	it('defaults to every story and step, 1920x1080, light PNGs in stills/', () => {
		expect(parseStillsArgs([])).toMatchObject({
			width: 1920,
			height: 1080,
			scale: 1,
			stories: null,
			steps: null,
			langs: null,
			out: 'stills',
			theme: 'light',
			format: 'png',
			build: true
		});
	});

	it('reads every option, with a space or an equals sign', () => {
		const a = parseStillsArgs([
			'--size',
			'1080x1350',
			'--scale=2',
			'--story=tale',
			'--steps',
			'intro, gap,intro',
			'--lang=en',
			'--out',
			'x/y',
			'--theme',
			'dark',
			'--format=pdf',
			'--no-build',
			'--jobs',
			'2'
		]);
		expect(a).toMatchObject({
			width: 1080,
			height: 1350,
			scale: 2,
			stories: ['tale'],
			steps: ['intro', 'gap'],
			langs: ['en'],
			out: 'x/y',
			theme: 'dark',
			format: 'pdf',
			build: false,
			jobs: 2
		});
	});

	it.each(NAMED_SIZES)('takes the named size %s', (size) => {
		const [w, h] = size.split('x').map(Number);
		expect(parseStillsArgs(['--size', size])).toMatchObject({ width: w, height: h });
	});

	it.each([
		[['--size', '1920'], /--size: expected WIDTHxHEIGHT.*"1920"/],
		[['--size', 'axb'], /--size: expected WIDTHxHEIGHT/],
		[['--size', '100x100'], /--size: width 100 is out of range/],
		[['--size', '1920x9000'], /--size: height 9000 is out of range/],
		[['--scale', '0'], /--scale: expected a number above 0/],
		[['--scale', '-1'], /--scale: expected a number above 0/],
		[['--scale', 'two'], /--scale: expected a number/],
		[['--scale', '5'], /at most 4/],
		[['--size', '1281x721', '--scale', '1.5'], /not whole pixels/],
		[['--size', '7680x4320', '--scale', '4'], /too large/],
		[['--format', 'jpg'], /--format: expected png, svg, pdf, got "jpg"/],
		[['--theme', 'blue'], /--theme: expected light or dark, got "blue"/],
		[['--steps', ','], /--steps: expected step ids/],
		[['--story', ''], /--story: expected story slugs/],
		[['--steps'], /--steps needs a value/],
		[['--size', '--scale', '2'], /--size needs a value/],
		[['--jobs', '0'], /--jobs/],
		[['--frobnicate'], /unknown option "--frobnicate"/]
	])('rejects %j', (argv, message) => {
		expect(() => parseStillsArgs(argv)).toThrow(UsageError);
		expect(() => parseStillsArgs(argv)).toThrow(message);
	});
});
