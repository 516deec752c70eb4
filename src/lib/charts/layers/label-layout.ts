/**
 * Where point labels go so that none covers another, in CSS px on a plot of a given size. Labels
 * are placed in order of importance: those pinned to the top of the plot, then the labels beside
 * points (a peak's, each line's name at its end), spread apart vertically where they would touch,
 * then the value labels above or below their points, each on its own side if it fits there, on the
 * other side if not, and left out if neither fits (its value stays in the tip and the data table).
 * Text boxes are estimated from character counts (no DOM measure), so the result is the same in
 * every driver: the reading page, the stage, a still and a clip.
 */
import { textEms } from './text-ems.ts';

export type Placement = 'above' | 'below' | 'left' | 'right' | 'top';

export interface LabelIn {
	key: string;
	/** The point, CSS px from the plot's top left; `y: null` pins the label to the top. */
	x: number;
	y: number | null;
	text: string;
	sub: string | null;
	placement: Placement;
}

export interface LabelPlace {
	placement: Placement;
	/** Vertical shift from the label's own place, CSS px (labels beside points only). */
	dy: number;
	/** Horizontal shift that keeps a label above or below its point inside the plot, CSS px. */
	dx: number;
	/** No room: not shown. */
	hidden: boolean;
}

export interface LabelMetrics {
	/** Gap between a point and its label, px. */
	offset: number;
	/** Font size of the label's text, px (its sub line is taken as the same, to be safe). */
	fontSize: number;
}

interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Generous for bold sans figures and capitals, so an estimate errs towards room. */
const CHAR_WIDTH = 0.62;
const LINE_HEIGHT = 1.2;
const PAD = 2;

function size(l: LabelIn, m: LabelMetrics) {
	const ems = Math.max(textEms(l.text, CHAR_WIDTH), textEms(l.sub ?? '', CHAR_WIDTH));
	const lines = l.sub ? 2 : 1;
	return { w: ems * m.fontSize + 6, h: lines * m.fontSize * LINE_HEIGHT };
}

function boxOf(l: LabelIn, placement: Placement, dy: number, m: LabelMetrics): Box {
	const { w, h } = size(l, m);
	const y = (l.y ?? 0) + dy;
	switch (placement) {
		case 'above':
			return { left: l.x - w / 2, right: l.x + w / 2, top: y - m.offset - h, bottom: y - m.offset };
		case 'below':
			return { left: l.x - w / 2, right: l.x + w / 2, top: y + m.offset, bottom: y + m.offset + h };
		case 'left':
			return { left: l.x - m.offset - w, right: l.x - m.offset, top: y - h / 2, bottom: y + h / 2 };
		case 'right':
			return { left: l.x + m.offset, right: l.x + m.offset + w, top: y - h / 2, bottom: y + h / 2 };
		case 'top':
			return { left: l.x - w / 2, right: l.x + w / 2, top: 2, bottom: 2 + h };
	}
}

const overlaps = (a: Box, b: Box) =>
	a.left < b.right + PAD && b.left < a.right + PAD && a.top < b.bottom + PAD && b.top < a.bottom + PAD;

/**
 * Centres of labels stacked in one column, as near their wished centres as they can be without
 * touching (a gap of `PAD`), inside [0, height]. Clusters of touching labels share one centre: the
 * mean of their wishes.
 */
export function spreadColumn(items: { centre: number; height: number }[], height: number): number[] {
	const order = items.map((_, i) => i).sort((a, b) => items[a].centre - items[b].centre);
	type Cluster = { members: number[]; top: number; size: number };
	const clusters: Cluster[] = [];
	const place = (c: Cluster) => {
		const wish = c.members.reduce((s, i) => s + items[i].centre, 0) / c.members.length;
		c.top = Math.min(Math.max(wish - c.size / 2, 0), Math.max(0, height - c.size));
	};
	for (const i of order) {
		const c: Cluster = { members: [i], top: 0, size: items[i].height };
		place(c);
		clusters.push(c);
		// Merge with the cluster above while they touch.
		while (clusters.length > 1) {
			const b = clusters[clusters.length - 1];
			const a = clusters[clusters.length - 2];
			if (a.top + a.size + PAD <= b.top) break;
			a.members.push(...b.members);
			a.size += PAD + b.size;
			clusters.pop();
			place(a);
		}
	}
	const centres: number[] = new Array(items.length);
	for (const c of clusters) {
		let top = c.top;
		for (const i of c.members) {
			centres[i] = top + items[i].height / 2;
			top += items[i].height + PAD;
		}
	}
	return centres;
}

