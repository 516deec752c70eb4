import { describe, expect, it } from 'vitest';
import {
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

	it('prints dollars without false precision', () => {
		expect(formatUsd(15)).toBe('$15');
		expect(formatUsd(0.4)).toBe('$0.40');
		expect(formatUsd(0.325)).toBe('$0.33');
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
