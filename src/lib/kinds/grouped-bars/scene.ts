/**
 * The prices chart's scene: two values per item (a price list: input and output), one row per item.
 *
 * States: `output` (output price bars, dearest first), `top-ranked` (the same bars; models that
 * appear in April's ranking emphasised, the others dimmed) and `input-output` (each bar becomes a
 * line from the input price to the output price, re-sorted by input price).
 */
import type { ChartWords, Datasets, Group, PairRow, RankRow } from '../../model/types.ts';
import { groupWords, word, type WordSpec } from '../../model/words.ts';
import { groupLabel, groupTag, groupTone } from '../../model/groups.ts';
import { decimals, formatUsd } from '../../model/format.ts';
import {
	MARKERS,
	linearTicks,
	listAnd,
	monthYear,
	shortModelName,
	zeroDomain,
	type Footnote,
	type LegendItem,
	type Row,
	type RowScene
} from '../rows.ts';
import { compareText } from '../../model/compare.ts';

export const GROUPED_BARS_STATES = ['output', 'top-ranked', 'input-output'] as const;
export type GroupedBarsState = (typeof GROUPED_BARS_STATES)[number];

/** The words this chart shows (data/story.yaml, `charts: prices:`) and the slots each may fill. */
export const GROUPED_BARS_WORDS = {
	'title-output': ['min', 'max'],
	'title-top-ranked': ['n', 'group', 'count', 'reported', 'max'],
	'title-top-ranked-none': ['count', 'reported'],
	'title-input-output': [],
	'unit-output': ['month'],
	'unit-input-output': ['month'],
	'legend-{group}': [],
	'legend-ringed': ['count', 'reported'],
	'legend-input': [],
	'legend-output': [],
	/** `output`: "List prices per million output tokens run from {min} ({cheapest}) to {max} ({dearest})." */
	'caption-output': ['min', 'cheapest', 'max', 'dearest'],
	/**
	 * `output`, where two groups' price ranges meet: the dearest item of the cheapest group against
	 * the cheapest of the dearest group ("The dearest {group} model, {item}, lists at {price}; ...").
	 */
	'caption-output-meet': ['group', 'item', 'price', 'other', 'other-item', 'other-price'],
	/** `top-ranked`: "Of the {count} models named in the ranking reported in {reported}, {groups}." */
	'caption-top-ranked': ['count', 'reported', 'groups'],
	/**
	 * One group's prices in `{groups}`: the first group's phrase (`-first`) carries the verb and
	 * the unit, the others' do not; `-one` for a group of one item, `-many` for several.
	 */
	'ranked-first-one': ['group', 'item', 'price'],
	'ranked-first-many': ['group', 'price'],
	'ranked-one': ['group', 'item', 'price'],
	'ranked-many': ['group', 'price'],
	/** Ranked items that are a free tier: "{items} was a free tier, not the paid listing...". */
	'caption-free-one': ['items'],
	'caption-free-many': ['items'],
	/** Ranked items with no price: "No list price for {items}." */
	'caption-unpriced': ['items'],
	/** `input-output`: "Input prices run from {min} ({cheapest}) to {max} ({dearest}). Output costs {low} to {high} times..." */
	'caption-input-output': ['min', 'cheapest', 'max', 'dearest', 'low', 'high'],
	/** The data table's headings, and its rank cell for an item outside the named ranks. */
	'column-item': [],
	'column-maker': [],
	'column-group': [],
	'column-input': [],
	'column-output': [],
	'column-rank': [],
	'not-ranked': ['count']
} as const satisfies WordSpec;

/** A ranking entry that names a free tier, e.g. "Model 2 (free)". */
const FREE = /\(\s*free\s*\)/i;

/**
 * The matching rule between a ranking entry and a price row: two names match when they are equal
 * after removing every parenthesised qualifier but "(free)", ignoring case and runs of spaces.
 * A free tier is not the paid listing: a ranking's "Model 2 (free)" cost nothing, so it does not
 * match the price list's paid "Model 2". "Model 4.6" does not match "Model 4.7", and "Model 3
 * Pro" does not match "Model 3 Pro Preview".
 */
export function modelMatchKey(name: string): string {
	return name
		.replace(/\((?!\s*free\s*\))[^)]*\)/gi, ' ')
		.replace(FREE, ' (free) ')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** Rank in the monthly ranking of the model a price row lists, or null when it is not ranked. */
export function rankOf(data: Datasets, priceModel: string): number | null {
	const key = modelMatchKey(priceModel);
	const hit = data.ranks.find((r) => r.model !== null && modelMatchKey(r.model) === key);
	return hit ? hit.rank : null;
}

function assertState(state: string): asserts state is GroupedBarsState {
	if (!(GROUPED_BARS_STATES as readonly string[]).includes(state)) {
		throw new Error(`prices: unknown state "${state}" (known: ${GROUPED_BARS_STATES.join(', ')})`);
	}
}

