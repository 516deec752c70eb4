/**
 * Applies an affine matrix to SVG path data. A line drawn with `vector-effect: non-scaling-stroke`
 * inside a stretched viewBox has no single stroke width in its own coordinates, so the exporter
 * moves its points into the still's coordinates instead and keeps the width as drawn.
 */

/** [a, b, c, d, e, f] as in `matrix(a b c d e f)`: x' = a x + c y + e, y' = b x + d y + f. */
export type Matrix = [number, number, number, number, number, number];

const ARGS: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

/**
 * The path with every point moved by `m`, written in absolute M, L, C, Q and Z commands; null if
 * it has arcs (which a non-uniform matrix would turn into something `A` cannot say).
 */
export function transformPath(d: string, m: Matrix): string | null {
	const tokens = d.match(/[a-df-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? [];
	const out: string[] = [];
	const p = (x: number, y: number) => `${r(m[0] * x + m[2] * y + m[4])} ${r(m[1] * x + m[3] * y + m[5])}`;
	let x = 0;
	let y = 0;
	let sx = 0;
	let sy = 0;
	// The last control point, for S and T (reflected).
	let cx = 0;
	let cy = 0;
	let prev = '';
	let i = 0;
	let cmd = '';
	while (i < tokens.length) {
		if (/[a-z]/i.test(tokens[i])) cmd = tokens[i++];
		else if (!cmd) return null;
		const up = cmd.toUpperCase();
		if (up === 'A') return null;
		const rel = cmd !== up;
		const n = ARGS[up];
		if (n === undefined) return null;
		const a = tokens.slice(i, i + n).map(Number);
		if (a.length < n || a.some((v) => !Number.isFinite(v))) {
			if (n === 0) a.length = 0;
			else return null;
		}
		i += n;
		const ox = rel ? x : 0;
		const oy = rel ? y : 0;
		switch (up) {
			case 'M':
				x = a[0] + ox;
				y = a[1] + oy;
				sx = x;
				sy = y;
				out.push(`M${p(x, y)}`);
				// Further pairs after a moveto are linetos.
				cmd = rel ? 'l' : 'L';
				break;
			case 'L':
			case 'H':
			case 'V':
			case 'T': {
				if (up === 'H') x = a[0] + (rel ? x : 0);
				else if (up === 'V') y = a[0] + (rel ? y : 0);
				if (up === 'T') {
					const [qx, qy] = /[QT]/.test(prev) ? [2 * x - cx, 2 * y - cy] : [x, y];
					const nx = a[0] + ox;
					const ny = a[1] + oy;
					out.push(`Q${p(qx, qy)} ${p(nx, ny)}`);
					cx = qx;
					cy = qy;
					x = nx;
					y = ny;
					break;
				}
				if (up === 'L') {
					x = a[0] + ox;
					y = a[1] + oy;
				}
				out.push(`L${p(x, y)}`);
				break;
			}
			case 'C':
				out.push(`C${p(a[0] + ox, a[1] + oy)} ${p(a[2] + ox, a[3] + oy)} ${p(a[4] + ox, a[5] + oy)}`);
				cx = a[2] + ox;
				cy = a[3] + oy;
				x = a[4] + ox;
				y = a[5] + oy;
				break;
			case 'S': {
				const [c1x, c1y] = /[CS]/.test(prev) ? [2 * x - cx, 2 * y - cy] : [x, y];
				out.push(`C${p(c1x, c1y)} ${p(a[0] + ox, a[1] + oy)} ${p(a[2] + ox, a[3] + oy)}`);
				cx = a[0] + ox;
				cy = a[1] + oy;
				x = a[2] + ox;
				y = a[3] + oy;
				break;
			}
			case 'Q':
				out.push(`Q${p(a[0] + ox, a[1] + oy)} ${p(a[2] + ox, a[3] + oy)}`);
				cx = a[0] + ox;
				cy = a[1] + oy;
				x = a[2] + ox;
				y = a[3] + oy;
				break;
			case 'Z':
				out.push('Z');
				x = sx;
				y = sy;
				break;
		}
		prev = up;
	}
	return out.join('');
}

function r(n: number): number {
	return Math.round(n * 100) / 100;
}
