/**
 * The scene of a row chart (ranking, benchmark, prices): one horizontal row per model, drawn by the
 * bar-ish layers in this folder. Pure TypeScript: scenes are built and tested without a browser, and
 * the layers read them from the LayerCake context (`data` = rows, `custom` = the rest).
 *
 * Relative imports only: spec files import this before `$lib` aliases exist.
 */
import { scaleLinear } from 'd3-scale';
import type { ChartText } from './types.ts';
import type { GroupTone } from '../model/groups.ts';
import type { LangCode } from '../model/locale/langs.ts';
import { formatsOf } from '../model/locale/formats.ts';

/**
 * Colour family of a mark: a group's (`g0`..`g7`, see model/groups.ts), `other` (grey: rows of
 * no group) or `neutral` (grey, and says nothing about group).
 */
export type Tone = GroupTone | 'neutral';
/** `focus`: ringed mark and bold label; `dim`: faded, still readable; `normal`: neither. */
export type Emphasis = 'focus' | 'normal' | 'dim';
/**
 * How a row is drawn:
 * `bar` a bar from x0 to x1; `dot` a dot at x1 on a faint track; `range` a thin line from x0 to x1
 * with a hollow dot at x0 and a filled one at x1; `empty` a dashed outline from x0 to x1 (a value
 * that is not reported or not itemized).
 */
export type RowMark = 'bar' | 'dot' | 'range' | 'empty';

export interface Row {
	/** Stable across every state of a chart: marks tween key by key. */
	key: string;
	/** Full label, e.g. a model name. */
	name: string;
	/** Label used when the chart is narrow: the row's `short`, else its label. */
	short: string;
	/** Small prefix before the name, e.g. the rank ("1"); '' for none. */
	prefix: string;
	/** Group tag printed next to the name, so the group never rests on colour alone. */
	tag: string | null;
	tone: Tone;
	emphasis: Emphasis;
	/** Hidden rows keep their key and a ghost position, drawn at opacity 0. */
	visible: boolean;
	mark: RowMark;
	/** Row position from the top, in y-domain units: the row spans [slot, slot + 1]. */
	slot: number;
	/** Start of the mark, in x-domain units. */
	x0: number;
	/** End of the mark (bar end, dot), in x-domain units. */
	x1: number;
	/** Plus-or-minus error around x1, in x-domain units; 0 when none is stated. */
	err: number;
	/** `derived` marks are hatched; `not-reported` rows are `empty` marks. */
	basis: 'reported' | 'derived' | 'not-reported';
	/** Direct value label, e.g. "8.21T", "~800 ±28", "not reported". */
	value: string;
	/** Value label when the chart is narrow. */
	valueShort: string;
	/** Footnote marker after the name ('' for none); the footnote is in `RowScene.footnotes`. */
	marker: string;
}

export interface Tick {
	value: number;
	label: string;
}

export interface LegendItem {
	/** A tone's swatch, or a mark shape. */
	swatch: Tone | 'input' | 'output' | 'empty' | 'focus';
	label: string;
}

/** A text block drawn over a band of rows, e.g. the note on the ranks nobody itemized. */
export interface RowNote {
	/** Rows the note sits beside: [first slot, last slot + 1]. */
	slots: [number, number];
	/** Left edge of the note, in x-domain units. */
	x: number;
	text: string;
}

export interface Footnote {
	marker: string;
	text: string;
}

export interface RowScene {
	rows: Row[];
	/** Number of row slots on screen: the y domain is [0, slots]. */
	slots: number;
	xDomain: [number, number];
	ticks: Tick[];
	/** Title printed above the plot ('' when the page's unit line says it all). */
	axisTitle: string;
	legend: LegendItem[];
	notes: RowNote[];
	footnotes: Footnote[];
	text: ChartText;
}

/** The legend and footnotes a row chart reserves room for (see `frameReserve`). */
export interface FrameReserve {
	legend: LegendItem[];
	footnotes: Footnote[];
	/** Some state draws `DENSE_ROWS` rows or more: short frames give the rows more room. */
	dense?: boolean;
}

