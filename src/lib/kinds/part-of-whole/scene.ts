/**
 * The part-of-a-whole scenes: a donut of shares, by part (`providers`) or grouped by the parts'
 * group column (`countries`), and the gap between the two largest groups (`gap`).
 *
 * Pure TypeScript (relative imports only). Every state draws the same arcs, keyed by part id,
 * so a tween can sweep them from one state to the next: grouped, the arcs of one group close
 * ranks into one block. Angles run clockwise from 12 o'clock, in radians.
 */
import type { ChartWords, Country, Datasets, Group, ShareRow } from '../../model/types.ts';
import { groupTag, groupTone, type GroupTone } from '../../model/groups.ts';
import { word, type WordSpec } from '../../model/words.ts';
import type { ChartText } from '../types.ts';
import { formatPct, formatPoints } from '../../model/format.ts';

export const PART_OF_WHOLE_STATES = ['providers', 'countries', 'gap'] as const;
export type PartOfWholeState = (typeof PART_OF_WHOLE_STATES)[number];
export type Tone = GroupTone;

/** The words this chart shows (data/story.yaml, `charts: share:`) and the slots each may fill. */
export const PART_OF_WHOLE_WORDS = {
	'title-providers': [],
	'title-countries': [],
	'title-gap': ['leader', 'follower', 'points'],
	unit: [],
	'centre-providers': [],
	'gap-label': ['leader', 'follower'],
	'gap-short': [],
	'gap-centre': ['points'],
	'legend-derived': [],
	'legend-points': [],
	'short-combined': ['group'],
	'note-combined': [],
	/** The data table's headings of a part ("Provider") and of a group ("Country"). */
	'column-part': [],
	'column-group': []
} as const satisfies WordSpec;

