/**
 * The prices chart's scene: two values per item (a price list: input and output), one row per item.
 *
 * States: `output` (output price bars, dearest first), `top-ranked` (the same bars; models that
 * appear in April's ranking emphasised, the others dimmed) and `input-output` (each bar becomes a
 * line from the input price to the output price, re-sorted by input price).
 */
import type { LangCode } from '../../model/locale/langs.ts';
import type { ChartOptions, ChartWords, Datasets, Group } from '../../model/types.ts';
import { groupWords, withDefaults, word } from '../../model/words.ts';
import { groupTag, groupTone } from '../../model/groups.ts';
import { decimals, sourceDigits } from '../../model/format.ts';
import { MARKERS, linearTicks, zeroDomain, type Footnote, type LegendItem, type Row, type RowScene } from '../rows.ts';
import { GROUPED_BARS_STATES, priceOrder, rankOf, rankingMonth, type GroupedBarsState } from './prices.ts';
import { groupedBarsText } from './text.ts';
import { GROUPED_BARS_DEFAULTS } from './defaults.ts';

function assertState(state: string): asserts state is GroupedBarsState {
	if (!(GROUPED_BARS_STATES as readonly string[]).includes(state)) {
		throw new Error(`prices: unknown state "${state}" (known: ${GROUPED_BARS_STATES.join(', ')})`);
	}
}

export function groupedBarsScene(
	data: Datasets,
	state: string,
	highlight: string[] = [],
	written: ChartWords = {},
	groups: readonly Group[] = [],
	options: ChartOptions,
	lang: LangCode
): RowScene {
	assertState(state);
	const words = withDefaults(written, GROUPED_BARS_DEFAULTS[lang]);
	const price = pricer(words, options);
	const ordered = priceOrder(data, state);
	const xDomain = zeroDomain(data.pairs.map((r) => r.second));
	const ranked = state === 'top-ranked';
	const io = state === 'input-output';
	const ranks = new Map(data.pairs.map((r) => [r.label, rankOf(data, r.label)]));

	// Every row's note is a footnote in every state, in the data's order, so a marker never moves
	// to another model between states: a note says what the bar alone cannot (a free tier, a
	// price from another list than the others).
	const footnotes: Footnote[] = [];
	const markerOf = new Map<string, string>();
	for (const r of data.pairs) {
		if (r.note.trim()) {
			const marker = MARKERS[footnotes.length % MARKERS.length];
			markerOf.set(r.label, marker);
			footnotes.push({ marker, text: `${r.label}: ${r.note.trim()}` });
		}
	}

	// Rows keep the data's order in the array (stable keys); `slot` carries the sort.
	const slotOf = new Map(ordered.map((r, i) => [r.label, i]));
	const rows: Row[] = data.pairs.map((r): Row => {
		const rank = ranks.get(r.label) ?? null;
		const focus = highlight.includes(r.label) || (ranked && rank !== null);
		return {
			key: r.label,
			name: r.label,
			short: r.short || r.label,
			prefix: ranked && rank !== null ? word(words, 'rank-prefix', { rank }) : '',
			tag: groupTag(groups, r.group),
			tone: groupTone(groups, r.group),
			emphasis: focus ? 'focus' : ranked ? 'dim' : 'normal',
			visible: true,
			mark: io ? 'range' : 'bar',
			slot: slotOf.get(r.label) as number,
			x0: io ? r.first : 0,
			x1: r.second,
			err: 0,
			basis: 'reported',
			value: io ? word(words, 'pair', { first: price(r.first), second: price(r.second) }) : price(r.second),
			valueShort: io ? word(words, 'pair-short', { first: price(r.first), second: price(r.second) }) : price(r.second),
			marker: markerOf.get(r.label) ?? ''
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
		const named = data.ranks.filter((r) => r.label !== null).length;
		legend.push({
			swatch: 'focus',
			label: word(words, 'legend-ringed', { count: named, reported: rankingMonth(data, lang) })
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
		// Ticks print as many decimals as their step needs, whatever the values' `decimals`.
		ticks: linearTicks(xDomain, 4, (v) => word(words, 'value', { value: sourceDigits(v) })),
		axisTitle: '',
		legend,
		notes: [],
		footnotes,
		text: groupedBarsText(data, state, ordered, ranks, words, groups, price, lang)
	};
}

/**
 * A price as the chart's `value` word prints it: at the precision the source gives (a list price
 * of $0.325 is not $0.33), or with the chart's `decimals`.
 */
export function pricer(words: ChartWords, options: ChartOptions): (v: number) => string {
	const digits = options.decimals;
	return (v) => word(words, 'value', { value: digits === undefined ? sourceDigits(v) : decimals(v, digits) });
}
