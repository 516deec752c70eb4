/**
 * The ranked bars' scene: one row per rank, the ranks the source names as bars and the ones it
 * leaves unnamed as empty slots.
 *
 * States: `named` (the named ranks), `all` (adds the unnamed ranks as empty dashed slots, with the
 * group split the source gives for them) and one per group id (`all` with that group's rows
 * ringed). Every named bar carries its group in every state, as colour and as a tag: a colour
 * that means group on some bars and "look here" on others would make a grey bar read as outside
 * its group. A highlight is a ring and bold label (`emphasis: 'focus'`), never a colour.
 * Every figure comes from the data rows; every group word from the story's groups.
 */
import type { ChartWords, Datasets, Group, RankRow } from '../../model/types.ts';
import { NOT_REPORTED } from '../../model/format.ts';
import { formatValue, groupWords, word, type WordSpec } from '../../model/words.ts';
import { groupLabel, groupTag, groupTone } from '../../model/groups.ts';
import {
	MARKERS,
	linearTicks,
	listAnd,
	monthYear,
	shortModelName,
	zeroDomain,
	type Footnote,
	type Row,
	type RowNote,
	type RowScene
} from '../rows.ts';

/** The states that need no group; a group's id is a state too (its rows ringed). */
export const RANKED_BARS_STATES = ['named', 'all'] as const;

/** The states of a story with these groups. */
export function rankedBarsStates(groups: readonly Group[]): string[] {
	return [...RANKED_BARS_STATES, ...groups.map((g) => g.id)];
}

/** The words this chart shows (data/story.yaml, `charts: ranking:`) and the slots each may fill. */
export const RANKED_BARS_WORDS = {
	'title-named': ['count', 'reported'],
	'title-all': ['total', 'unnamed'],
	'title-group': ['n', 'group', 'tag', 'count'],
	unit: ['reported'],
	'legend-{group}': [],
	'not-itemized': [],
	/** A value as bars, ticks, captions and the table print it: "{value}T". */
	value: ['value'],
	/** What one ranked item is and several are, in the group caption: "model", "models". */
	item: [],
	items: [],
	/** The `named` caption: "{leader} ({maker}) led with {value} tokens in a month, as reported in {reported}, ahead of {others}." */
	'caption-named': ['leader', 'maker', 'value', 'reported', 'others'],
	/** The `all` caption's last sentence, on the unnamed ranks' ceiling: "Each has fewer than {value} tokens." */
	'caption-ceiling': ['value'],
	/** The data table's headings of the item, its maker, its group and its value. */
	'column-item': [],
	'column-maker': [],
	'column-group': [],
	'column-value': []
} as const satisfies WordSpec;
export type RankedBarsState = string;

/** Ranks the source names, in rank order. */
export function itemized(data: Datasets): RankRow[] {
	return data.ranks.filter((r) => r.model !== null && r.tokensT !== null).sort((a, b) => a.rank - b.rank);
}

/** Ranks the source leaves unnamed, in rank order. */
export function unitemized(data: Datasets): RankRow[] {
	return data.ranks.filter((r) => r.model === null).sort((a, b) => a.rank - b.rank);
}

/** How many of the unnamed ranks belong to one group, or to every group but one ("not X"). */
export interface SlotCount {
	/** A group id, or "not <id>". */
	group: string;
	count: number;
}

/**
 * What is known about the unnamed ranks: how many of them fall in each counted group (the
 * reported counts minus the named rows of that group), and the ceiling on their values (the
 * smallest named value, since they rank below it). Counts are `null` when the reported counts
 * do not add up with the named rows.
 */
export function unitemizedSplit(data: Datasets): {
	slots: number;
	counts: SlotCount[] | null;
	ceiling: number | null;
} {
	const named = itemized(data);
	const slots = unitemized(data).length;
	const counts = data.counts.map((r) => {
		const outside = /^not (.+)$/.exec(r.group)?.[1];
		const namedOf = named.filter((n) => (outside !== undefined ? n.country !== outside : n.country === r.group)).length;
		return { group: r.group, count: r.count - namedOf };
	});
	const ok =
		counts.length > 0 && counts.every((c) => c.count >= 0) && counts.reduce((s, c) => s + c.count, 0) === slots;
	const ceiling = named.length ? Math.min(...named.map((r) => r.tokensT as number)) : null;
	return { slots, counts: ok ? counts : null, ceiling };
}

