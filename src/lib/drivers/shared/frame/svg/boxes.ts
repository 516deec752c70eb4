/**
 * The HTML boxes of the page: ring shadows, background colours, hatching (repeating-linear-
 * gradient, as a pattern or as clipped stripes), solid gradient bands and borders, with rounded
 * corners, turned and clipped as the box's own transform and `clip-path: polygon(…)` say.
 */
import { clipPolygon, ownMatrix, placeBox } from './box-shape';
import {
	parseBoxShadow,
	parseColor,
	parseSolidGradient,
	parseStripes,
	placeBackground,
	round,
	type Stripes
} from './css-values';
import { fillAttrs, outside, rectEl, type Rect, type Writer } from './writer';

function radius(css: string, size: number): number {
	const v = parseFloat(css);
	if (!Number.isFinite(v)) return 0;
	return css.endsWith('%') ? (v / 100) * size : v;
}

/**
 * One element's box where its own transform or polygon clip gives it another shape than its
 * bounding rect `r` (a marker's diamond or triangle): painted in its layout coordinates inside a
 * group that places, turns and clips it as the browser does. Its children are not in the group:
 * each is painted at its own bounding rect.
 */
export function paintElementBox(
	w: Writer,
	el: HTMLElement,
	cs: CSSStyleDeclaration,
	r: Rect,
	op: number,
	clip: Rect | null
): void {
	const [bw, bh] = layoutSize(el, cs);
	const own = bw > 0 && bh > 0 ? ownMatrix(cs, bw, bh) : null;
	const poly = bw > 0 && bh > 0 ? clipPolygon(cs.clipPath, bw, bh) : null;
	// A box only moved (a label's translate) is its bounding rect, as drawn before.
	const moved = own !== null && own[0] === 1 && own[1] === 0 && own[2] === 0 && own[3] === 1;
	if ((!own || moved) && !poly) return paintBox(w, cs, r, op, clip);
	if (r.w <= 0 || r.h <= 0 || outside(r, clip)) return;
	const start = w.body.length;
	paintBox(w, cs, { x: 0, y: 0, w: bw, h: bh }, op, null);
	const inner = w.body.splice(start);
	if (!inner.length) return;
	const m = placeBox(own ?? [1, 0, 0, 1, 0, 0], bw, bh, r);
	// Four decimals: a turned box's cosines rounded to two would skew its corners visibly.
	const fine = (n: number) => Math.round(n * 1e4) / 1e4;
	let attrs = ` transform="matrix(${m.map(fine).join(' ')})"`;
	if (poly) {
		const id = w.id('clip');
		w.defs.push(
			`<clipPath id="${id}"><polygon points="${poly.map((p) => p.map(round).join(',')).join(' ')}"/></clipPath>`
		);
		attrs += ` clip-path="url(#${id})"`;
	}
	w.body.push(`<g${attrs}>${inner.join('')}</g>`);
}

/**
 * The border box before transforms: the computed width and height, which keep their fractions
 * (`offsetWidth` rounds them), with padding and borders where `box-sizing` leaves them out.
 */
function layoutSize(el: HTMLElement, cs: CSSStyleDeclaration): [number, number] {
	const px = (v: string) => parseFloat(v) || 0;
	let bw = parseFloat(cs.width);
	let bh = parseFloat(cs.height);
	if (!Number.isFinite(bw) || !Number.isFinite(bh)) return [el.offsetWidth, el.offsetHeight];
	if (cs.boxSizing !== 'border-box') {
		bw += px(cs.paddingLeft) + px(cs.paddingRight) + px(cs.borderLeftWidth) + px(cs.borderRightWidth);
		bh += px(cs.paddingTop) + px(cs.paddingBottom) + px(cs.borderTopWidth) + px(cs.borderBottomWidth);
	}
	return [bw, bh];
}

