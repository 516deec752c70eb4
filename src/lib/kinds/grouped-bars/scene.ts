/**
 * The prices chart's scene: two values per item (a price list: input and output), one row per item.
 *
 * States: `output` (output price bars, dearest first), `top-ranked` (the same bars; models that
 * appear in April's ranking emphasised, the others dimmed) and `input-output` (each bar becomes a
 * line from the input price to the output price, re-sorted by input price).
 */
import type { ChartWords, Datasets, Group } from '../../model/types.ts';
import { groupWords, word } from '../../model/words.ts';
import { groupTag, groupTone } from '../../model/groups.ts';
import { formatUsd } from '../../model/format.ts';
import {
	MARKERS,
	linearTicks,
	shortModelName,
	zeroDomain,
	type Footnote,
	type LegendItem,
	type Row,
	type RowScene
} from '../rows.ts';
import { GROUPED_BARS_STATES, priceOrder, rankOf, rankingMonth, type GroupedBarsState } from './prices.ts';
import { groupedBarsText } from './text.ts';

function assertState(state: string): asserts state is GroupedBarsState {
	if (!(GROUPED_BARS_STATES as readonly string[]).includes(state)) {
		throw new Error(`prices: unknown state "${state}" (known: ${GROUPED_BARS_STATES.join(', ')})`);
	}
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
		text: groupedBarsText(data, state, ordered, ranks, words, groups)
	};
}