function assertState(state: string, groups: readonly Group[]): void {
	const known = rankedBarsStates(groups);
	if (!known.includes(state)) {
		throw new Error(`ranking: unknown state "${state}" (known: ${known.join(', ')})`);
	}
}

const verb = (n: number) => (n === 1 ? 'is' : 'are');

/** "2 are Danish", "3 are not": one count of the unnamed ranks in words. */
function countPhrase(c: SlotCount, groups: readonly Group[]): string {
	const outside = /^not (.+)$/.exec(c.group)?.[1];
	return `${c.count} ${verb(c.count)} ${outside !== undefined ? 'not' : groupLabel(groups, c.group)}`;
}

/** The note's words, e.g. "2 of these 5 are Danish, 3 are not — which ones is not reported; each below 4.75T". */
export function slotNoteText(data: Datasets, groups: readonly Group[], words: ChartWords = {}): string {
	const { slots, counts, ceiling } = unitemizedSplit(data);
	const parts: string[] = [];
	parts.push(
		counts !== null
			? `${counts.map((c, i) => (i === 0 ? `${c.count} of these ${slots} ${countPhrase(c, groups).replace(/^\d+ /, '')}` : countPhrase(c, groups))).join(', ')} — which ones is not reported`
			: `These ${slots} are not itemized by the source`
	);
	if (ceiling !== null) parts.push(`each below ${formatValue(words, ceiling)}`);
	return parts.join('; ');
}

export function rankedBarsScene(
	data: Datasets,
	state: string,
	highlight: string[] = [],
	words: ChartWords = {},
	groups: readonly Group[] = []
): RowScene {
	assertState(state, groups);
	const named = itemized(data);
	const unnamed = unitemized(data);
	const split = unitemizedSplit(data);
	const showSlots = state !== 'named';
	const ringed = groups.some((g) => g.id === state) ? state : null;
	const slots = showSlots ? named.length + unnamed.length : named.length;
	const xDomain = zeroDomain(named.map((r) => r.tokensT as number));
	const ceiling = split.ceiling ?? xDomain[1];

	// A footnote for each named row that carries a note (rank 2's free tier).
	const footnotes: Footnote[] = [];
	const markerOf = new Map<number, string>();
	for (const r of named) {
		if (r.note.trim()) {
			const marker = MARKERS[footnotes.length % MARKERS.length];
			markerOf.set(r.rank, marker);
			footnotes.push({ marker, text: `${r.model}: ${shortNote(r.note)}` });
		}
	}

	const focusOf = (r: RankRow): boolean =>
		highlight.length > 0 ? highlight.includes(r.model as string) : ringed !== null && r.country === ringed;

	const rows: Row[] = [
		...named.map((r, i): Row => {
			const focus = focusOf(r);
			return {
				key: `rank-${r.rank}`,
				name: r.model as string,
				short: shortModelName(r.model as string),
				prefix: String(r.rank),
				tag: groupTag(groups, r.country),
				tone: groupTone(groups, r.country),
				emphasis: focus ? 'focus' : 'normal',
				visible: true,
				mark: 'bar',
				slot: i,
				x0: 0,
				x1: r.tokensT as number,
				err: 0,
				basis: 'reported',
				value: formatValue(words, r.tokensT),
				valueShort: formatValue(words, r.tokensT),
				marker: markerOf.get(r.rank) ?? ''
			};
		}),
		...unnamed.map((r, i): Row => ({
			key: `rank-${r.rank}`,
			name: word(words, 'not-itemized'),
			short: word(words, 'not-itemized'),
			prefix: String(r.rank),
			tag: null,
			tone: 'neutral',
			emphasis: 'normal',
			visible: showSlots,
			mark: 'empty',
			// Below the named rows; in `top5` that is under the plot, out of sight.
			slot: named.length + i,
			x0: 0,
			x1: ceiling,
			err: 0,
			basis: 'not-reported',
			value: '',
			valueShort: '',
			marker: ''
		}))
	];

	const notes: RowNote[] =
		showSlots && unnamed.length
			? [{ slots: [named.length, named.length + unnamed.length], x: ceiling, text: slotNoteText(data, groups, words) }]
			: [];

	return {
		rows,
		slots,
		xDomain,
		ticks: linearTicks(xDomain, 5, (v, digits) => formatValue(words, v, digits)),
		axisTitle: '',
		// The slots say "not itemized" in words; the legend only names the colours.
		legend: groupWords(
			words,
			'legend-',
			groups.map((g) => g.id)
		).map((w) => ({
			swatch: groupTone(groups, w.group),
			label: w.text
		})),
		notes,
		footnotes,
		text: rankingText(data, state, named, split, words, groups)
	};
}

