import { describe, expect, it } from 'vitest';
import { readGesture } from './gestures';

const stroke = (x0: number, y0: number, x1: number, y1: number, ms = 200) => ({ x0, y0, x1, y1, ms, width: 900 });

describe('readGesture', () => {
	it('a swipe left goes on, a swipe right goes back', () => {
		expect(readGesture(stroke(600, 300, 300, 320))).toBe('next');
		expect(readGesture(stroke(300, 300, 600, 280))).toBe('prev');
	});

	it('a mostly vertical or slow or short stroke is no swipe', () => {
		expect(readGesture(stroke(600, 100, 520, 400))).toBeNull();
		expect(readGesture(stroke(600, 300, 300, 300, 2000))).toBeNull();
		expect(readGesture(stroke(450, 300, 420, 300))).toBeNull();
	});

	it('a tap in the right third goes on, in the left third back, in the middle nothing', () => {
		expect(readGesture(stroke(800, 300, 802, 301))).toBe('next');
		expect(readGesture(stroke(100, 300, 100, 300))).toBe('prev');
		expect(readGesture(stroke(450, 300, 450, 300))).toBeNull();
		// A long press is no tap.
		expect(readGesture(stroke(800, 300, 800, 300, 900))).toBeNull();
	});

	it('right to left, mirrored: a swipe right and a tap in the left third go on', () => {
		expect(readGesture(stroke(300, 300, 600, 280), 'rtl')).toBe('next');
		expect(readGesture(stroke(600, 300, 300, 320), 'rtl')).toBe('prev');
		expect(readGesture(stroke(100, 300, 100, 300), 'rtl')).toBe('next');
		expect(readGesture(stroke(800, 300, 802, 301), 'rtl')).toBe('prev');
		expect(readGesture(stroke(450, 300, 450, 300), 'rtl')).toBeNull();
		expect(readGesture(stroke(600, 100, 520, 400), 'rtl')).toBeNull();
	});
});
