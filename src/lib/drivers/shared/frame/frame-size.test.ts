import { describe, expect, it } from 'vitest';
import { frameSize, stillShape } from './frame-size.js';

describe('frameSize', () => {
	it.each([
		[1920, 1080, 1280, 720, 1.5],
		[1280, 720, 1280, 720, 1],
		[3840, 2160, 1280, 720, 3],
		[1080, 1350, 720, 900, 1.5],
		[1080, 1920, 720, 1280, 1.5],
		[1200, 630, 1200, 630, 1]
	])('%ix%i is a %ix%i page at %fx', (w, h, cw, ch, zoom) => {
		expect(frameSize(w, h)).toMatchObject({ width: cw, height: ch, zoom });
	});

	it('always gives whole CSS pixels', () => {
		for (const [w, h] of [
			[1000, 777],
			[2001, 1003],
			[2500, 1500],
			[7680, 4320]
		]) {
			const f = frameSize(w, h);
			expect(Number.isInteger(f.width) && Number.isInteger(f.height)).toBe(true);
			expect(f.width * f.zoom).toBe(w);
		}
	});

	it('lays a small still out on a bigger page and shrinks it', () => {
		expect(frameSize(640, 360)).toMatchObject({ width: 1280, height: 720, zoom: 0.5 });
		expect(frameSize(320, 320)).toMatchObject({ width: 640, height: 640, zoom: 0.5 });
		expect(frameSize(600, 600)).toMatchObject({ width: 600, height: 600, zoom: 1 });
	});
});

describe('stillShape', () => {
	it('puts the words under the chart on squares and portraits', () => {
		expect(stillShape(1920, 1080)).toBe('landscape');
		expect(stillShape(1200, 630)).toBe('landscape');
		expect(stillShape(1080, 1080)).toBe('portrait');
		expect(stillShape(1080, 1350)).toBe('portrait');
		expect(stillShape(1080, 1920)).toBe('portrait');
	});
});