/** One arc of the donut: always one provider row, whatever the state. */
export interface PartOfWholeArc {
	/** Provider id: the arc's key in every state. */
	key: string;
	/** Id of the country-share row the provider belongs to. */
	group: string;
	label: string;
	country: Country | null;
	tone: Tone;
	sharePct: number;
	startAngle: number;
	endAngle: number;
	derived: boolean;
	/** Fill strength 0-1: a group's parts differ by shade in `providers`, one block in `countries`. */
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

const TAU = Math.PI * 2;
/** Fill strength of the 1st, 2nd, 3rd... arc of a country block in `providers`. */
const SHADES = [1, 0.78, 0.6, 0.48];

export function isPartOfWholeState(state: string): state is PartOfWholeState {
	return (PART_OF_WHOLE_STATES as readonly string[]).includes(state);
}

/** Add percentages without binary noise: 17.8 + 16.5 + 12.3 = 46.6, not 46.599999. */
function sumPct(values: number[]): number {
	return Math.round(values.reduce((s, v) => s + v, 0) * 1e6) / 1e6;
}

function trimNum(value: number): string {
	return String(Math.round(value * 1e6) / 1e6);
}

/** The country row a provider belongs to: same country, or the country-less remainder. */
function groupOf(p: ShareRow, countries: ShareRow[]): ShareRow | undefined {
	return countries.find((c) => c.country === p.country);
}

/** A list joined the English way: "a, b and c". */
function listing(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function midAngle(a: { startAngle: number; endAngle: number }): number {
	return (a.startAngle + a.endAngle) / 2;
}

/** The scene of one state of the share donut. Throws on a state it does not know. */
export function partOfWholeScene(
	data: Datasets,
	state: string,
	highlight: string[] = [],
	words: ChartWords = {},
	groups: readonly Group[] = []
): PartOfWholeScene {
	const toneOf = (g: Country | null) => groupTone(groups, g);
	if (!isPartOfWholeState(state)) {
		throw new Error(`share chart: unknown state "${state}" (expected ${PART_OF_WHOLE_STATES.join(', ')})`);
	}
	const providers = data.parts;
	const countries = data.totals;
	if (providers.length === 0 || countries.length === 0) {
		throw new Error('share chart: provider-share and country-share must not be empty');
	}
	const byProvider = state === 'providers';

	// Arcs in country order (the country file's order), then by share within a country.
	const groupIndex = (p: ShareRow) => {
		const g = groupOf(p, countries);
		return g ? countries.indexOf(g) : countries.length;
	};
	const ordered = [...providers].sort((a, b) => groupIndex(a) - groupIndex(b) || b.sharePct - a.sharePct);

	// Angles. By provider: each provider's share of the providers' total. By country: each
	// country row's share of the countries' total, split among its providers in proportion.
	const providerTotal = sumPct(providers.map((p) => p.sharePct));
	const countryTotal = sumPct(countries.map((c) => c.sharePct));
	const spans = new Map<string, number>();
	if (byProvider) {
		for (const p of ordered) spans.set(p.id, (p.sharePct / providerTotal) * TAU);
	} else {
		for (const c of countries) {
			const members = ordered.filter((p) => groupOf(p, countries) === c);
			const memberTotal = sumPct(members.map((p) => p.sharePct));
			for (const p of members) {
				spans.set(p.id, (c.sharePct / countryTotal) * TAU * (p.sharePct / memberTotal));
			}
		}
	}

	const isHighlighted = (p: ShareRow) =>
		byProvider ? highlight.includes(p.id) : highlight.includes(groupOf(p, countries)?.id ?? '');

	let angle = 0;
	const arcs: PartOfWholeArc[] = ordered.map((p, i) => {
		const span = spans.get(p.id) ?? 0;
		const group = groupOf(p, countries);
		const previous = ordered[i - 1];
		const sameGroupAsPrevious = previous !== undefined && groupOf(previous, countries) === group;
		const rank = ordered.slice(0, i).filter((q) => groupOf(q, countries) === group).length;
		const arc: PartOfWholeArc = {
			key: p.id,
			group: group?.id ?? 'none',
			label: p.label,
			country: p.country,
			tone: toneOf(p.country),
			sharePct: p.sharePct,
			startAngle: angle,
			endAngle: angle + span,
			derived: p.basis === 'derived',
			shade: byProvider ? (SHADES[rank] ?? SHADES[SHADES.length - 1]) : 1,
			separator: byProvider || !sameGroupAsPrevious,
			emphasis: isHighlighted(p)
		};
		angle += span;
		return arc;
	});

	// Labels: one per provider, one per country; only the state's own set is visible.
	const providerLabels: PartOfWholeLabel[] = arcs.map((a) => {
		const row = providers.find((p) => p.id === a.key)!;
		const isCombined = row.basis === 'combined';
		const group = groups.find((g) => g.id === row.country);
		return {
			key: `p:${a.key}`,
			text: a.label,
			short: isCombined
				? word(words, 'short-combined', { group: group?.label ?? a.label })
				: a.derived
					? 'Others'
					: a.label,
			value: formatPct(a.sharePct),
			tag: groupTag(groups, a.country),
			note: isCombined ? word(words, 'note-combined') : a.derived ? 'derived' : null,
			derived: a.derived,
			tone: a.tone,
			angle: midAngle(a),
			visible: byProvider,
			emphasis: byProvider && a.emphasis
		};
	});
	const countryLabels: PartOfWholeLabel[] = countries.map((c) => {
		const members = arcs.filter((a) => a.group === c.id);
		const start = members[0]?.startAngle ?? 0;
		const end = members[members.length - 1]?.endAngle ?? start;
		return {
			key: `c:${c.id}`,
			text: c.label,
			short: c.label,
			value: formatPct(c.sharePct),
			tag: groupTag(groups, c.country),
			note: c.basis === 'derived' ? 'derived' : null,
			derived: c.basis === 'derived',
			tone: toneOf(c.country),
			angle: (start + end) / 2,
			visible: !byProvider,
			emphasis: !byProvider && highlight.includes(c.id)
		};
	});

	// The gap between the two largest group totals, laid over the leader's arc: the part of the
	// leader's arc that reaches past the follower's share.
	const grouped = countries.filter((c) => c.country !== null);
	if (grouped.length < 2) throw new Error('share chart: the grouped shares need a row for at least two groups');
	const [leader, follower] = [...grouped].sort((a, b) => b.sharePct - a.sharePct);
	const points = sumPct([leader.sharePct, -follower.sharePct]);
	const leaderArcs = arcs.filter((a) => a.group === leader.id);
	const leaderEnd = leaderArcs[leaderArcs.length - 1]?.endAngle ?? 0;
	const leaderStart = leaderArcs[0]?.startAngle ?? 0;
	const showGap = state === 'gap';
	const gap: PartOfWholeGap = {
		visible: showGap,
		startAngle: showGap ? leaderStart + (follower.sharePct / countryTotal) * TAU : leaderEnd,
		endAngle: leaderEnd,
		points,
		leader: leader.label,
		follower: follower.label,
		formula: `${trimNum(leader.sharePct)} − ${trimNum(follower.sharePct)}`
	};
	const gapLabel: PartOfWholeLabel = {
		key: 'gap',
		text: word(words, 'gap-label', { leader: leader.label, follower: follower.label }),
		short: word(words, 'gap-short'),
		value: formatPoints(points),
		tag: null,
		note: 'derived',
		derived: true,
		tone: 'gap',
		angle: midAngle(gap),
		visible: showGap,
		emphasis: false
	};

	// Centre of the donut.
	let centre: CentreLine[];
	if (byProvider) {
		const picked = arcs.filter((a) => a.emphasis);
		centre =
			picked.length > 0
				? picked.flatMap((a) => [
						{ key: `${a.key}-name`, text: a.label, tone: a.tone, derived: a.derived, secondary: false },
						{
							key: `${a.key}-value`,
							text: formatPct(a.sharePct),
							tone: a.tone,
							derived: a.derived,
							secondary: false
						}
					])
				: [{ key: 'by', text: word(words, 'centre-providers'), tone: 'plain', derived: false, secondary: false }];
	} else {
		centre = grouped.map((c) => ({
			key: c.id,
			text: `${c.label} ${formatPct(c.sharePct)}`,
			tone: toneOf(c.country),
			derived: c.basis === 'derived',
			secondary: showGap
		}));
		if (showGap) {
			centre.push({
				key: 'gap',
				text: word(words, 'gap-centre', { points: formatPoints(points) }),
				tone: 'gap',
				derived: true,
				secondary: false
			});
		}
	}

	return {
		state,
		domain: [0, byProvider ? providerTotal : countryTotal],
		arcs,
		labels: [...providerLabels, ...countryLabels, gapLabel],
		gap,
		centre,
		text: shareText(state, providers, countries, gap, arcs, words, groups)
	};
}

function basisWord(row: { basis: string }): string {
	return row.basis === 'derived' ? 'derived' : 'reported';
}

function shareText(
	state: PartOfWholeState,
	providers: ShareRow[],
	countries: ShareRow[],
	gap: PartOfWholeGap,
	arcs: PartOfWholeArc[],
	words: ChartWords,
	groups: readonly Group[]
): ChartText {
	const unit = word(words, 'unit');
	if (state === 'providers') {
		const rows = arcs.map((a) => providers.find((p) => p.id === a.key)!);
		const parts = rows.map((p) => {
			const extra =
				p.basis === 'combined' ? ` (${word(words, 'note-combined')})` : p.basis === 'derived' ? ' (derived)' : '';
			return `${p.label} ${formatPct(p.sharePct)}${extra}`;
		});
		const title = word(words, 'title-providers');
		return {
			title,
			unit,
			caption: `${title}: ${listing(parts)}.`,
			table: {
				columns: [word(words, 'column-part'), word(words, 'column-group'), 'Share', 'Basis'],
				rows: rows.map((p) => [p.label, groupTag(groups, p.country) ?? '—', formatPct(p.sharePct), basisWord(p)])
			}
		};
	}
	const parts = countries.map((c) => `${c.label} ${formatPct(c.sharePct)}${c.basis === 'derived' ? ' (derived)' : ''}`);
	const table = {
		columns: [word(words, 'column-group'), 'Share', 'Basis'],
		rows: countries.map((c) => [c.label, formatPct(c.sharePct), basisWord(c)])
	};
	if (state === 'countries') {
		const title = word(words, 'title-countries');
		return {
			title,
			unit,
			caption: `${title}: ${listing(parts)}.`,
			table
		};
	}
	return {
		title: word(words, 'title-gap', { leader: gap.leader, follower: gap.follower, points: formatPoints(gap.points) }),
		unit,
		caption:
			// Labels may be plural ("3 labs of a group"): no verb that must agree with them.
			`${listing(parts)}. The gap, ${gap.leader} over ${gap.follower}: ` +
			`${formatPoints(gap.points).replace('pts', 'percentage points')} (derived: ${gap.formula}).`,
		table: {
			columns: table.columns,
			rows: [...table.rows, [`Gap, ${gap.leader} minus ${gap.follower}`, formatPoints(gap.points), 'derived']]
		}
	};
}

/** Ids a step may highlight: provider ids by provider, country ids by country. */
export function partOfWholeKeys(data: Datasets, state: string): string[] {
	return state === 'providers' ? data.parts.map((p) => p.id) : data.totals.map((c) => c.id);
}
