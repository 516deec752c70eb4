/**
 * The shapes of a lines-over-time scene: its states, and the points, series, bands, labels and
 * ticks it draws. Time is in days since 1970-01-01 (see `dayNumber` in weeks.ts).
 */
import type { GroupTone } from '../../model/groups.ts';
import type { ChartText } from '../types.ts';

export const LINES_OVER_TIME_STATES = ['start', 'peak', 'all'] as const;
export type LinesOverTimeState = (typeof LINES_OVER_TIME_STATES)[number];
/** A series is one group's values: its id is the group's. */
export type SeriesId = string;

/** One series' value in one week. */
export interface LinesOverTimePoint {
	/** `<series>:<week start>`, the same in every state. */
	key: string;
	series: SeriesId;
	tone: GroupTone;
	week: string;
	/** Middle of the week, in days. */
	x: number;
	/** Trillions of tokens; `null` when not reported. */
	y: number | null;
	defined: boolean;
	/** Inside the state's x domain. */
	visible: boolean;
	emphasis: boolean;
	/** This series was ahead of every other that week. */
	ahead: boolean;
}

export interface LinesOverTimeSeries {
	id: SeriesId;
	label: string;
	tone: GroupTone;
	points: LinesOverTimePoint[];
}

/** A vertical band over one week: not reported, or a series other than the usual leader ahead. */
export interface LinesOverTimeBand {
	key: string;
	kind: 'unreported' | 'ahead';
	/** The series that led that week (`ahead` bands), in its tone. */
	tone: GroupTone | null;
	week: string;
	x0: number;
	x1: number;
	visible: boolean;
}

/** A label pinned to a point (value, peak, end of line) or to the top of a week's column. */
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
	xDomain: [number, number];
	yDomain: [number, number];
	/** Gridline values of the y axis for this state. */
	yTicks: number[];
	series: LinesOverTimeSeries[];
	bands: LinesOverTimeBand[];
	labels: LinesOverTimeLabel[];
	ticks: LinesOverTimeTick[];
	/** Per series, runs of consecutive reported weeks (a run of one is a lone dot). */
	runs: Record<SeriesId, string[][]>;
	/** The series that led in most reported weeks: the others' leads are banded. */
	leadSeries: SeriesId | null;
	/** Weeks shown in this state, in order. */
	weeks: string[];
	text: ChartText;
}
