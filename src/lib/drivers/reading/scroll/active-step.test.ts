import { describe, expect, it } from 'vitest';
import { activeStepIndex, scrollSpeed, triggerLine } from './active-step.ts';
import { hashForStep, stepIdFromHash } from '../../../step/hash.ts';

const boxes = (tops: number[]) => tops.map((top) => ({ top, bottom: top + 300 }));

describe('activeStepIndex', () => {
	it('is -1 above the story, then the last step whose top crossed the line', () => {
		expect(activeStepIndex(boxes([500, 900, 1300]), 400)).toBe(-1);
		expect(activeStepIndex(boxes([400, 900, 1300]), 400)).toBe(0);
		expect(activeStepIndex(boxes([-200, 350, 1300]), 400)).toBe(1);
		expect(activeStepIndex(boxes([-2000, -1600, -1200]), 400)).toBe(2);
		expect(activeStepIndex([], 400)).toBe(-1);
	});

	it('places the trigger line as a fraction of the viewport, clamped', () => {
		expect(triggerLine(800, 0.5)).toBe(400);
		expect(triggerLine(800, 1.4)).toBe(800);
		expect(triggerLine(800, -1)).toBe(0);
	});
});

describe('hash helpers', () => {
	const ids = ['intro', 'top-five'];
	it('reads a step id from a hash, or null', () => {
		expect(stepIdFromHash('#top-five', ids)).toBe('top-five');
		expect(stepIdFromHash('top-five', ids)).toBe('top-five');
		expect(stepIdFromHash('#sources', ids)).toBeNull();
		expect(stepIdFromHash('#%E0%A4%A', ids)).toBeNull();
		expect(stepIdFromHash('', ids)).toBeNull();
	});
	it('writes a hash for a step', () => {
		expect(hashForStep('top-five')).toBe('#top-five');
	});
});

describe('scrollSpeed', () => {
	const at = (pairs: [number, number][]) => pairs.map(([t, y]) => ({ t, y }));
	it('is the distance over the time of the scroll events in the window', () => {
		// A wheel: 100 px every 16 ms.
		const wheel = at([
			[0, 0],
			[16, 100],
			[32, 200],
			[48, 300],
			[64, 400],
			[80, 500],
			[96, 600],
			[112, 700],
			[128, 800],
			[144, 900]
		]);
		expect(scrollSpeed(wheel, 150)).toBeCloseTo(6.25);
		// Reading: a smooth scroll of 5 px a frame.
		const reading = at([
			[0, 0],
			[16, 5],
			[32, 10],
			[48, 15],
			[64, 20]
		]);
		expect(scrollSpeed(reading, 70)).toBeCloseTo(0.31, 2);
	});
	it('counts either direction', () => {
		expect(
			scrollSpeed(
				at([
					[0, 1000],
					[20, 900]
				]),
				25
			)
		).toBe(5);
	});
	it('measures the first event after a pause over one frame, not the pause', () => {
		// At rest at 0 for two seconds, then a wheel notch of 100 px.
		expect(
			scrollSpeed(
				at([
					[0, 0],
					[2000, 100]
				]),
				2005
			)
		).toBeCloseTo(100 / 33);
		// The same with a busy main thread: events 120 ms apart still count one frame each.
		expect(
			scrollSpeed(
				at([
					[0, 0],
					[120, 400],
					[240, 800]
				]),
				245
			)
		).toBeCloseTo(400 / 33);
	});
	it('is 0 once scrolling has stopped, and with one sample or none', () => {
		expect(
			scrollSpeed(
				at([
					[0, 0],
					[16, 100]
				]),
				200
			)
		).toBe(0);
		expect(scrollSpeed(at([[10, 100]]), 20)).toBe(0);
		expect(scrollSpeed([], 20)).toBe(0);
	});
});
