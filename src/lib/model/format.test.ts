import { describe, expect, it } from 'vitest';
import {
	decimals,
	NOT_REPORTED,
	formatDay,
	formatPct,
	formatPoints,
	formatScore,
	formatTokens,
	formatUsd,
	formatWeek
} from './format.ts';

describe('formats', () => {
	it('prints tokens, shares and points, and says "not reported" for null', () => {
		expect(formatTokens(8.21)).toBe('8.21T');
		expect(formatTokens(12.96, 1)).toBe('13.0T');
		expect(formatTokens(null)).toBe(NOT_REPORTED);
		expect(formatPct(17.8)).toBe('17.8%');
		expect(formatPct(null)).toBe(NOT_REPORTED);
		expect(formatPoints(46.6 - 37.1)).toBe('9.5 pts');
	});

	it('prints dollars at the precision the source gives, no more and no less', () => {
		expect(formatUsd(15)).toBe('$15');
		expect(formatUsd(0.4)).toBe('$0.40');
		expect(formatUsd(1.95)).toBe('$1.95');
		expect(formatUsd(0.325)).toBe('$0.325');
		expect(formatUsd(null)).toBe(NOT_REPORTED);
	});

	it('marks approximate scores and stated errors', () => {
		expect(formatScore(1753)).toBe('1,753');
		expect(formatScore(57.3)).toBe('57.3');
		expect(formatScore(800, { approximate: true, error: 28 })).toBe('~800 ±28');
		expect(formatScore(null)).toBe(NOT_REPORTED);
	});

	it('prints days and weeks the same on any time zone', () => {
		expect(formatDay('2026-02-09')).toBe('9 Feb');
		expect(formatWeek('2026-02-09', '2026-02-15')).toBe('9-15 Feb');
		expect(formatWeek('2026-03-30', '2026-04-05')).toBe('30 Mar-5 Apr');
	});
});

describe('decimals', () => {
	it('prints what Intl.NumberFormat en-US prints, for every value the story could hold', () => {
		const values = [
			0, 0.05, 0.5, 1, 1.005, 2.675, 4.75, 8.21, 9.5, 12.3, 17.8, 46.6, 99.95, 999.5, 1234.5, 1e6, 123456.789, -0.04,
			-3.25, -1234.5
		];
		for (const [min, max] of [
			[0, 0],
			[1, 1],
			[2, 2],
			[0, 1],
			[0, 2],
			[1, 2]
		]) {
			const intl = new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max });
			for (const v of values) expect(decimals(v, min, max), `${v} with ${min}-${max} decimals`).toBe(intl.format(v));
		}
	});

	it('agrees with Intl on a sweep of halves and thousandths', () => {
		const intl = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
		for (let k = -20000; k <= 20000; k += 7) {
			for (const v of [k / 1000, k / 200, k * 12.345]) expect(decimals(v, 1, 2), String(v)).toBe(intl.format(v));
		}
	});
});
