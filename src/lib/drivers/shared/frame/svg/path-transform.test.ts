import { describe, expect, it } from 'vitest';
import { transformPath, type Matrix } from './path-transform';

const stretch: Matrix = [2, 0, 0, 3, 10, 20];

describe('transformPath', () => {
	it('moves every point of absolute and relative commands', () => {
		expect(transformPath('M0 0L10 10', stretch)).toBe('M10 20L30 50');
		expect(transformPath('m1 1l1 0 0 1z', stretch)).toBe('M12 23L14 23L14 26Z');
		expect(transformPath('M0 0H5V5', stretch)).toBe('M10 20L20 20L20 35');
	});
	it('moves curves and their reflected controls', () => {
		expect(transformPath('M0 0C1 1 2 2 3 3S5 5 6 6', [1, 0, 0, 1, 0, 0])).toBe('M0 0C1 1 2 2 3 3C4 4 5 5 6 6');
		expect(transformPath('M0 0Q1 1 2 0T4 0', [1, 0, 0, 1, 0, 0])).toBe('M0 0Q1 1 2 0Q3 -1 4 0');
	});
	it('reads numbers the way d3 writes them', () => {
		expect(transformPath('M1.5,2e1L-3,.5', [1, 0, 0, 1, 0, 0])).toBe('M1.5 20L-3 0.5');
	});
	it('gives up on arcs', () => {
		expect(transformPath('M0 0A5 5 0 0 1 10 0', stretch)).toBeNull();
	});
});
