import { describe, expect, it } from 'vitest';
import { clipPolygon, ownMatrix, placeBox, type ShapeStyle } from './box-shape';
import type { Matrix } from './path-transform';

/** The computed style of the line chart's markers (`Points.svelte`), 11px, as Chromium gives it. */
const plain: ShapeStyle = {
	transform: 'none',
	rotate: 'none',
	scale: 'none',
	translate: 'none',
	transformOrigin: '5.5px 5.5px',
	clipPath: 'none'
};
const SHAPES: Record<string, ShapeStyle> = {
	circle: plain,
	square: plain,
	diamond: { ...plain, rotate: '45deg', scale: '0.85' },
	triangle: { ...plain, clipPath: 'polygon(50% 0px, 100% 100%, 0px 100%)' }
};

const apply = (m: Matrix, [x, y]: [number, number]) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
const near = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 6));

describe('a marker box keeps its shape', () => {
	it('a circle and a square have no transform or clip: their bounding rect and radius draw them', () => {
		for (const s of [SHAPES.circle, SHAPES.square]) {
			expect(ownMatrix(s, 11, 11)).toBeNull();
			expect(clipPolygon(s.clipPath, 11, 11)).toBeNull();
		}
	});

	it('a diamond is the square turned 45° and scaled about its centre: its corners point up, right, down, left', () => {
		const m = ownMatrix(SHAPES.diamond, 11, 11)!;
		const half = (11 / 2) * 0.85 * Math.SQRT2;
		near(apply(m, [0, 0]), [5.5, 5.5 - half]);
		near(apply(m, [11, 0]), [5.5 + half, 5.5]);
		near(apply(m, [11, 11]), [5.5, 5.5 + half]);
		near(apply(m, [0, 11]), [5.5 - half, 5.5]);
		// Placed in the rect the browser measured for it, its corners touch that rect's sides.
		const r = { x: 100, y: 50, w: 2 * half, h: 2 * half };
		const p = placeBox(m, 11, 11, r);
		near(apply(p, [0, 0]), [100 + half, 50]);
		near(apply(p, [11, 0]), [100 + 2 * half, 50 + half]);
		near(apply(p, [0, 11]), [100, 50 + half]);
	});

	it('a triangle is the square clipped by its polygon, in the box coordinates', () => {
		expect(ownMatrix(SHAPES.triangle, 11, 11)).toBeNull();
		expect(clipPolygon(SHAPES.triangle.clipPath, 11, 11)).toEqual([
			[5.5, 0],
			[11, 11],
			[0, 11]
		]);
		expect(clipPolygon('polygon(evenodd, 0px 0px, 10px 0px, 10px 10px)', 20, 20)).toEqual([
			[0, 0],
			[10, 0],
			[10, 10]
		]);
	});

	it('an ancestor scale is what the measured rect adds to the turned box', () => {
		const p = placeBox([1, 0, 0, 1, 0, 0], 10, 10, { x: 5, y: 5, w: 20, h: 20 });
		expect(p).toEqual([2, 0, 0, 2, 5, 5]);
	});

	it('reads translate, matrix transforms and origins; gives up on what it cannot read', () => {
		const m = ownMatrix({ ...plain, translate: '2px 50%', transform: 'matrix(2, 0, 0, 2, 0, 0)' }, 10, 10)!;
		// Scaled 2x about 5.5,5.5 then moved by 2px, 5px.
		near(apply(m, [0, 0]), [-5.5 + 2, -5.5 + 5]);
		expect(ownMatrix({ ...plain, rotate: 'x 45deg' }, 10, 10)).toBeNull();
		expect(
			ownMatrix({ ...plain, transform: 'matrix3d(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1)' }, 10, 10)
		).toBeNull();
		expect(clipPolygon('circle(50%)', 10, 10)).toBeNull();
		expect(clipPolygon('polygon(calc(50% + 1px) 0px, 1px 1px, 2px 2px)', 10, 10)).toBeNull();
	});
});