/** How far round a point its marker reaches, px: a label keeps clear of every labelled point. */
const MARKER = 6;

/**
 * Where each label goes on a plot `height` px tall whose labels may reach from `bounds.left` to
 * `bounds.right` px (the plot's own width and the padding beside it): none covers another or
 * leaves those bounds.
 */
export function layoutLabels(
	labels: readonly LabelIn[],
	height: number,
	m: LabelMetrics,
	bounds: { left: number; right: number } = { left: -Infinity, right: Infinity }
): Map<string, LabelPlace> {
	const out = new Map<string, LabelPlace>();
	const inside = (b: Box) => b.left >= bounds.left - 0.5 && b.right <= bounds.right + 0.5;
	/** The shift that brings a box between the bounds (none if it fits, or cannot). */
	const shiftInto = (b: Box) =>
		b.left < bounds.left ? bounds.left - b.left : b.right > bounds.right ? bounds.right - b.right : 0;
	const moved = (b: Box, dx: number): Box => ({ ...b, left: b.left + dx, right: b.right + dx });
	const points: Box[] = labels
		.filter((l) => l.y !== null && l.placement !== 'top')
		.map((l) => ({ left: l.x - MARKER, right: l.x + MARKER, top: l.y! - MARKER, bottom: l.y! + MARKER }));
	const placed: Box[] = [...points];
	const keep = (l: LabelIn, placement: Placement, dy: number, dx = 0) => {
		out.set(l.key, { placement, dy, dx, hidden: false });
		placed.push(moved(boxOf(l, placement, dy, m), dx));
	};
	const hide = (l: LabelIn) => out.set(l.key, { placement: l.placement, dy: 0, dx: 0, hidden: true });

	// Labels at the top of the plot: kept inside it, each clear of those before it.
	for (const l of labels.filter((x) => x.placement === 'top')) {
		const b = boxOf(l, 'top', 0, m);
		const dx = shiftInto(b);
		const at = moved(b, dx);
		if (inside(at) && placed.every((q) => !overlaps(at, q))) keep(l, 'top', 0, dx);
		else hide(l);
	}

	// Names at the ends of lines (right of their points): spread apart within each column.
	const columns = new Map<string, LabelIn[]>();
	for (const l of labels.filter((x) => x.placement === 'right' && x.y !== null)) {
		const id = `right:${Math.round(l.x)}`;
		columns.set(id, [...(columns.get(id) ?? []), l]);
	}
	for (const column of columns.values()) {
		const centres = spreadColumn(
			column.map((l) => ({ centre: l.y!, height: size(l, m).h })),
			height
		);
		column.forEach((l, i) => keep(l, l.placement, centres[i] - l.y!));
	}

	// Other labels beside a point (a peak's): their side, the other, then above or below the point
	// (slid inside the plot), wherever they stay inside and clear of every label placed; else none.
	for (const l of labels.filter((x) => x.placement === 'left' && x.y !== null)) {
		const fit = (['left', 'right', 'above', 'below'] as const)
			.map((p) => {
				const b = boxOf(l, p, 0, m);
				const dx = p === 'above' || p === 'below' ? shiftInto(b) : 0;
				return { p, dx, b: moved(b, dx) };
			})
			.find(
				({ b }) => b.top >= 0 && b.bottom <= height + m.offset && inside(b) && placed.every((q) => !overlaps(b, q))
			);
		if (fit) keep(l, fit.p, 0, fit.dx);
		else hide(l);
	}

	// Values, in the order given: their own side, the other side, or not at all; slid sideways
	// to stay inside the plot near its edges.
	for (const l of labels.filter((x) => x.placement === 'above' || x.placement === 'below')) {
		const other: Placement = l.placement === 'above' ? 'below' : 'above';
		const fit = [l.placement, other]
			.map((p) => {
				const b = boxOf(l, p, 0, m);
				const dx = shiftInto(b);
				return { p, dx, b: moved(b, dx) };
			})
			.find(
				({ b }) => b.top >= 0 && b.bottom <= height + m.offset && inside(b) && placed.every((q) => !overlaps(b, q))
			);
		if (fit) keep(l, fit.p, 0, fit.dx);
		else hide(l);
	}
	return out;
}
