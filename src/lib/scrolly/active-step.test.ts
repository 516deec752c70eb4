import { describe, expect, it } from 'vitest';
import { activeStepIndex, triggerLine } from './active-step.ts';
import { hashForStep, stepIdFromHash } from './hash.ts';

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
