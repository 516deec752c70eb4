/**
 * The part-of-a-whole scenes: a donut of shares, by part (`parts`) or grouped by the parts'
 * group into the totals (`totals`), and the gap between the two largest groups (`gap`).
 *
 * Pure TypeScript (relative imports only). Every state draws the same arcs, keyed by part id,
 * so a tween can sweep them from one state to the next: grouped, the arcs of one group close
 * ranks into one block. Angles run clockwise from 12 o'clock, in radians.
 */
import type { LangCode } from '../../model/locale/langs.ts';
import type { ChartOptions, ChartWords, GroupId, Datasets, Group, ShareRow } from '../../model/types.ts';
import { groupTag, groupTone } from '../../model/groups.ts';
import { withDefaults, word } from '../../model/words.ts';
import { decimals } from '../../model/format.ts';
import {
	PART_OF_WHOLE_STATES,
	type CentreLine,
	type PartOfWholeArc,
	type PartOfWholeGap,
	type PartOfWholeLabel,
	type PartOfWholeScene,
	type PartOfWholeState
} from './types.ts';
import { partOfWholeText } from './text.ts';
import { PART_OF_WHOLE_DEFAULTS } from './defaults.ts';

const TAU = Math.PI * 2;
/** Fill strength of the 1st, 2nd, 3rd... arc of a group's block in `parts`. */
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
	return countries.find((c) => c.group === p.group);
}

function midAngle(a: { startAngle: number; endAngle: number }): number {
	return (a.startAngle + a.endAngle) / 2;
}

/** The scene of one state of the share donut. Throws on a state it does not know. */
export function partOfWholeScene(
	data: Datasets,
	state: string,
	highlight: string[] = [],
	written: ChartWords = {},
	groups: readonly Group[] = [],
	options: ChartOptions,
	lang: LangCode
): PartOfWholeScene {
	const words = withDefaults(written, PART_OF_WHOLE_DEFAULTS[lang]);
	const digits = options.decimals ?? 1;
	const number = (v: number) => decimals(v, digits);
	const formatPct = (v: number) => word(words, 'value', { value: number(v) });
	const formatPoints = (v: number) => word(words, 'points', { value: number(v) });
	const toneOf = (g: GroupId | null) => groupTone(groups, g);
	if (!isPartOfWholeState(state)) {
		throw new Error(`share chart: unknown state "${state}" (expected ${PART_OF_WHOLE_STATES.join(', ')})`);
	}
	const providers = data.parts;
	const countries = data.totals;
	if (providers.length === 0 || countries.length === 0) {
		throw new Error('share chart: provider-share and country-share must not be empty');
	}
	const byProvider = state === 'parts';

	// Arcs in country order (the country file's order), then by share within a country.
	const groupIndex = (p: ShareRow) => {
		const g = groupOf(p, countries);
		return g ? countries.indexOf(g) : countries.length;
	};
	const ordered = [...providers].sort((a, b) => groupIndex(a) - groupIndex(b) || b.value - a.value);

	// Angles. By provider: each provider's share of the providers' total. By country: each
	// country row's share of the countries' total, split among its providers in proportion.
	const providerTotal = sumPct(providers.map((p) => p.value));
	const countryTotal = sumPct(countries.map((c) => c.value));
	const spans = new Map<string, number>();
	if (byProvider) {
		for (const p of ordered) spans.set(p.id, (p.value / providerTotal) * TAU);
	} else {
		for (const c of countries) {
			const members = ordered.filter((p) => groupOf(p, countries) === c);
			const memberTotal = sumPct(members.map((p) => p.value));
			for (const p of members) {
				spans.set(p.id, (c.value / countryTotal) * TAU * (p.value / memberTotal));
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
			country: p.group,
			tone: toneOf(p.group),
			value: p.value,
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
		const group = groups.find((g) => g.id === row.group);
		return {
			key: `p:${a.key}`,
			text: a.label,
			short: isCombined
				? word(words, 'short-combined', { group: group?.label ?? a.label })
				: a.derived
					? word(words, 'short-derived')
					: a.label,
			value: formatPct(a.value),
			tag: groupTag(groups, a.country),
			note: isCombined ? word(words, 'note-combined') : a.derived ? word(words, 'derived') : null,
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
			value: formatPct(c.value),
			tag: groupTag(groups, c.group),
			note: c.basis === 'derived' ? word(words, 'derived') : null,
			derived: c.basis === 'derived',
			tone: toneOf(c.group),
			angle: (start + end) / 2,
			visible: !byProvider,
			emphasis: !byProvider && highlight.includes(c.id)
		};
	});

	// The gap between the two largest group totals, laid over the leader's arc: the part of the
	// leader's arc that reaches past the follower's share.
	const grouped = countries.filter((c) => c.group !== null);
	if (grouped.length < 2) throw new Error('share chart: the grouped shares need a row for at least two groups');
	const [leader, follower] = [...grouped].sort((a, b) => b.value - a.value);
	const points = sumPct([leader.value, -follower.value]);
	const leaderArcs = arcs.filter((a) => a.group === leader.id);
	const leaderEnd = leaderArcs[leaderArcs.length - 1]?.endAngle ?? 0;
	const leaderStart = leaderArcs[0]?.startAngle ?? 0;
	const showGap = state === 'gap';
	const gap: PartOfWholeGap = {
		visible: showGap,
		startAngle: showGap ? leaderStart + (follower.value / countryTotal) * TAU : leaderEnd,
		endAngle: leaderEnd,
		points,
		leader: leader.label,
		follower: follower.label,
		formula: `${trimNum(leader.value)} − ${trimNum(follower.value)}`
	};
	const gapLabel: PartOfWholeLabel = {
		key: 'gap',
		text: word(words, 'gap-label', { leader: leader.label, follower: follower.label }),
		short: word(words, 'gap-short'),
		value: formatPoints(points),
		tag: null,
		note: word(words, 'derived'),
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
							text: formatPct(a.value),
							tone: a.tone,
							derived: a.derived,
							secondary: false
						}
					])
				: [{ key: 'by', text: word(words, 'centre-parts'), tone: 'plain', derived: false, secondary: false }];
	} else {
		centre = grouped.map((c) => ({
			key: c.id,
			text: word(words, 'part', { label: c.label, value: formatPct(c.value) }),
			tone: toneOf(c.group),
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
		text: partOfWholeText(
			state,
			providers,
			countries,
			gap,
			arcs,
			words,
			groups,
			{
				pct: formatPct,
				points: formatPoints,
				number
			},
			lang
		)
	};
}

/** Ids a step may highlight: provider ids by provider, country ids by country. */
export function partOfWholeKeys(data: Datasets, state: string): string[] {
	return state === 'parts' ? data.parts.map((p) => p.id) : data.totals.map((c) => c.id);
}
