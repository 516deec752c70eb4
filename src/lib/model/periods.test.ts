import { describe, expect, it } from 'vitest';
import { dayNumber, inferGrain, isoDay, nextStart, periodEnd, periodsBetween, startsPeriod } from './periods.ts';
import { formatPeriod } from './format.ts';

/** Every `step`-th period from `start`, `n` of them. */
function starts(start: string, grain: Parameters<typeof nextStart>[1], n: number): string[] {
	const out = [start];
	while (out.length < n) out.push(nextStart(out[out.length - 1], grain));
	return out;
}

describe('periods of a timeline', () => {
	it('counts days by hand in UTC, across leap years', () => {
		expect(isoDay(dayNumber('2024-02-29'))).toBe('2024-02-29');
		expect(dayNumber('2025-03-01') - dayNumber('2024-03-01')).toBe(365);
		expect(nextStart('2024-02-28', 'day')).toBe('2024-02-29');
	});

	it('ends each grain on its last day', () => {
		expect(periodEnd('2026-02-09', 'week')).toBe('2026-02-15');
		expect(periodEnd('2024-02-01', 'month')).toBe('2024-02-29');
		expect(periodEnd('2023-10-01', 'quarter')).toBe('2023-12-31');
		expect(periodEnd('2024-01-01', 'year')).toBe('2024-12-31');
		expect(nextStart('2024-12-01', 'month')).toBe('2025-01-01');
	});

	it('says where a period may start', () => {
		expect(startsPeriod('2024-03-01', 'month')).toBe(true);
		expect(startsPeriod('2024-03-02', 'month')).toBe(false);
		expect(startsPeriod('2024-05-01', 'quarter')).toBe(false);
		expect(startsPeriod('2024-07-01', 'quarter')).toBe(true);
		expect(startsPeriod('2024-02-01', 'year')).toBe(false);
	});

	it('infers the grain from the dates: the longest every row starts and one period apart somewhere', () => {
		expect(inferGrain(starts('2020-01-01', 'day', 1826))).toBe('day');
		expect(inferGrain(starts('2026-02-09', 'week', 15))).toBe('week');
		expect(inferGrain(starts('2020-01-01', 'month', 60))).toBe('month');
		expect(inferGrain(starts('2020-01-01', 'quarter', 20))).toBe('quarter');
		expect(inferGrain(starts('1990-01-01', 'year', 35))).toBe('year');
		// A missing month is still months (the check then asks for the missing row).
		expect(inferGrain(['2020-01-01', '2020-02-01', '2020-04-01'])).toBe('month');
		// Uneven dates are observations.
		expect(inferGrain(['2020-01-03', '2020-02-11', '2020-02-19', '2020-06-30'])).toBe('irregular');
		// A first row's last day names its period.
		expect(inferGrain(['2026-02-09', '2026-02-23'], '2026-02-15')).toBe('week');
		expect(inferGrain(['2026-02-09'], '2026-02-14')).toBe('irregular');
	});

	it('counts periods between two starts', () => {
		expect(periodsBetween('2020-01-01', '2024-12-01', 'month')).toBe(59);
		expect(periodsBetween('2026-02-09', '2026-05-18', 'week')).toBe(14);
		expect(periodsBetween('2020-01-01', '2020-12-31', 'day')).toBe(365);
	});

	it('writes each grain as captions and tables do', () => {
		expect(formatPeriod('2026-02-09', '2026-02-15', 'week')).toBe('9-15 Feb');
		expect(formatPeriod('2026-03-30', '2026-04-05', 'week')).toBe('30 Mar-5 Apr');
		expect(formatPeriod('2024-12-30', '2025-01-05', 'week')).toBe('30 Dec 2024-5 Jan 2025');
		expect(formatPeriod('2024-03-04', '2024-03-04', 'day')).toBe('4 Mar');
		expect(formatPeriod('2024-03-04', '2024-03-04', 'day', true)).toBe('4 Mar 2024');
		expect(formatPeriod('2024-03-01', '2024-03-31', 'month')).toBe('Mar 2024');
		expect(formatPeriod('2024-07-01', '2024-09-30', 'quarter')).toBe('Q3 2024');
		expect(formatPeriod('2024-01-01', '2024-12-31', 'year')).toBe('2024');
	});
});
