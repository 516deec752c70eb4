import { describe, expect, it } from 'vitest';
import { layoutLabels, spreadColumn, type LabelIn } from './label-layout';

const m = { offset: 10, fontSize: 14 };
const label = (
	key: string,
	x: number,
	y: number | null,
	placement: LabelIn['placement'],
	text = key,
	sub: string | null = null
): LabelIn => ({
	key,
	x,
	y,
	text,
	sub,
	placement
});

describe('spreadColumn', () => {
	it('leaves labels that do not touch where they wish to be', () => {
		expect(
			spreadColumn(
				[
					{ centre: 20, height: 17 },
					{ centre: 80, height: 17 }
				],
				200
			)
		).toEqual([20, 80]);
	});
	it('spreads touching labels around the mean of their wishes, in their order, without overlap', () => {
		const [a, b, c] = spreadColumn(
			[
				{ centre: 100, height: 17 },
				{ centre: 96, height: 17 },
				{ centre: 104, height: 17 }
			],
			200
		);
		expect(b).toBeLessThan(a);
		expect(a).toBeLessThan(c);
		expect(a - b).toBeGreaterThanOrEqual(17);
		expect(c - a).toBeGreaterThanOrEqual(17);
		expect((a + b + c) / 3).toBeCloseTo(100, 5);
	});
	it('keeps a crowd inside the plot', () => {
		const centres = spreadColumn(
			[0, 1, 2, 3].map(() => ({ centre: 195, height: 17 })),
			200
		);
		expect(Math.max(...centres) + 17 / 2).toBeLessThanOrEqual(200);
	});
});

describe('layoutLabels', () => {
	it('spreads four line-end names that would sit on top of each other', () => {
		const ends = [
			label('a', 300, 100, 'right'),
			label('b', 300, 104, 'right'),
			label('c', 300, 108, 'right'),
			label('d', 300, 96, 'right')
		];
		const out = layoutLabels(ends, 260, m);
		const ys = ends.map((l) => l.y! + out.get(l.key)!.dy).sort((p, q) => p - q);
		for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(14 * 1.2);
		expect([...out.values()].every((p) => !p.hidden)).toBe(true);
	});
	it('moves a value label to the other side of its point when its own side is taken, and leaves it out when both are', () => {
		const peak = label('peak', 200, 60, 'left', 'North 21.00', 'busiest week');
		// Above its point, this one would run into the peak's label; below it is free.
		const moved = label('moved', 180, 95, 'above', 'South 16.00');
		const out = layoutLabels([peak, moved], 260, m);
		expect(out.get('moved')).toEqual({ placement: 'below', dy: 0, dx: 0, hidden: false });

		// Two more points a label's height apart in the same week: the middle one has no room.
		const crowd = [
			label('top', 100, 100, 'above', 'A 16.00'),
			label('low', 100, 130, 'below', 'C 11.00'),
			label('mid', 100, 115, 'below', 'B 14.00')
		];
		const out2 = layoutLabels(crowd, 260, m);
		expect(out2.get('top')!.hidden).toBe(false);
		expect(out2.get('low')!.hidden).toBe(false);
		expect(out2.get('mid')!.hidden).toBe(true);
	});
	it('leaves two well-separated series as the scene placed them', () => {
		const two = [
			label('us', 100, 60, 'above', 'US 5.0T'),
			label('cn', 100, 150, 'below', 'Chinese 6.1T'),
			label('top', 100, null, 'top', 'US ahead')
		];
		const out = layoutLabels(two, 260, m);
		expect(out.get('us')).toEqual({ placement: 'above', dy: 0, dx: 0, hidden: false });
		expect(out.get('cn')).toEqual({ placement: 'below', dy: 0, dx: 0, hidden: false });
		expect(out.get('top')).toEqual({ placement: 'top', dy: 0, dx: 0, hidden: false });
	});
});

describe('labels inside the plot', () => {
	const m = { offset: 10, fontSize: 13 };
	const bounds = { left: -34, right: 300 };
	it('slides a value label near an edge back inside, and keeps it there', () => {
		const edge: LabelIn = { key: 'v', x: 296, y: 120, text: 'Timișoara €99.08', sub: null, placement: 'above' };
		const place = layoutLabels([edge], 260, m, bounds).get('v')!;
		expect(place.hidden).toBe(false);
		expect(place.dx).toBeLessThan(0);
		const w = edge.text.length * 13 * 0.62 + 6;
		expect(edge.x + place.dx + w / 2).toBeLessThanOrEqual(bounds.right + 0.5);
	});
	it('puts a name beside a point on the other side when its own would leave the plot', () => {
		const peak: LabelIn = { key: 'p', x: 4, y: 60, text: 'Timișoara €159.45', sub: 'dearest day', placement: 'left' };
		expect(layoutLabels([peak], 260, m, bounds).get('p')!.placement).toBe('right');
	});
	it('hides a label at the top that would cover another', () => {
		const a: LabelIn = { key: 'a', x: 100, y: null, text: 'Plzeň cheapest', sub: null, placement: 'top' };
		const b: LabelIn = { ...a, key: 'b', x: 110 };
		const out = layoutLabels([a, b], 260, m, bounds);
		expect(out.get('a')!.hidden).toBe(false);
		expect(out.get('b')!.hidden).toBe(true);
	});
});
