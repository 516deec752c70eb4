/**
 * An HTML box's own shape beyond its rounded rect: its CSS transform (`transform`, `rotate`,
 * `scale`, `translate` about its `transform-origin`) and a `clip-path: polygon(…)`. The line
 * chart's markers take their shapes this way (a diamond is a rotated square, a triangle a clipped
 * one), and a box's bounding rect alone would draw every one of them as a square, so an exported
 * chart would tell its series apart by colour only. Pure functions over the strings
 * getComputedStyle gives, so they are tested without a browser.
 */
import type { Matrix } from './path-transform';
import type { Rect } from './writer';

/** The computed style a box's shape depends on. */
export interface ShapeStyle {
	transform: string;
	rotate: string;
	scale: string;
	translate: string;
	transformOrigin: string;
	clipPath: string;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `a` then `b` applied to a point is `multiply(a, b)`: b first, then a (as in `a · b`). */
export function multiply(a: Matrix, b: Matrix): Matrix {
	return [
		a[0] * b[0] + a[2] * b[1],
		a[1] * b[0] + a[3] * b[1],
		a[0] * b[2] + a[2] * b[3],
		a[1] * b[2] + a[3] * b[3],
		a[0] * b[4] + a[2] * b[5] + a[4],
		a[1] * b[4] + a[3] * b[5] + a[5]
	];
}

/** A length of a box of size `size`: px or a percentage of it; null for anything else (calc, em). */
function length(css: string, size: number): number | null {
	const m = /^(-?[\d.]+(?:e-?\d+)?)(px|%)?$/.exec(css.trim());
	if (!m) return null;
	const v = parseFloat(m[1]);
	return m[2] === '%' ? (v / 100) * size : v;
}

function angle(css: string): number | null {
	const m = /^(-?[\d.]+(?:e-?\d+)?)(deg|rad|turn|grad)$/.exec(css.trim());
	if (!m) return null;
	const v = parseFloat(m[1]);
	const deg = m[2] === 'rad' ? (v * 180) / Math.PI : m[2] === 'turn' ? v * 360 : m[2] === 'grad' ? v * 0.9 : v;
	return (deg * Math.PI) / 180;
}

/**
 * The box's own transform, in its untransformed layout coordinates (origin at its top left,
 * `w` by `h`); null when it has none or one this cannot read (3D, an axis rotation).
 */
export function ownMatrix(s: ShapeStyle, w: number, h: number): Matrix | null {
	let m: Matrix = IDENTITY;
	let any = false;
	if (s.translate && s.translate !== 'none') {
		const [tx, ty = '0px'] = s.translate.trim().split(/\s+/);
		const x = length(tx, w);
		const y = length(ty, h);
		if (x === null || y === null) return null;
		m = multiply(m, [1, 0, 0, 1, x, y]);
		any = true;
	}
	if (s.rotate && s.rotate !== 'none') {
		const a = angle(s.rotate);
		if (a === null) return null;
		m = multiply(m, [Math.cos(a), Math.sin(a), -Math.sin(a), Math.cos(a), 0, 0]);
		any = true;
	}
	if (s.scale && s.scale !== 'none') {
		const [sx, sy = sx] = s.scale.trim().split(/\s+/).map(Number);
		if (!Number.isFinite(sx) || !Number.isFinite(sy)) return null;
		m = multiply(m, [sx, 0, 0, sy, 0, 0]);
		any = true;
	}
	if (s.transform && s.transform !== 'none') {
		const t = /^matrix\(([^)]*)\)$/.exec(s.transform.trim());
		const v = t ? t[1].split(',').map(Number) : [];
		if (v.length !== 6 || v.some((n) => !Number.isFinite(n))) return null;
		m = multiply(m, v as Matrix);
		any = true;
	}
	if (!any) return null;
	const [ox, oy = '50%'] = (s.transformOrigin || '50% 50%').trim().split(/\s+/);
	const x = length(ox, w);
	const y = length(oy, h);
	if (x === null || y === null) return null;
	return multiply(multiply([1, 0, 0, 1, x, y], m), [1, 0, 0, 1, -x, -y]);
}

/**
 * The points of a `clip-path: polygon(…)` in the box's layout coordinates (percentages of its
 * border box, which is the reference box here); null for none or any other clip.
 */
export function clipPolygon(css: string, w: number, h: number): [number, number][] | null {
	const m = /^polygon\((?:\s*(?:nonzero|evenodd)\s*,)?([^()]*)\)(?:\s+border-box)?$/.exec(css.trim());
	if (!m) return null;
	const points: [number, number][] = [];
	for (const pair of m[1].split(',')) {
		const [px, py] = pair.trim().split(/\s+/);
		const x = px === undefined ? null : length(px, w);
		const y = py === undefined ? null : length(py, h);
		if (x === null || y === null) return null;
		points.push([x, y]);
	}
	return points.length >= 3 ? points : null;
}

/**
 * The matrix that draws a box laid out as `w` by `h` with its own transform `own` where the
 * browser put it: `r` is its bounding rect in the drawing, which holds the transformed box. Any
 * scale of its ancestors (the same both ways) is what `r` adds to the transformed box's size.
 */
export function placeBox(own: Matrix, w: number, h: number, r: Rect): Matrix {
	const corners = [
		[0, 0],
		[w, 0],
		[0, h],
		[w, h]
	].map(([x, y]) => [own[0] * x + own[2] * y + own[4], own[1] * x + own[3] * y + own[5]]);
	const xs = corners.map((c) => c[0]);
	const ys = corners.map((c) => c[1]);
	const minX = Math.min(...xs);
	const minY = Math.min(...ys);
	const spanX = Math.max(...xs) - minX;
	const spanY = Math.max(...ys) - minY;
	const s = spanX > 0 ? r.w / spanX : spanY > 0 ? r.h / spanY : 1;
	return multiply([s, 0, 0, s, r.x - s * minX, r.y - s * minY], own);
}
