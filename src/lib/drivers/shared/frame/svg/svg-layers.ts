/**
 * The charts' SVG layers: their shapes in the drawing's coordinates with their computed paint,
 * patterns copied (or, with `stripePatterns`, hatching drawn as clipped stripes) and
 * non-scaling strokes kept at their drawn width.
 */
import { dashArray, escapeXml, parseColor, round } from './css-values';
import { transformPath, type Matrix } from './path-transform';
import { fillAttrs, intersect, rectOf, type Rect, type Writer } from './writer';

const SHAPES = new Set(['rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path']);
const GEOMETRY: Record<string, string[]> = {
	rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
	circle: ['cx', 'cy', 'r'],
	ellipse: ['cx', 'cy', 'rx', 'ry'],
	line: ['x1', 'y1', 'x2', 'y2'],
	polyline: ['points'],
	polygon: ['points'],
	path: ['d']
};

/** One of the charts' SVG layers: its marks in the still's coordinates, clipped to its box. */
export function paintSvgRoot(w: Writer, svg: SVGSVGElement, opacity: number, clip: Rect | null): void {
	const cs = getComputedStyle(svg);
	if (cs.display === 'none') return;
	const op = opacity * Number(cs.opacity || 1);
	if (op < 0.005) return;
	const box = intersect(clip, rectOf(w, svg));
	if (box.w <= 0 || box.h <= 0) return;
	const clipId = w.id('clip');
	w.defs.push(
		`<clipPath id="${clipId}"><rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.w)}" height="${round(box.h)}"/></clipPath>`
	);
	// Patterns first: marks refer to them.
	for (const p of Array.from(svg.querySelectorAll('pattern'))) copyPattern(w, p);
	w.body.push(`<g clip-path="url(#${clipId})">`);
	for (const child of Array.from(svg.children)) paintSvgNode(w, child, op);
	w.body.push('</g>');
}

function copyPattern(w: Writer, p: SVGPatternElement): void {
	if (!p.id) return;
	const id = w.id('pattern');
	w.patterns.set(p.id, id);
	const attrs = ['patternUnits', 'patternContentUnits', 'width', 'height', 'x', 'y', 'patternTransform', 'viewBox']
		.filter((a) => p.hasAttribute(a))
		.map((a) => ` ${a}="${escapeXml(p.getAttribute(a)!)}"`)
		.join('');
	const kids = Array.from(p.children)
		.filter((c) => SHAPES.has(c.localName))
		.map((c) => shapeEl(w, c as SVGGraphicsElement, Number(getComputedStyle(c).opacity || 1), null))
		.join('');
	w.defs.push(`<pattern id="${id}"${attrs}>${kids}</pattern>`);
}

function paintSvgNode(w: Writer, el: Element, opacity: number): void {
	const name = el.localName;
	if (name === 'defs' || name === 'pattern' || name === 'clipPath' || name === 'title' || name === 'desc') return;
	const cs = getComputedStyle(el);
	if (cs.display === 'none') return;
	const op = opacity * Number(cs.opacity || 1);
	if (op < 0.005) return;
	if (name === 'g' || name === 'svg' || name === 'a') {
		for (const child of Array.from(el.children)) paintSvgNode(w, child, op);
		return;
	}
	if (!SHAPES.has(name) || cs.visibility !== 'visible') return;
	const ctm = (el as SVGGraphicsElement).getScreenCTM();
	if (!ctm) return;
	const m: Matrix = [ctm.a, ctm.b, ctm.c, ctm.d, ctm.e - w.ox, ctm.f - w.oy];
	const stripes = w.stripePatterns ? stripeFill(w, el as SVGGraphicsElement, op, m) : null;
	if (stripes) w.body.push(stripes);
	w.body.push(shapeEl(w, el as SVGGraphicsElement, op, m, stripes !== null));
}

/**
 * A pattern fill made of full-height bands (hatching) as those bands, repeated across the shape
 * and clipped to it; null when the fill is no such pattern.
 */
