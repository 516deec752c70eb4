/**
 * The DOM of a drawn still as an SVG drawing: every box, rule, mark and word of the page becomes
 * a rect, line, path, circle or `<text>` at the position, colour and font the browser computed,
 * so the drawing opens in Inkscape or Illustrator with its words editable (no bitmap, no
 * foreignObject). It covers what the stills use: backgrounds, borders, ring shadows, hatching
 * (repeating-linear-gradient), rounded corners, opacity, overflow clipping, pseudo-elements, the
 * charts' SVG layers (patterns and non-scaling strokes included) and text in any font, weight,
 * letter-spacing and case. Paint order is document order, as in the stills' own layers.
 */
import {
	dashArray,
	escapeXml,
	parseBoxShadow,
	parseColor,
	parseSolidGradient,
	parseStripes,
	placeBackground,
	round,
	transformText,
	type Paint,
	type Stripes
} from './css-values';
import { transformPath, type Matrix } from './path-transform';

export interface SerializeOptions {
	/** Width and height attributes of the drawing (its output size); the viewBox is the CSS size. */
	width?: number;
	height?: number;
	/** CSS put in the drawing's `<style>`, e.g. `@font-face` rules with data: URLs. */
	css?: string;
	/** Prefix of every id in the drawing, so several drawings can share one document. */
	idPrefix?: string;
	/**
	 * Draw striped pattern fills (the charts' hatching) as stripes clipped to their shape rather
	 * than as `<pattern>`s: Chromium prints patterns into a PDF as bitmaps, stripes stay vector.
	 */
	stripePatterns?: boolean;
}

interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

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

class Writer {
	body: string[] = [];
	defs: string[] = [];
	#n = 0;
	#ascents = new Map<string, number>();
	/** Pattern ids of the page → ids in the drawing. */
	patterns = new Map<string, string>();

	constructor(
		readonly root: HTMLElement,
		readonly ox: number,
		readonly oy: number,
		readonly prefix: string,
		readonly stripePatterns = false
	) {}

	id(kind: string): string {
		return `${this.prefix}${kind}${++this.#n}`;
	}

	/** Distance from the top of a text's content box to its baseline, for this font. */
	ascent(cs: CSSStyleDeclaration): number {
		const key = `${cs.fontFamily}|${cs.fontSize}|${cs.fontWeight}|${cs.fontStyle}`;
		let a = this.#ascents.get(key);
		if (a === undefined) {
			const probe = document.createElement('span');
			probe.style.cssText =
				`position:absolute;left:0;top:0;white-space:nowrap;line-height:normal;font-family:${cs.fontFamily};` +
				`font-size:${cs.fontSize};font-weight:${cs.fontWeight};font-style:${cs.fontStyle}`;
			const text = document.createTextNode('Hxg');
			const mark = document.createElement('span');
			mark.style.cssText = 'display:inline-block;width:0;height:0;vertical-align:baseline';
			probe.append(text, mark);
			this.root.append(probe);
			const range = document.createRange();
			range.selectNodeContents(text);
			a = mark.getBoundingClientRect().bottom - range.getBoundingClientRect().top;
			probe.remove();
			this.#ascents.set(key, a);
		}
		return a;
	}
}

/** The element `root` (and everything drawn inside it) as an SVG document. */
export function serialize(root: HTMLElement, opts: SerializeOptions = {}): string {
	const box = root.getBoundingClientRect();
	const w = new Writer(root, box.left, box.top, opts.idPrefix ?? 's-', opts.stripePatterns);
	const undo = materializePseudos(root);
	try {
		walk(w, root, 1, null);
	} finally {
		undo();
	}
	const width = opts.width ?? box.width;
	const height = opts.height ?? box.height;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" ` +
		`viewBox="0 0 ${round(box.width)} ${round(box.height)}">` +
		(opts.css ? `<style>${opts.css}</style>` : '') +
		(w.defs.length ? `<defs>${w.defs.join('')}</defs>` : '') +
		w.body.join('') +
		'</svg>'
	);
}

function walk(w: Writer, el: Element, opacity: number, clip: Rect | null): void {
	const cs = getComputedStyle(el);
	if (cs.display === 'none') return;
	const op = opacity * Number(cs.opacity || 1);
	if (op < 0.005) return;
	const r = rectOf(w, el);
	const visible = cs.visibility === 'visible';
	if (visible) paintBox(w, cs, r, op, clip);
	let inner = clip;
	if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') inner = intersect(clip, r);
	for (const node of Array.from(el.childNodes)) {
		if (node.nodeType === Node.TEXT_NODE) {
			if (visible) paintText(w, node as Text, cs, op, inner);
		} else if (node instanceof SVGSVGElement) {
			paintSvgRoot(w, node, op, inner);
		} else if (node instanceof HTMLElement) {
			walk(w, node, op, inner);
		}
	}
}

function rectOf(w: Writer, el: Element): Rect {
	const b = el.getBoundingClientRect();
	return { x: b.left - w.ox, y: b.top - w.oy, w: b.width, h: b.height };
}

function intersect(a: Rect | null, b: Rect): Rect {
	if (!a) return b;
	const x = Math.max(a.x, b.x);
	const y = Math.max(a.y, b.y);
	return {
		x,
		y,
		w: Math.max(0, Math.min(a.x + a.w, b.x + b.w) - x),
		h: Math.max(0, Math.min(a.y + a.h, b.y + b.h) - y)
	};
}

function outside(r: Rect, clip: Rect | null): boolean {
	if (!clip) return false;
	const cx = r.x + r.w / 2;
	const cy = r.y + r.h / 2;
	return cx < clip.x - 0.5 || cx > clip.x + clip.w + 0.5 || cy < clip.y - 0.5 || cy > clip.y + clip.h + 0.5;
}

