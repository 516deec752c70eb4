/**
 * The shapes of a lines-over-time scene: its states, and the points, series, bands, labels and
 * ticks it draws. Time is in days since 1970-01-01 (see `dayNumber` in `model/periods.ts`).
 */
import type { GroupTone } from '../../model/groups.ts';
import type { Grain } from '../../model/periods.ts';
import type { ChartText } from '../types.ts';

export const LINES_OVER_TIME_STATES = ['start', 'peak', 'all'] as const;
export type LinesOverTimeState = (typeof LINES_OVER_TIME_STATES)[number];
/** A series is one group's values: its id is the group's. */
export type SeriesId = string;

/** One series' value in one period. */
export interface LinesOverTimePoint {
	/** `<series>:<period start>`, the same in every state. */
	key: string;
	series: SeriesId;
	tone: GroupTone;
	/** The period's first day. */
	period: string;
	/** Middle of the period, in days. */
	x: number;
	/** The value; `null` when not reported. */
	y: number | null;
	defined: boolean;
	/** Inside the state's x domain. */
	visible: boolean;
	emphasis: boolean;
	/** This series was ahead of every other that period. */
	ahead: boolean;
	/**
	 * Drawn with a marker: every reported point of a short timeline; on a long one only those that
	 * carry meaning (a lone value, a highlighted one, the peak, the last shown).
	 */
	marker: boolean;
}

export interface LinesOverTimeSeries {
	id: SeriesId;
	label: string;
	tone: GroupTone;
	points: LinesOverTimePoint[];
}

/** A vertical band over a period (or a run of them): not reported, or a series other than the usual leader ahead. */
export interface LinesOverTimeBand {
	key: string;
	kind: 'unreported' | 'ahead';
	/** The series that led then (`ahead` bands), in its tone. */
	tone: GroupTone | null;
	/** The first day of its (first) period. */
	period: string;
	x0: number;
	x1: number;
	visible: boolean;
}

/** A label pinned to a point (value, peak, end of line) or to the top of a period's column. */
export interface LinesOverTimeLabel {
	key: string;
	kind: 'value' | 'end' | 'ahead';
	series: SeriesId | null;
	x: number;
	/** Data value; `null` pins the label to the top of the plot. */
	y: number | null;
	text: string;
	sub: string | null;
	placement: 'above' | 'below' | 'left' | 'right' | 'top';
	tone: GroupTone | 'plain';
	visible: boolean;
}

export interface LinesOverTimeTick {
	key: string;
	x: number;
	label: string;
	/** Dropped on narrow charts. */
	minor: boolean;
	visible: boolean;
}

export interface LinesOverTimeScene {
	state: LinesOverTimeState;
	/** The timeline's grain, declared or inferred. */
	grain: Grain;
	xDomain: [number, number];
	yDomain: [number, number];
	/** Gridline values of the y axis for this state. */
	yTicks: number[];
	series: LinesOverTimeSeries[];
	bands: LinesOverTimeBand[];
	labels: LinesOverTimeLabel[];
	ticks: LinesOverTimeTick[];
	/** Per series, runs of consecutive reported periods (a run of one is a lone dot). */
	runs: Record<SeriesId, string[][]>;
	/** The series that led in most reported periods: the others' leads are banded. */
	leadSeries: SeriesId | null;
	/** The periods shown in this state (their first days), in order. */
	periods: string[];
	text: ChartText;
}