/** Row order of a state: output price, dearest first; or input price, dearest first. */
export function priceOrder(data: Datasets, state: GroupedBarsState): PairRow[] {
	const rows = data.pairs.slice();
	return state === 'input-output'
		? rows.sort((a, b) => b.inputUsd - a.inputUsd || b.outputUsd - a.outputUsd || compareText(a.model, b.model))
		: rows.sort((a, b) => b.outputUsd - a.outputUsd || compareText(a.model, b.model));
}

export function groupedBarsScene(
	data: Datasets,
	state: string,
	highlight: string[] = [],
	words: ChartWords = {},
	groups: readonly Group[] = []
): RowScene {
	assertState(state);
	const ordered = priceOrder(data, state);
	const xDomain = zeroDomain(data.pairs.map((r) => r.outputUsd));
	const ranked = state === 'top-ranked';
	const io = state === 'input-output';
	const ranks = new Map(data.pairs.map((r) => [r.model, rankOf(data, r.model)]));

	// Every row's note is a footnote in every state, in the data's order, so a marker never moves
	// to another model between states: a note says what the bar alone cannot (a free tier, a
	// price from another list than the others).
	const footnotes: Footnote[] = [];
	const markerOf = new Map<string, string>();
	for (const r of data.pairs) {
		if (r.note.trim()) {
			const marker = MARKERS[footnotes.length % MARKERS.length];
			markerOf.set(r.model, marker);
			footnotes.push({ marker, text: `${r.model}: ${r.note.trim()}` });
		}
	}

	// Rows keep the data's order in the array (stable keys); `slot` carries the sort.
	const slotOf = new Map(ordered.map((r, i) => [r.model, i]));
	const rows: Row[] = data.pairs.map((r): Row => {
		const rank = ranks.get(r.model) ?? null;
		const focus = highlight.includes(r.model) || (ranked && rank !== null);
		return {
			key: r.model,
			name: r.model,
			short: shortModelName(r.model),
			prefix: ranked && rank !== null ? `#${rank}` : '',
			tag: groupTag(groups, r.country),
			tone: groupTone(groups, r.country),
			emphasis: focus ? 'focus' : ranked ? 'dim' : 'normal',
			visible: true,
			mark: io ? 'range' : 'bar',
			slot: slotOf.get(r.model) as number,
			x0: io ? r.inputUsd : 0,
			x1: r.outputUsd,
			err: 0,
			basis: 'reported',
			value: io ? `${formatUsd(r.inputUsd)} in / ${formatUsd(r.outputUsd)} out` : formatUsd(r.outputUsd),
			valueShort: io ? `${formatUsd(r.inputUsd)} / ${formatUsd(r.outputUsd)}` : formatUsd(r.outputUsd),
			marker: markerOf.get(r.model) ?? ''
		};
	});

	const legend: LegendItem[] = groupWords(
		words,
		'legend-',
		groups.map((g) => g.id)
	).map((w) => ({
		swatch: groupTone(groups, w.group),
		label: w.text
	}));
	if (ranked) {
		const named = data.ranks.filter((r) => r.model !== null).length;
		legend.push({
			swatch: 'focus',
			label: word(words, 'legend-ringed', { count: named, reported: rankingMonth(data) })
		});
	}
	if (io) {
		legend.push(
			{ swatch: 'input', label: word(words, 'legend-input') },
			{ swatch: 'output', label: word(words, 'legend-output') }
		);
	}

	return {
		rows,
		slots: ordered.length,
		xDomain,
		ticks: linearTicks(xDomain, 4, (v) => formatUsd(v)),
		axisTitle: '',
		legend,
		notes: [],
		footnotes,
		text: pricesText(data, state, ordered, ranks, words, groups)
	};
}

function rankingMonth(data: Datasets): string {
	return monthYear(data.ranks[0]?.date ?? '');
}

function ratio(v: number): string {
	return decimals(v, 0, 1);
}

