import { describe, expect, it } from 'vitest';
import { stageBox } from './scale';

describe('stageBox', () => {
	it('scales 16:9 screens from a 1280x720 canvas', () => {
		expect(stageBox(1280, 720)).toEqual({ scale: 1, width: 1280, height: 720 });
		expect(stageBox(1920, 1080)).toEqual({ scale: 1.5, width: 1280, height: 720 });
		expect(stageBox(3840, 2160)).toEqual({ scale: 3, width: 1280, height: 720 });
	});

	it('keeps a 4:3 screen 4:3 and never scales below 1', () => {
		expect(stageBox(1024, 768)).toEqual({ scale: 1, width: 1024, height: 768 });
		const b = stageBox(1600, 1200);
		expect(b.scale).toBe(1.25);
		expect(b.width / b.height).toBeCloseTo(4 / 3);
	});
});
