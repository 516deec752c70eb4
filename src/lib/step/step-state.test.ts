import { describe, expect, it } from 'vitest';
import { StepState } from './step-state.svelte';

describe('StepState', () => {
	const ids = ['a', 'b', 'c'];

	it('starts at the first step, or a clamped start', () => {
		expect(new StepState(ids).id).toBe('a');
		expect(new StepState(ids, 7).id).toBe('c');
		expect(new StepState(ids, -2).id).toBe('a');
		expect(() => new StepState([])).toThrow();
	});

	it('moves by index, by id and by one, clamped at both ends', () => {
		const s = new StepState(ids);
		expect(s.next('stage')).toBe(true);
		expect(s.id).toBe('b');
		expect(s.goToId('c', 'hash')).toBe(true);
		expect(s.isLast).toBe(true);
		expect(s.next('stage')).toBe(false);
		expect(s.id).toBe('c');
		expect(s.go(-5, 'scroll')).toBe(true);
		expect(s.isFirst).toBe(true);
		expect(s.prev('stage')).toBe(false);
		expect(s.goToId('nope', 'hash')).toBe(false);
		expect(s.id).toBe('a');
	});

	it('remembers which driver set the step last, even without a change', () => {
		const s = new StepState(ids);
		expect(s.driver).toBe('init');
		s.go(0, 'scroll');
		expect(s.driver).toBe('scroll');
		s.go(2, 'remote');
		expect(s.driver).toBe('remote');
		expect(s.count).toBe(3);
	});
});