/** Background, hatching, ring shadows and borders of one HTML box. */
export function paintBox(w: Writer, cs: CSSStyleDeclaration, r: Rect, op: number, clip: Rect | null): void {
	if (r.w <= 0 || r.h <= 0 || outside(r, clip)) return;
	const rx = radius(cs.borderTopLeftRadius, r.w);
	const opAttr = '';
	// Ring shadows (no offset, no blur) as rects behind the box; the last is painted first.
	for (const s of parseBoxShadow(cs.boxShadow).reverse()) {
		if (s.inset || s.blur > 0) continue;
		const e = s.spread;
		const sr = { x: r.x + s.x - e, y: r.y + s.y - e, w: r.w + 2 * e, h: r.h + 2 * e };
		w.body.push(rectEl(sr, rx > 0 ? rx + e : 0, fillAttrs(s.paint, op)));
	}
	const bg = parseColor(cs.backgroundColor);
	if (bg) {
		// Under an opaque solid border the background cannot be seen; drawn there, its anti-aliased
		// edge would show as a faint outline around the border.
		const b = opaqueBorder(cs);
		const inner = b > 0 ? { x: r.x + b, y: r.y + b, w: r.w - 2 * b, h: r.h - 2 * b } : r;
		if (inner.w > 0 && inner.h > 0) w.body.push(rectEl(inner, Math.max(0, rx - b), fillAttrs(bg, op) + opAttr));
	}
	const stripes = parseStripes(cs.backgroundImage);
	if (stripes && stripes.bands.length && w.stripePatterns) {
		w.body.push(stripedBox(w, r, rx, stripes, op));
	} else if (stripes && stripes.bands.length) {
		const id = w.id('hatch');
		// Bands run across the gradient line; a CSS angle θ points the line at θ - 90° in SVG terms.
		const bands = stripes.bands
			.map(
				(b) => `<rect x="${round(b.from)}" y="0" width="${round(b.to - b.from)}" height="1"${fillAttrs(b.paint!, 1)}/>`
			)
			.join('');
		w.defs.push(
			`<pattern id="${id}" patternUnits="userSpaceOnUse" width="${round(stripes.period)}" height="1" ` +
				`patternTransform="translate(${round(r.x)} ${round(r.y)}) rotate(${round(stripes.angle - 90)})">${bands}</pattern>`
		);
		w.body.push(rectEl(r, rx, ` fill="url(#${id})"${op < 0.999 ? ` opacity="${round(op)}"` : ''}`));
	}
	const band = parseSolidGradient(cs.backgroundImage);
	if (band && cs.backgroundRepeat === 'no-repeat') {
		// Painted in the padding box, at its background-size and -position.
		const bl = parseFloat(cs.borderLeftWidth) || 0;
		const bt = parseFloat(cs.borderTopWidth) || 0;
		const pw = r.w - bl - (parseFloat(cs.borderRightWidth) || 0);
		const ph = r.h - bt - (parseFloat(cs.borderBottomWidth) || 0);
		const [sw, sh = 'auto'] = cs.backgroundSize.split(' ');
		const [px, py = '50%'] = cs.backgroundPosition.split(' ');
		const x = placeBackground(pw, sw, px);
		const y = placeBackground(ph, sh, py);
		w.body.push(rectEl({ x: r.x + bl + x.at, y: r.y + bt + y.at, w: x.length, h: y.length }, 0, fillAttrs(band, op)));
	}
	paintBorders(w, cs, r, rx, op);
}

/** Hatching of an HTML box as stripes clipped to the box (see `stripePatterns`). */
function stripedBox(w: Writer, r: Rect, rx: number, stripes: Stripes, op: number): string {
	const t = new DOMMatrix().translate(r.x, r.y).rotate(stripes.angle - 90);
	const inv = t.inverse();
	const pts = [
		[r.x, r.y],
		[r.x + r.w, r.y],
		[r.x, r.y + r.h],
		[r.x + r.w, r.y + r.h]
	].map(([x, y]) => inv.transformPoint(new DOMPoint(x, y)));
	const x0 = Math.min(...pts.map((p) => p.x));
	const x1 = Math.max(...pts.map((p) => p.x));
	const y0 = Math.min(...pts.map((p) => p.y));
	const y1 = Math.max(...pts.map((p) => p.y));
	let bands = '';
	for (let n = Math.floor(x0 / stripes.period) - 1; n * stripes.period <= x1; n++) {
		for (const b of stripes.bands) {
			bands += `<rect x="${round(n * stripes.period + b.from)}" y="${round(y0)}" width="${round(b.to - b.from)}" height="${round(y1 - y0)}"${fillAttrs(b.paint!, 1)}/>`;
		}
	}
	const clip = w.id('clip');
	w.defs.push(`<clipPath id="${clip}">${rectEl(r, rx, '')}</clipPath>`);
	const tm = [t.a, t.b, t.c, t.d, t.e, t.f].map(round).join(' ');
	return `<g clip-path="url(#${clip})"${op < 0.999 ? ` opacity="${round(op)}"` : ''}><g transform="matrix(${tm})">${bands}</g></g>`;
}

