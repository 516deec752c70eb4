/**
 * The SVG drawing being written, and what every painter shares: boxes in the drawing's
 * coordinates (its origin is the root element's top left), clipping tests, paint attributes and
 * rounded rects.
 */
import { round, type Paint } from './css-values';

/** A box in the drawing's coordinates. */
export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** The drawing as it is written: its body and defs, unique ids, and font ascents measured once per font. */
export class Writer {
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

/** An element's border box in the drawing's coordinates. */
export function rectOf(w: Writer, el: Element): Rect {
	const b = el.getBoundingClientRect();
	return { x: b.left - w.ox, y: b.top - w.oy, w: b.width, h: b.height };
}

/** The part of `b` inside `a` (all of `b` when nothing clips). */
export function intersect(a: Rect | null, b: Rect): Rect {
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

/** Whether a box's centre falls outside the clip, so it is not drawn. */
export function outside(r: Rect, clip: Rect | null): boolean {
	if (!clip) return false;
	const cx = r.x + r.w / 2;
	const cy = r.y + r.h / 2;
	return cx < clip.x - 0.5 || cx > clip.x + clip.w + 0.5 || cy < clip.y - 0.5 || cy > clip.y + clip.h + 0.5;
}

/** Fill (or stroke) colour and opacity attributes of a paint at an opacity. */
export function fillAttrs(p: Paint, op: number, kind: 'fill' | 'stroke' = 'fill'): string {
	const a = p.alpha * op;
	return ` ${kind}="${p.color}"${a < 0.999 ? ` ${kind}-opacity="${round(a * 1000) / 1000}"` : ''}`;
}

/** A rect element of a box, its corners rounded by `rx` (at most half its sides). */
export function rectEl(r: Rect, rx: number, attrs: string): string {
	const rr = Math.min(rx, r.w / 2, r.h / 2);
	return (
		`<rect x="${round(r.x)}" y="${round(r.y)}" width="${round(r.w)}" height="${round(r.h)}"` +
		(rr > 0 ? ` rx="${round(rr)}"` : '') +
		`${attrs}/>`
	);
}
