import { describe, expect, it } from 'vitest';
import { framesOf, stepTimeline, wholeTimeline } from './plan.js';
import { plan } from '../pacing';

describe("a step's clip", () => {
	it('leads with the previous step, moves, then holds; the first step holds only', () => {
		expect(stepTimeline(true, 3, 30)).toEqual({
			fps: 30,
			frames: 15 + 30 + 90,
			changes: [
				{ frame: 0, index: 0 },
				{ frame: 15, index: 1 }
			]
		});
		expect(stepTimeline(true, 0.5, 60)).toEqual({
			fps: 60,
			frames: 30 + 60 + 30,
			changes: [
				{ frame: 0, index: 0 },
				{ frame: 30, index: 1 }
			]
		});
		expect(stepTimeline(false, 3, 30)).toEqual({ fps: 30, frames: 90, changes: [{ frame: 0, index: 0 }] });
	});
});

describe('the whole talk', () => {
	it('changes step on the frame nearest each planned time, so rounding never adds up', () => {
		const t = wholeTimeline([1.01, 1.01, 1.01], 30);
		expect(t.changes.map((c) => c.frame)).toEqual([0, 30, 61]);
		expect(t.frames).toBe(framesOf(3030, 30));
	});

	it("follows the presenter view's pacing: each step's share of the talk", () => {
		const starts = plan([100, 300, 100], 10 * 60);
		const seconds = starts.slice(1).map((s, i) => s - starts[i]);
		const t = wholeTimeline(seconds, 30);
		expect(t.frames).toBe(10 * 60 * 30);
		expect(t.changes).toEqual([
			{ frame: 0, index: 0 },
			{ frame: 120 * 30, index: 1 },
			{ frame: 480 * 30, index: 2 }
		]);
	});
});
