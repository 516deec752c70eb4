import { describe, expect, it } from 'vitest';
import { pinOffset } from './pin';

const section = { sectionTop: 500, sectionHeight: 4000, figureTop: 0, figureHeight: 800 };

describe('pinOffset', () => {
	it('leaves the figure in place while the view is above the section', () => {
		expect(pinOffset({ ...section, viewTop: 0 })).toBe(0);
		expect(pinOffset({ ...section, viewTop: 500 })).toBe(0);
	});
	it('follows the top of the view inside the section, as sticky would', () => {
		expect(pinOffset({ ...section, viewTop: 501 })).toBe(1);
		expect(pinOffset({ ...section, viewTop: 2100 })).toBe(1600);
	});
	it('stops where the figure reaches the end of the section', () => {
		expect(pinOffset({ ...section, viewTop: 3700 })).toBe(3200);
		expect(pinOffset({ ...section, viewTop: 9000 })).toBe(3200);
	});
	it('counts the figure’s own place in the section (a phone’s figure above the steps)', () => {
		expect(pinOffset({ ...section, figureTop: 100, viewTop: 700 })).toBe(100);
		expect(pinOffset({ ...section, figureTop: 100, viewTop: 9000 })).toBe(3100);
	});
	it('never moves a figure taller than its section', () => {
		expect(pinOffset({ ...section, figureHeight: 5000, viewTop: 2000 })).toBe(0);
	});
});