/** A row note without its parenthesised source, for the chart's footnote line. */
function shortNote(note: string): string {
	return note.replace(/\s*\([^)]*\)/g, '').trim();
}

function rankingText(
	data: Datasets,
	state: RankedBarsState,
	named: RankRow[],
	split: ReturnType<typeof unitemizedSplit>,
	words: ChartWords,
	groups: readonly Group[]
): RowScene['text'] {
	const when = monthYear(named[0]?.date ?? data.ranks[0]?.date ?? '');
	const top = named[0];
	const total = data.ranks.length;
	const list = (rows: RankRow[]) => listAnd(rows.map((r) => `${r.model} at ${formatValue(words, r.tokensT)}`));

	let title: string;
	let caption: string;
	if (state === 'named') {
		title = word(words, 'title-named', { count: named.length, reported: when });
		caption = word(words, 'caption-named', {
			leader: top.model as string,
			maker: top.lab ?? NOT_REPORTED,
			value: formatValue(words, top.tokensT),
			reported: when,
			others: list(named.slice(1))
		});
	} else if (state === 'all') {
		title = word(words, 'title-all', { total, unnamed: split.slots });
		const first = named.length + 1;
		const last = named.length + split.slots;
		caption =
			`The source names ranks 1 to ${named.length} only. ` +
			(split.counts !== null
				? `Of ranks ${first} to ${last}, ${listAnd(split.counts.map((c) => countPhrase(c, groups)))}; which ones is not reported.`
				: `Ranks ${first} to ${last} are not itemized.`) +
			(split.ceiling !== null
				? ` ${word(words, 'caption-ceiling', { value: formatValue(words, split.ceiling) })}`
				: '');
	} else {
		const ringed = named.filter((r) => r.country === state);
		const label = groupLabel(groups, state);
		title = word(words, 'title-group', {
			n: ringed.length,
			group: label,
			tag: groupTag(groups, state) ?? state,
			count: named.length
		});
		// The other groups' named rows, group by group in the story's order.
		const others = groups
			.filter((g) => g.id !== state)
			.map((g) => ({ g, rows: named.filter((r) => r.country === g.id) }))
			.filter((o) => o.rows.length > 0);
		const reported = data.counts.find((r) => r.group === state)?.count ?? null;
		const unnamedOf = split.counts?.find((c) => c.group === state)?.count ?? null;
		caption =
			`${listAnd(ringed.map((r) => r.model as string))} ${verb(ringed.length)} ${label}; ` +
			others
				.map(
					({ g, rows }) =>
						`${listAnd(rows.map((r) => `${r.model} (rank ${r.rank})`))} ` +
						// "among the named": the unnamed ranks of another group may be of this one too.
						`${rows.length === 1 ? 'is the only' : 'are the'} ${g.label} ` +
						`${word(words, rows.length === 1 ? 'item' : 'items')} among the ${named.length} named`
				)
				.join('; ') +
			'.' +
			(reported !== null && unnamedOf !== null
				? ` In the whole top ${total}, ${reported} ${verb(reported)} ${label}, ${unnamedOf} of them unnamed.`
				: '');
	}

	const shown = state === 'named' ? named : data.ranks.slice().sort((a, b) => a.rank - b.rank);
	return {
		title,
		unit: word(words, 'unit', { reported: when }),
		caption,
		table: {
			columns: [
				'Rank',
				word(words, 'column-item'),
				word(words, 'column-maker'),
				word(words, 'column-group'),
				word(words, 'column-value'),
				'Note'
			],
			rows: shown.map((r) => [
				String(r.rank),
				r.model ?? word(words, 'not-itemized'),
				r.lab ?? 'not reported',
				groupTag(groups, r.country) ?? 'not reported',
				formatValue(words, r.tokensT),
				r.note
			])
		}
	};
}
