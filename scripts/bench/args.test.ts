import { describe, expect, it } from 'vitest';
import { benchPort, parseArgs } from './args.mjs';

describe('parseArgs', () => {
	const names = ['weight', 'lighthouse', 'scroll'];
	it('has defaults', () => {
		expect(parseArgs([], names)).toEqual({
			build: true,
			lhRuns: 3,
			skipLighthouse: false,
			only: null,
			trace: false,
			wheelRuns: 3,
			story: null,
			lang: null,
			help: false
		});
	});
	it('reads every flag, with values spaced or after =', () => {
		const a = parseArgs(
			[
				'--no-build',
				'--lh-runs',
				'5',
				'--skip-lighthouse',
				'--only=weight,scroll',
				'--trace',
				'--story',
				'tale',
				'--lang=zh'
			],
			names
		);
		expect(a).toMatchObject({
			build: false,
			lhRuns: 5,
			skipLighthouse: true,
			only: ['weight', 'scroll'],
			trace: true,
			story: 'tale',
			lang: 'zh'
		});
		expect(parseArgs(['--lh-runs=1', '--only', 'lighthouse'], names)).toMatchObject({
			lhRuns: 1,
			only: ['lighthouse']
		});
	});
	it('rejects bad values and unknown flags', () => {
		expect(() => parseArgs(['--lh-runs', '0'], names)).toThrow(/whole number of 1 or more/);
		expect(() => parseArgs(['--lh-runs', 'x'], names)).toThrow(/whole number of 1 or more/);
		expect(() => parseArgs(['--lh-runs'], names)).toThrow(/needs a value/);
		expect(() => parseArgs(['--only', 'stills'], names)).toThrow(/unknown section "stills"/);
		expect(() => parseArgs(['--fast'], names)).toThrow(/unknown option "--fast"/);
		expect(() => parseArgs(['--wheel-runs', '0'], names)).toThrow(/whole number of 1 or more/);
	});
	it('reads --wheel-runs', () => {
		expect(parseArgs(['--wheel-runs', '5'], names).wheelRuns).toBe(5);
		expect(parseArgs(['--wheel-runs=2'], names).wheelRuns).toBe(2);
	});
});

describe('benchPort', () => {
	it('reads BENCH_PORT, defaulting to 4180', () => {
		expect(benchPort({})).toBe(4180);
		expect(benchPort({ BENCH_PORT: '' })).toBe(4180);
		expect(benchPort({ BENCH_PORT: '4190' })).toBe(4190);
		expect(() => benchPort({ BENCH_PORT: 'x' })).toThrow(/port number/);
		expect(() => benchPort({ BENCH_PORT: '70000' })).toThrow(/port number/);
	});
});
