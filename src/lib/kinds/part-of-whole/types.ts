/**
 * The shapes of a part-of-whole scene: its states, and the arcs, labels, gap and centre lines the
 * donut draws. Angles run clockwise from 12 o'clock, in radians.
 */
import type { GroupId } from '../../model/types.ts';
import type { GroupTone } from '../../model/groups.ts';
import type { ChartText } from '../types.ts';

export const PART_OF_WHOLE_STATES = ['parts', 'totals', 'gap'] as const;
export type PartOfWholeState = (typeof PART_OF_WHOLE_STATES)[number];
export type Tone = GroupTone;

/** One arc of the donut: always one provider row, whatever the state. */
export interface PartOfWholeArc {
	/** Provider id: the arc's key in every state. */
	key: string;
	/** Id of the country-share row the provider belongs to. */
	group: string;
	label: string;
	country: GroupId | null;
	tone: Tone;
	value: number;
	startAngle: number;
	endAngle: number;
	derived: boolean;
	/** Fill strength 0-1: a group's parts differ by shade in `parts`, one block in `totals`. */
	shade: number;
	/** Whether a separator is drawn at this arc's start. */
	separator: boolean;
	emphasis: boolean;
}

/** A direct label at an arc's centroid angle; the chart draws it outside the ring. */
export interface PartOfWholeLabel {
	/** `p:<provider id>`, `c:<country id>` or `gap`. */
	key: string;
	text: string;
	/** Shorter text for narrow charts. */
	short: string;
	value: string;
	/** Group tag, so groups differ by text as well as colour. */
	tag: string | null;
	/** A caveat shown under the label, e.g. "no per-lab split reported". */
	note: string | null;
	derived: boolean;
	tone: Tone | 'gap';
	angle: number;
	visible: boolean;
	emphasis: boolean;
}

/** The gap between the two leading countries, drawn as a band over the leader's arc. */
export interface PartOfWholeGap {
	visible: boolean;
	startAngle: number;
	endAngle: number;
	/** Percentage points, derived from the two country rows. */
	points: number;
	leader: string;
	follower: string;
	/** How it was computed, e.g. "46.6 − 37.1". */
	formula: string;
}

export interface CentreLine {
	key: string;
	text: string;
	tone: Tone | 'gap' | 'plain';
	derived: boolean;
	/** May be dropped when the chart is narrow (the labels say it too). */
	secondary: boolean;
}

export interface PartOfWholeScene {
	state: PartOfWholeState;
	/** Share total mapped onto a full turn: [0, total] -> [0, 2π]. */
	domain: [number, number];
	arcs: PartOfWholeArc[];
	labels: PartOfWholeLabel[];
	gap: PartOfWholeGap;
	centre: CentreLine[];
	text: ChartText;
}
