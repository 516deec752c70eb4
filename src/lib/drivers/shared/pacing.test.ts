import { describe, expect, it } from 'vitest';
import { clockText, pace, plan, wordCount } from './pacing';

describe('pacing', () => {
	it('shares the talk among steps by their weight', () => {
		expect(plan([1, 1, 2], 400)).toEqual([0, 100, 200, 400]);
		// A step with no words still gets a share.
		expect(plan([0, 1], 100)).toEqual([0, 50, 100]);
	});

	it('is on pace inside the step slot, ahead before it, behind after it', () => {
		const starts = plan([1, 1, 1, 1], 240); // 0, 60, 120, 180, 240
		expect(pace(starts, 1, 90)).toMatchObject({ status: 'on-pace', seconds: 0 });
		expect(pace(starts, 2, 90)).toMatchObject({ status: 'ahead', seconds: 30 });
		expect(pace(starts, 0, 100)).toMatchObject({ status: 'behind', seconds: -40 });
		expect(pace(starts, 3, 300)).toMatchObject({ status: 'behind', seconds: -60, plannedEnd: 240 });
		// Out-of-range steps are read as the nearest real one.
		expect(pace(starts, 9, 200)).toMatchObject({ status: 'on-pace', plannedStart: 180 });
	});

	it('writes clock times', () => {
		expect(clockText(0)).toBe('0:00');
		expect(clockText(245.9)).toBe('4:05');
		expect(clockText(3723)).toBe('1:02:03');
		expect(clockText(-30)).toBe('-0:30');
	});

	it('counts words', () => {
		expect(wordCount('  Four of the\ntop five  ')).toBe(5);
		expect(wordCount('')).toBe(0);
	});
});