function stripeFill(w: Writer, el: SVGGraphicsElement, op: number, m: Matrix): string | null {
	const url = /url\("?#([^")]+)"?\)/.exec(getComputedStyle(el).fill);
	const pattern = url ? el.ownerSVGElement?.querySelector<SVGPatternElement>(`pattern#${CSS.escape(url[1])}`) : null;
	if (!pattern || pattern.getAttribute('patternUnits') !== 'userSpaceOnUse') return null;
	const pw = pattern.width.baseVal.value;
	const ph = pattern.height.baseVal.value;
	const kids = Array.from(pattern.children);
	if (!(pw > 0 && ph > 0) || !kids.every((k) => k.localName === 'rect')) return null;
	const t = pattern.patternTransform.baseVal.consolidate()?.matrix ?? new DOMMatrix();
	const inv = DOMMatrix.fromMatrix(t).inverse();
	// The shape's box in the pattern's own coordinates, where bands are vertical.
	const bb = el.getBBox();
	const corners = [
		[bb.x, bb.y],
		[bb.x + bb.width, bb.y],
		[bb.x, bb.y + bb.height],
		[bb.x + bb.width, bb.y + bb.height]
	].map(([x, y]) => inv.transformPoint(new DOMPoint(x, y)));
	const x0 = Math.min(...corners.map((c) => c.x));
	const x1 = Math.max(...corners.map((c) => c.x));
	const y0 = Math.min(...corners.map((c) => c.y));
	const y1 = Math.max(...corners.map((c) => c.y));
	let bands = '';
	for (const k of kids as SVGRectElement[]) {
		const paint = parseColor(getComputedStyle(k).fill);
		const kop = Number(getComputedStyle(k).opacity || 1);
		if (!paint) continue;
		const kx = k.x.baseVal.value;
		const kw = k.width.baseVal.value;
		const kh = k.height.baseVal.value;
		const fill = fillAttrs({ ...paint, alpha: paint.alpha * kop }, 1);
		if (kw >= pw && kh >= ph) {
			// A whole tile: the shape's background.
			bands += `<rect x="${round(x0)}" y="${round(y0)}" width="${round(x1 - x0)}" height="${round(y1 - y0)}"${fill}/>`;
		} else if (kh >= ph) {
			for (let n = Math.floor(x0 / pw) - 1; n * pw <= x1; n++) {
				bands += `<rect x="${round(n * pw + kx)}" y="${round(y0)}" width="${round(kw)}" height="${round(y1 - y0)}"${fill}/>`;
			}
		} else return null;
	}
	const clip = w.id('clip');
	const geometry = (GEOMETRY[el.localName] ?? [])
		.filter((a) => el.hasAttribute(a))
		.map((a) => ` ${a}="${escapeXml(el.getAttribute(a)!)}"`)
		.join('');
	w.defs.push(`<clipPath id="${clip}"><${el.localName}${geometry}/></clipPath>`);
	const tm = [t.a, t.b, t.c, t.d, t.e, t.f].map(round).join(' ');
	return (
		`<g transform="matrix(${m.map(round).join(' ')})" clip-path="url(#${clip})"${op < 0.999 ? ` opacity="${round(op * 1000) / 1000}"` : ''}>` +
		`<g transform="matrix(${tm})">${bands}</g></g>`
	);
}

/**
 * A shape with its computed paint; `m` places it in the still (null inside a pattern). `unfilled`:
 * its fill is drawn already (as stripes), only its stroke is left.
 */
function shapeEl(w: Writer, el: SVGGraphicsElement, op: number, m: Matrix | null, unfilled = false): string {
	const cs = getComputedStyle(el);
	const name = el.localName;
	let paint = '';
	const fill = cs.fill;
	const url = /url\("?#([^")]+)"?\)/.exec(fill);
	if (unfilled) paint += ' fill="none"';
	else if (url) {
		const id = w.patterns.get(url[1]);
		paint += id ? ` fill="url(#${id})"` : ' fill="none"';
	} else {
		const f = parseColor(fill);
		const fo = Number(cs.fillOpacity || 1);
		paint += f ? fillAttrs({ ...f, alpha: f.alpha * fo }, 1) : ' fill="none"';
	}
	const s = parseColor(cs.stroke);
	const sw = parseFloat(cs.strokeWidth) || 0;
	if (s && sw > 0) {
		paint +=
			fillAttrs({ ...s, alpha: s.alpha * Number(cs.strokeOpacity || 1) }, 1, 'stroke') + ` stroke-width="${round(sw)}"`;
		const dash = dashArray(cs.strokeDasharray);
		if (dash) paint += ` stroke-dasharray="${dash}"`;
		if (cs.strokeLinecap !== 'butt') paint += ` stroke-linecap="${cs.strokeLinecap}"`;
		if (cs.strokeLinejoin !== 'miter') paint += ` stroke-linejoin="${cs.strokeLinejoin}"`;
	}
	if (cs.fillRule === 'evenodd') paint += ' fill-rule="evenodd"';
	if (op < 0.999) paint += ` opacity="${round(op * 1000) / 1000}"`;
	const nonScaling = cs.getPropertyValue('vector-effect') === 'non-scaling-stroke';
	if (m && nonScaling) {
		// Move the points rather than the coordinate system, so the stroke keeps its drawn width.
		const d = pathData(el);
		const moved = d !== null ? transformPath(d, m) : null;
		if (moved !== null) return `<path d="${moved}"${paint}/>`;
	}
	const geometry = (GEOMETRY[name] ?? [])
		.filter((a) => el.hasAttribute(a))
		.map((a) => ` ${a}="${escapeXml(el.getAttribute(a)!)}"`)
		.join('');
	const transform = m ? ` transform="matrix(${m.map(round).join(' ')})"` : '';
	return `<${name}${geometry}${transform}${paint}${nonScaling && m ? ' vector-effect="non-scaling-stroke"' : ''}/>`;
}

/** Path data of a path, line, polyline, polygon or rect; null for anything else. */
function pathData(el: Element): string | null {
	const n = (a: string) => Number(el.getAttribute(a) ?? 0);
	switch (el.localName) {
		case 'path':
			return el.getAttribute('d');
		case 'line':
			return `M${n('x1')} ${n('y1')}L${n('x2')} ${n('y2')}`;
		case 'polyline':
		case 'polygon': {
			const pts = (el.getAttribute('points') ?? '').trim().split(/[\s,]+/);
			let d = '';
			for (let i = 0; i + 1 < pts.length; i += 2) d += `${i ? 'L' : 'M'}${pts[i]} ${pts[i + 1]}`;
			return el.localName === 'polygon' ? d + 'Z' : d;
		}
		case 'rect':
			return `M${n('x')} ${n('y')}h${n('width')}v${n('height')}h${-n('width')}Z`;
		default:
			return null;
	}
}
