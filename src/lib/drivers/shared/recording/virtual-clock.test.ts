import { describe, expect, it } from 'vitest';
import { VirtualClock } from './virtual-clock';

describe('VirtualClock', () => {
	it('stands still until advanced, then runs what waited with the new time, once', () => {
		const clock = new VirtualClock();
		const seen: number[] = [];
		clock.frame((t) => seen.push(t));
		expect(clock.pending).toBe(1);
		expect(seen).toEqual([]);
		clock.advance(33.25);
		expect(seen).toEqual([33.25]);
		expect(clock.now()).toBe(33.25);
		clock.advance(66.5);
		expect(seen).toEqual([33.25]);
		expect(clock.pending).toBe(0);
	});

	it('runs a callback asked for during a frame at the next frame, and honours a cancel', () => {
		const clock = new VirtualClock();
		const seen: number[] = [];
		const loop = (t: number) => {
			seen.push(t);
			if (seen.length < 3) clock.frame(loop);
		};
		clock.frame(loop);
		const cancel = clock.frame(() => seen.push(-1));
		cancel();
		for (const t of [10, 20, 30, 40]) clock.advance(t);
		expect(seen).toEqual([10, 20, 30]);
	});

	it('never goes back', () => {
		const clock = new VirtualClock();
		clock.advance(100);
		expect(() => clock.advance(99)).toThrow(/only goes forward/);
		expect(clock.recording).toBe(true);
	});
});