/** The width of a border that is the same, solid and opaque on all four sides; else 0. */
function opaqueBorder(cs: CSSStyleDeclaration): number {
	const widths = [cs.borderTopWidth, cs.borderRightWidth, cs.borderBottomWidth, cs.borderLeftWidth].map(
		(v) => parseFloat(v) || 0
	);
	const styles = [cs.borderTopStyle, cs.borderRightStyle, cs.borderBottomStyle, cs.borderLeftStyle];
	const colours = [cs.borderTopColor, cs.borderRightColor, cs.borderBottomColor, cs.borderLeftColor];
	const paint = parseColor(colours[0]);
	const same =
		widths.every((x) => x === widths[0]) &&
		styles.every((x) => x === 'solid') &&
		colours.every((c) => c === colours[0]);
	return same && paint && paint.alpha >= 0.999 ? widths[0] : 0;
}

function paintBorders(w: Writer, cs: CSSStyleDeclaration, r: Rect, rx: number, op: number): void {
	const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((s) => ({
		side: s,
		width: parseFloat(cs.getPropertyValue(`border-${s.toLowerCase()}-width`)) || 0,
		style: cs.getPropertyValue(`border-${s.toLowerCase()}-style`),
		paint: parseColor(cs.getPropertyValue(`border-${s.toLowerCase()}-color`))
	}));
	const drawn = sides.filter((s) => s.width > 0 && s.paint && s.style !== 'none' && s.style !== 'hidden');
	if (!drawn.length) return;
	const dash = (s: (typeof sides)[number]) =>
		s.style === 'dashed'
			? ` stroke-dasharray="${round(s.width * 3)} ${round(s.width * 2)}"`
			: s.style === 'dotted'
				? ` stroke-dasharray="${round(s.width)} ${round(s.width)}"`
				: '';
	const same =
		drawn.length === 4 &&
		drawn.every(
			(s) =>
				s.width === drawn[0].width &&
				s.style === drawn[0].style &&
				s.paint!.color === drawn[0].paint!.color &&
				s.paint!.alpha === drawn[0].paint!.alpha
		);
	if (same) {
		const s = drawn[0];
		const inset = { x: r.x + s.width / 2, y: r.y + s.width / 2, w: r.w - s.width, h: r.h - s.width };
		w.body.push(
			rectEl(
				inset,
				Math.max(0, rx - s.width / 2),
				` fill="none"${fillAttrs(s.paint!, op, 'stroke')} stroke-width="${round(s.width)}"${dash(s)}`
			)
		);
		return;
	}
	for (const s of drawn) {
		const h = s.width / 2;
		const [x1, y1, x2, y2] =
			s.side === 'Top'
				? [r.x, r.y + h, r.x + r.w, r.y + h]
				: s.side === 'Bottom'
					? [r.x, r.y + r.h - h, r.x + r.w, r.y + r.h - h]
					: s.side === 'Left'
						? [r.x + h, r.y, r.x + h, r.y + r.h]
						: [r.x + r.w - h, r.y, r.x + r.w - h, r.y + r.h];
		w.body.push(
			`<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}"${fillAttrs(s.paint!, op, 'stroke')} stroke-width="${round(s.width)}"${dash(s)}/>`
		);
	}
}
