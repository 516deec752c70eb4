/**
 * The one check of a figure's text labels, for every chart kind: run in the page on the figure
 * drawn now (`[data-chart-state]`, the plot's box on the reading page, the stage and a still).
 * It lists, as sentences naming the texts:
 *
 * - every pair of shown labels whose text overlaps (bar names and values, point labels, arc
 *   labels, the donut's centre lines, tick labels, the axis title, notes, legend items and
 *   footnotes); the parts of one label (a name's rank and tag, a point label's sub-line, an arc
 *   label's value and note) are one label and never compared with each other;
 * - every shown label whose text leaves the plot's box by more than a pixel;
 * - for a donut, every centre line that does not fit in the hole at its height.
 *
 * A label is shown when its text has a box, no ancestor is `display: none` or transparent and it
 * is not `visibility: hidden` (the frames' unseen reserves are). Boxes are the text's own line
 * boxes (a DOM Range), not the element's, so a name column wider than its name is not a label;
 * a label's own clip (an ellipsis) cuts its box, a clip outside the label does not (text cut at
 * the plot's edge still leaves the plot).
 */
import type { Page } from '@playwright/test';

/** What a label of each layer is: the parts of one of these are one label. */
const LABEL_ROOTS = [
	'.point-labels .label',
	'.arc-labels .label',
	'.centre .line',
	'.labels .name',
	'.labels .value',
	'.axis .label',
	'.axis .title',
	'.axis-y .label',
	'.axis-time .label',
	'.notes .note',
	'[data-legend] li',
	'.footnotes li'
].join(', ');

/** The label problems of the figure on screen now; an empty list when every label is clear. */
export function labelProblems(page: Page): Promise<string[]> {
	return page.evaluate((roots) => {
		const plot = document.querySelector<HTMLElement>('[data-chart-state]');
		if (!plot) return ['no [data-chart-state] on the page'];
		type Box = { left: number; right: number; top: number; bottom: number };
		type Label = { el: Element; text: string; boxes: Box[] };
		const shown = (el: Element): boolean => {
			if (getComputedStyle(el).visibility !== 'visible') return false;
			for (let a: Element | null = el; a && a !== plot.parentElement; a = a.parentElement) {
				const s = getComputedStyle(a);
				if (s.display === 'none' || Number(s.opacity) < 0.01) return false;
			}
			return true;
		};
		const clip = (b: Box, c: DOMRect): Box => ({
			left: Math.max(b.left, c.left),
			right: Math.min(b.right, c.right),
			top: Math.max(b.top, c.top),
			bottom: Math.min(b.bottom, c.bottom)
		});
		const labels = new Map<Element, Label>();
		const walker = document.createTreeWalker(plot, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const parent = n.parentElement;
			const text = n.textContent?.trim();
			if (!parent || !text || !shown(parent)) continue;
			const root = parent.closest(roots) ?? parent;
			const range = document.createRange();
			range.selectNodeContents(n);
			let boxes: Box[] = [...range.getClientRects()].map((r) => ({
				left: r.left,
				right: r.right,
				top: r.top,
				bottom: r.bottom
			}));
			// A clip inside the label (an ellipsis) is part of how it is drawn.
			for (let a: Element | null = parent; a && root.contains(a); a = a.parentElement) {
				const s = getComputedStyle(a);
				if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
					const c = a.getBoundingClientRect();
					boxes = boxes.map((b) => clip(b, c));
				}
			}
			boxes = boxes.filter((b) => b.right - b.left > 0.5 && b.bottom - b.top > 0.5);
			if (!boxes.length) continue;
			const label = labels.get(root) ?? { el: root, text: '', boxes: [] };
			label.text = label.text ? `${label.text} ${text}` : text;
			label.boxes.push(...boxes);
			labels.set(root, label);
		}
		const list = [...labels.values()];
		const problems: string[] = [];
		const px = (v: number) => `${Math.round(v * 10) / 10} px`;
		// (a) Overlaps: a pixel of slack, as anti-aliased edges touch.
		const hit = (a: Box, b: Box) =>
			Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
			Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
		for (let i = 0; i < list.length; i++)
			for (let j = i + 1; j < list.length; j++) {
				const [a, b] = [list[i], list[j]];
				if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
				if (a.boxes.some((p) => b.boxes.some((q) => hit(p, q)))) problems.push(`overlap: "${a.text}" / "${b.text}"`);
			}
		// (b) Out of the plot's box.
		const P = plot.getBoundingClientRect();
		for (const l of list) {
			const out = Math.max(
				...l.boxes.flatMap((b) => [P.left - b.left, b.right - P.right, P.top - b.top, b.bottom - P.bottom])
			);
			if (out > 1) problems.push(`outside: "${l.text}" leaves the plot by ${px(out)}`);
		}
		// (c) A donut's centre: the hole is the ring's inner radius, the nearest point of any arc's
		// outline to the ring's centre (in the arcs' own units, then on screen).
		const ring = plot.querySelector<SVGGElement>('g.arcs');
		if (ring) {
			const m = ring.getScreenCTM();
			let inner = Infinity;
			for (const path of ring.querySelectorAll<SVGPathElement>('path')) {
				const length = path.getTotalLength();
				if (!(length > 0)) continue;
				for (let s = 0; s <= 400; s++) {
					const p = path.getPointAtLength((length * s) / 400);
					inner = Math.min(inner, Math.hypot(p.x, p.y));
				}
			}
			if (m && Number.isFinite(inner)) {
				const r = inner * Math.hypot(m.a, m.b);
				const cx = m.e;
				const cy = m.f;
				for (const l of list) {
					if (!l.el.closest('.centre')) continue;
					for (const b of l.boxes) {
						// The chord of the hole at this line's edge farthest from the centre.
						const dy = Math.max(Math.abs(b.top - cy), Math.abs(b.bottom - cy));
						const half = dy < r ? Math.sqrt(r * r - dy * dy) : 0;
						const over = Math.max(cx - half - b.left, b.right - (cx + half));
						if (over > 1)
							problems.push(
								`centre: "${l.text}" is ${px(b.right - b.left)} wide where the hole is ${px(2 * half)} (radius ${px(r)})`
							);
					}
				}
			}
		}
		return problems;
	}, LABEL_ROOTS);
}
