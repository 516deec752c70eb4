/**
 * The DOM of a drawn still as an SVG drawing: every box, rule, mark and word of the page becomes
 * a rect, line, path, circle or `<text>` at the position, colour and font the browser computed,
 * so the drawing opens in Inkscape or Illustrator with its words editable (no bitmap, no
 * foreignObject). It covers what the stills use: backgrounds, borders, ring shadows, hatching
 * (repeating-linear-gradient), rounded corners, opacity, overflow clipping, pseudo-elements, the
 * charts' SVG layers (patterns and non-scaling strokes included) and text in any font, weight,
 * letter-spacing and case. Paint order is document order, as in the stills' own layers.
 */
import { round } from './css-values';
import { paintElementBox } from './boxes';
import { materializePseudos } from './pseudos';
import { paintSvgRoot } from './svg-layers';
import { paintText } from './text';
import { intersect, rectOf, Writer, type Rect } from './writer';

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
	if (visible && el instanceof HTMLElement) paintElementBox(w, el, cs, r, op, clip);
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