function pricesText(
	data: Datasets,
	state: GroupedBarsState,
	ordered: PairRow[],
	ranks: Map<string, number | null>,
	words: ChartWords,
	groups: readonly Group[]
): RowScene['text'] {
	const when = monthYear(data.pairs[0]?.date ?? '');
	const namedCount = data.ranks.filter((r) => r.model !== null).length;
	const byOutput = priceOrder(data, 'output');
	const dearest = byOutput[0];
	const cheapest = byOutput[byOutput.length - 1];
	const of = (c: string) => byOutput.filter((r) => r.country === c);
	const present = groups.filter((g) => of(g.id).length > 0);

	let title: string;
	let caption: string;
	if (state === 'output') {
		// The cheapest group (whose dearest model costs least) against the dearest group (whose
		// cheapest model costs most): where the two price ranges meet.
		const cheapGroup = [...present].sort((a, b) => of(a.id)[0].outputUsd - of(b.id)[0].outputUsd)[0];
		const dearGroup = [...present].sort((a, b) => of(b.id).at(-1)!.outputUsd - of(a.id).at(-1)!.outputUsd)[0];
		const cheapTop = cheapGroup && dearGroup && cheapGroup !== dearGroup ? of(cheapGroup.id)[0] : undefined;
		const dearLow = cheapTop ? of(dearGroup.id).at(-1) : undefined;
		title = word(words, 'title-output', { min: formatUsd(cheapest.outputUsd), max: formatUsd(dearest.outputUsd) });
		caption =
			word(words, 'caption-output', {
				min: formatUsd(cheapest.outputUsd),
				cheapest: cheapest.model,
				max: formatUsd(dearest.outputUsd),
				dearest: dearest.model
			}) +
			(cheapTop && dearLow
				? ' ' +
					word(words, 'caption-output-meet', {
						group: cheapGroup.label,
						item: cheapTop.model,
						price: formatUsd(cheapTop.outputUsd),
						other: dearGroup.label,
						'other-item': dearLow.model,
						'other-price': formatUsd(dearLow.outputUsd)
					})
				: '');
	} else if (state === 'top-ranked') {
		const month = rankingMonth(data);
		const named = data.ranks.filter((r) => r.model !== null);
		const inTop = byOutput.filter((r) => ranks.get(r.model) !== null);
		const unmatched = named.filter(
			(n) => !data.pairs.some((p) => modelMatchKey(p.model) === modelMatchKey(n.model as string))
		);
		const free = unmatched.filter((n) => FREE.test(n.model as string));
		const unpriced = unmatched.filter((n) => !free.includes(n));
		// The groups of the ranked models, the largest first.
		const byGroup = groups
			.map((g) => inTop.filter((r) => r.country === g.id))
			.filter((g) => g.length)
			.sort((a, b) => b.length - a.length);
		const span = (g: PairRow[]) => {
			const lo = Math.min(...g.map((r) => r.outputUsd));
			const hi = Math.max(...g.map((r) => r.outputUsd));
			return lo === hi ? formatUsd(hi) : `${formatUsd(lo)} to ${formatUsd(hi)}`;
		};
		const most = byGroup[0] ?? [];
		title = most.length
			? word(words, 'title-top-ranked', {
					n: most.length,
					group: groupLabel(groups, most[0].country),
					count: named.length,
					reported: month,
					max: formatUsd(Math.max(...most.map((r) => r.outputUsd)))
				})
			: word(words, 'title-top-ranked-none', { count: named.length, reported: month });
		const phrase = (g: PairRow[], i: number) =>
			word(words, `ranked-${i === 0 ? 'first-' : ''}${g.length === 1 ? 'one' : 'many'}`, {
				group: groupLabel(groups, g[0].country),
				item: g[0].model,
				price: span(g)
			});
		const items = (rows: RankRow[]) => listAnd(rows.map((r) => r.model as string));
		caption =
			word(words, 'caption-top-ranked', {
				count: named.length,
				reported: month,
				groups: byGroup.map(phrase).join('; ')
			}) +
			(free.length
				? ' ' + word(words, free.length === 1 ? 'caption-free-one' : 'caption-free-many', { items: items(free) })
				: '') +
			(unpriced.length ? ' ' + word(words, 'caption-unpriced', { items: items(unpriced) }) : '');
	} else {
		const byInput = ordered;
		const ratios = data.pairs.map((r) => r.outputUsd / r.inputUsd);
		title = word(words, 'title-input-output');
		caption = word(words, 'caption-input-output', {
			min: formatUsd(byInput[byInput.length - 1].inputUsd),
			cheapest: byInput[byInput.length - 1].model,
			max: formatUsd(byInput[0].inputUsd),
			dearest: listAnd(byInput.filter((r) => r.inputUsd === byInput[0].inputUsd).map((r) => r.model)),
			low: ratio(Math.min(...ratios)),
			high: ratio(Math.max(...ratios))
		});
	}

	return {
		title,
		unit: word(words, state === 'input-output' ? 'unit-input-output' : 'unit-output', { month: when }),
		caption,
		table: {
			columns: [
				word(words, 'column-item'),
				word(words, 'column-maker'),
				word(words, 'column-group'),
				word(words, 'column-input'),
				word(words, 'column-output'),
				word(words, 'column-rank'),
				'Note'
			],
			rows: ordered.map((r) => [
				r.model,
				r.lab,
				groupTag(groups, r.country) ?? r.country,
				formatUsd(r.inputUsd),
				formatUsd(r.outputUsd),
				ranks.get(r.model) === null ? word(words, 'not-ranked', { count: namedCount }) : String(ranks.get(r.model)),
				r.note
			])
		}
	};
}