function fillAttrs(p: Paint, op: number, kind: 'fill' | 'stroke' = 'fill'): string {
	const a = p.alpha * op;
	return ` ${kind}="${p.color}"${a < 0.999 ? ` ${kind}-opacity="${round(a * 1000) / 1000}"` : ''}`;
}

function radius(css: string, size: number): number {
	const v = parseFloat(css);
	if (!Number.isFinite(v)) return 0;
	return css.endsWith('%') ? (v / 100) * size : v;
}

function rectEl(r: Rect, rx: number, attrs: string): string {
	const rr = Math.min(rx, r.w / 2, r.h / 2);
	return (
		`<rect x="${round(r.x)}" y="${round(r.y)}" width="${round(r.w)}" height="${round(r.h)}"` +
		(rr > 0 ? ` rx="${round(rr)}"` : '') +
		`${attrs}/>`
	);
}

/** Background, hatching, ring shadows and borders of one HTML box. */
function paintBox(w: Writer, cs: CSSStyleDeclaration, r: Rect, op: number, clip: Rect | null): void {
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

/** A text node, one `<text>` per line it is laid out on. */
function paintText(w: Writer, node: Text, cs: CSSStyleDeclaration, op: number, clip: Rect | null): void {
	const data = node.data;
	if (!data.trim()) return;
	const colour = parseColor(cs.color);
	if (!colour) return;
	const range = document.createRange();
	const lines: { start: number; end: number; x: number; top: number; h: number }[] = [];
	const place = (start: number, end: number) => {
		range.setStart(node, start);
		range.setEnd(node, end);
		const rects = range.getClientRects();
		if (!rects.length) return;
		// A word broken across lines (after a hyphen) is placed a character at a time.
		if (rects.length > 1 && end - start > 1) {
			for (let i = start; i < end; i++) place(i, i + 1);
			return;
		}
		const b = rects[0];
		const top = b.top - w.oy;
		const line = lines[lines.length - 1];
		if (line && Math.abs(line.top - top) < b.height / 2) line.end = end;
		else lines.push({ start, end, x: b.left - w.ox, top, h: b.height });
	};
	for (const m of data.matchAll(/\S+/g)) place(m.index!, m.index! + m[0].length);
	const collapse = !/^(pre|pre-wrap|break-spaces)$/.test(cs.whiteSpace);
	const ascent = w.ascent(cs);
	const spacing = cs.letterSpacing === 'normal' ? 0 : parseFloat(cs.letterSpacing) || 0;
	const numeric = cs.fontVariantNumeric !== 'normal' ? `font-variant-numeric:${cs.fontVariantNumeric}` : '';
	for (const line of lines) {
		if (outside({ x: line.x, y: line.top, w: 1, h: line.h }, clip)) continue;
		let text = data.slice(line.start, line.end);
		if (collapse) text = text.replace(/\s+/g, ' ');
		text = transformText(text, cs.textTransform);
		w.body.push(
			`<text x="${round(line.x)}" y="${round(line.top + ascent)}" font-family="${escapeXml(cs.fontFamily)}" ` +
				`font-size="${round(parseFloat(cs.fontSize))}" font-weight="${cs.fontWeight}"` +
				(cs.fontStyle !== 'normal' ? ` font-style="${cs.fontStyle}"` : '') +
				(spacing ? ` letter-spacing="${round(spacing)}"` : '') +
				(numeric ? ` style="${numeric}"` : '') +
				`${fillAttrs(colour, op)}>${escapeXml(text)}</text>`
		);
	}
}

/** One of the charts' SVG layers: its marks in the still's coordinates, clipped to its box. */
function paintSvgRoot(w: Writer, svg: SVGSVGElement, opacity: number, clip: Rect | null): void {
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

/**
 * Pseudo-elements have no boxes to measure: while the drawing is made, each one that paints is
 * stood in for by a real span with its computed style, and the pseudo-element is turned off.
 * Returns the function that puts everything back.
 */
function materializePseudos(root: HTMLElement): () => void {
	const added: HTMLElement[] = [];
	const marked: Element[] = [];
	for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
		if (!(el instanceof HTMLElement)) continue;
		for (const which of ['::before', '::after'] as const) {
			const ps = getComputedStyle(el, which);
			const content = ps.content;
			if (!content || content === 'none' || content === 'normal' || ps.display === 'none') continue;
			const paints =
				parseColor(ps.backgroundColor) ||
				ps.backgroundImage !== 'none' ||
				parseFloat(ps.borderTopWidth) > 0 ||
				/^"[^"]+"$/.test(content);
			if (!paints) continue;
			const span = document.createElement('span');
			for (let i = 0; i < ps.length; i++) {
				const prop = ps[i];
				if (prop === 'content') continue;
				span.style.setProperty(prop, ps.getPropertyValue(prop));
			}
			const text = /^"(.*)"$/.exec(content)?.[1];
			if (text) span.textContent = text;
			span.dataset.stillPseudo = which;
			if (which === '::before') el.prepend(span);
			else el.append(span);
			added.push(span);
			if (!marked.includes(el)) marked.push(el);
		}
	}
	if (!added.length) return () => {};
	const style = document.createElement('style');
	style.textContent = '[data-still-pseudo-host]::before,[data-still-pseudo-host]::after{content:none!important}';
	document.head.append(style);
	for (const el of marked) el.setAttribute('data-still-pseudo-host', '');
	return () => {
		for (const s of added) s.remove();
		for (const el of marked) el.removeAttribute('data-still-pseudo-host');
		style.remove();
	};
}