/**
 * From this many row slots on, a row chart is dense: in a short frame (a small phone, upright or
 * on its side) its names need every pixel of the plot's height, so the frame folds the legend's group items and
 * cuts each footnote to a line (see RowFrame).
 */
export const DENSE_ROWS = 12;

/**
 * Every legend item and footnote of a chart's states, once each, in order of first use: the room
 * the frame reserves, so a state that adds a legend item or a footnote does not move the plot;
 * and whether any state is dense, so the frame keeps one layout in every state.
 */
export function frameReserve(
	scenes: (Pick<RowScene, 'legend' | 'footnotes'> & Partial<Pick<RowScene, 'slots'>>)[]
): FrameReserve {
	const legend: LegendItem[] = [];
	const footnotes: Footnote[] = [];
	for (const s of scenes) {
		for (const item of s.legend) {
			if (!legend.some((o) => o.label === item.label && o.swatch === item.swatch)) legend.push(item);
		}
		for (const f of s.footnotes) {
			if (!footnotes.some((o) => o.marker === f.marker && o.text === f.text)) footnotes.push(f);
		}
	}
	const dense = scenes.some((s) => (s.slots ?? 0) >= DENSE_ROWS);
	return dense ? { legend, footnotes, dense } : { legend, footnotes };
}

/** What the layers find in `k.custom`. */
export type RowCustom = Pick<RowScene, 'ticks' | 'notes' | 'axisTitle'>;

/** Footnote markers, in order of use. */
export const MARKERS = ['*', '†', '‡', '§'];

/**
 * Ticks for a linear domain: round values inside it, labelled with `format`. Digits follow the
 * tick step, so 0.5-steps print a decimal and whole steps do not.
 */
export function linearTicks(
	domain: [number, number],
	count: number,
	format: (value: number, digits: number) => string
): Tick[] {
	const scale = scaleLinear().domain(domain);
	const values = scale.ticks(count);
	const step = values.length > 1 ? values[1] - values[0] : 1;
	const digits = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
	return values.map((value) => ({ value, label: format(value, digits) }));
}

/**
 * A domain around values that have no true zero (Elo, an index): the extent padded by `pad` of
 * its width on each side, then rounded out to round numbers.
 */
export function paddedDomain(values: number[], pad = 0.08, count = 5): [number, number] {
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	const span = hi - lo || Math.abs(hi) || 1;
	const [a, b] = scaleLinear()
		.domain([lo - span * pad, hi + span * pad])
		.nice(count)
		.domain();
	return [a, b];
}

/** A zero-based domain up to the largest value. */
export function zeroDomain(values: number[]): [number, number] {
	const hi = Math.max(0, ...values);
	return [0, hi > 0 ? hi : 1];
}

/**
 * Moves a row that belongs to another state into the current one without changing where it is
 * drawn: the same fraction of the x domain and of the rows. Hidden rows sit there at opacity 0, so
 * they shrink out and grow in on the spot instead of flying across the chart.
 */
export function ghost(
	row: Row,
	own: { xDomain: [number, number]; slots: number },
	current: { xDomain: [number, number]; slots: number }
): Row {
	const [a0, a1] = own.xDomain;
	const [b0, b1] = current.xDomain;
	const map = (x: number) => b0 + ((x - a0) / (a1 - a0 || 1)) * (b1 - b0);
	return {
		...row,
		visible: false,
		x0: map(row.x0),
		x1: map(row.x1),
		err: (row.err / (a1 - a0 || 1)) * (b1 - b0),
		slot: (row.slot * current.slots) / (own.slots || 1)
	};
}

/** "2026-04" or "2026-04-29" as "April 2026" ("2026年4月"); parsed by hand so server and browser agree. */
export function monthYear(iso: string, lang: LangCode): string {
	const [y, m] = iso.split('-').map(Number);
	return m >= 1 && m <= 12 ? formatsOf(lang).monthYear(m, y) : formatsOf(lang).year(y);
}

/** "a, b and c", "a、b和c". */
export function listAnd(items: string[], lang: LangCode): string {
	return formatsOf(lang).and(items);
}
