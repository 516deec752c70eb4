import { describe, expect, it } from 'vitest';
import { transitionMs } from './motion.svelte';
import { interpolator } from './tween.svelte';
import { VirtualClock } from '../drivers/shared/recording/virtual-clock';
import { fadeAt } from './swap';

describe('interpolator', () => {
	it('moves numbers, arrays and objects of them; keys come from the target', () => {
		expect(interpolator(0, 10)(0.25)).toBe(2.5);
		expect(interpolator([0, 10], [10, 20])(0.5)).toEqual([5, 15]);
		expect(interpolator({ a: { x: 0 }, b: 1 }, { a: { x: 4 }, b: 3 })(0.5)).toEqual({ a: { x: 2 }, b: 2 });
		expect(interpolator(new Date(0), new Date(1000))(0.5).getTime()).toBe(500);
	});

	it('jumps at the end for what cannot move (strings, a key missing on one side)', () => {
		const f = interpolator<unknown>('a', 'b');
		expect(f(0.99)).toBe('a');
		expect(f(1)).toBe('b');
		expect(interpolator<Record<string, unknown>>({}, { x: 1 })(0.5)).toEqual({ x: undefined });
	});
});

describe('transitionMs', () => {
	it("always moves on a clip's clock", () => {
		expect(transitionMs(500, new VirtualClock())).toBe(500);
	});
});

describe('fadeAt (the cross-fade with its delay inside)', () => {
	it('stays transparent through the delay, then rises linearly', () => {
		expect(fadeAt(0, 150, 350)).toBe(0);
		expect(fadeAt(0.3, 150, 350)).toBe(0);
		expect(fadeAt(0.65, 150, 350)).toBeCloseTo(0.5);
		expect(fadeAt(1, 150, 350)).toBe(1);
		expect(fadeAt(0.5, 0, 250)).toBe(0.5);
	});
});
