import { describe, expect, it } from 'vitest';
import { nameList, readOptions, UsageError, wholeNumber } from './cli-args.mjs';

describe('readOptions', () => {
	it('calls each flag, taking a spaced or inline value when asked', () => {
		const seen: string[] = [];
		const r = readOptions(['--a', '--b', 'x', '--b=y=z', '-h'], {
			'--a': () => void seen.push('a'),
			'--b': (value) => void seen.push(`b:${value()}`)
		});
		expect(seen).toEqual(['a', 'b:x', 'b:y=z']);
		expect(r.help).toBe(true);
	});

	it.each([
		[['--nope'], /unknown option "--nope" \(try --help\)/],
		[['--b'], /--b needs a value/],
		[['--b', '--a'], /--b needs a value/],
		[['--a=1'], /--a takes no value/],
		[['toString'], /unknown option "toString"/]
	])('refuses %j', (argv, message) => {
		const options = { '--a': () => {}, '--b': (value: () => string) => void value() };
		expect(() => readOptions(argv, options)).toThrow(UsageError);
		expect(() => readOptions(argv, options)).toThrow(message);
	});
});

describe('values', () => {
	it('reads whole numbers within bounds', () => {
		expect(wholeNumber('--n', '3')).toBe(3);
		expect(() => wholeNumber('--n', '0')).toThrow('--n: expected a whole number of 1 or more, got "0"');
		expect(() => wholeNumber('--n', '1.5', 1, 8)).toThrow('from 1 to 8');
		expect(() => wholeNumber('--n', '9', 1, 8)).toThrow('from 1 to 8');
	});

	it('reads comma lists, each name once', () => {
		expect(nameList('--s', ' a, b,a ', 'ids', '--s a,b')).toEqual(['a', 'b']);
		expect(() => nameList('--s', ',', 'ids', '--s a,b')).toThrow('--s: expected ids separated by commas, e.g. --s a,b');
	});
});
