import { describe, expect, it } from 'vitest';
import { scrollTargetFor, wheelNotches } from './scrolling.mjs';

describe('scrollTargetFor', () => {
	it('puts the element top just past the trigger line', () => {
		// line at 0.5 * 800 = 400; top 2000 → scrollY 1600 + 8
		expect(scrollTargetFor({ elementTop: 2000, viewportHeight: 800, offset: 0.5, maxScroll: 10_000 })).toBe(1608);
	});
	it('clamps to the page', () => {
		expect(scrollTargetFor({ elementTop: 100, viewportHeight: 800, offset: 0.5, maxScroll: 10_000 })).toBe(0);
		expect(scrollTargetFor({ elementTop: 9000, viewportHeight: 800, offset: 0.5, maxScroll: 5000 })).toBe(5000);
	});
	it('clamps the offset to [0, 1]', () => {
		expect(scrollTargetFor({ elementTop: 1000, viewportHeight: 800, offset: 2, maxScroll: 10_000, past: 0 })).toBe(200);
	});
});

describe('wheelNotches', () => {
	it('counts the notches from top to bottom, plus a few', () => {
		expect(wheelNotches({ maxScroll: 1000, delta: 100 })).toBe(15);
		expect(wheelNotches({ maxScroll: 1050, delta: 100, extra: 0 })).toBe(11);
		expect(wheelNotches({ maxScroll: -5, delta: 100, extra: 2 })).toBe(2);
		expect(() => wheelNotches({ maxScroll: 100, delta: 0 })).toThrow(/positive/);
	});
});
