/**
 * The prices chart's scene: list prices in US$ per million tokens, one row per model.
 *
 * States: `output` (output price bars, dearest first), `top-ranked` (the same bars; models that
 * appear in April's ranking emphasised, the others dimmed) and `input-output` (each bar becomes a
 * line from the input price to the output price, re-sorted by input price).
 */
import type { ChartWords, Country, Datasets, PriceRow } from '../../story/types.ts';
import { word, type WordSpec } from '../words.ts';
import { decimals, formatUsd } from '../format.ts';
import {
	COUNTRY_NAME,
	MARKERS,
	linearTicks,
	listAnd,
	monthYear,
	shortModelName,
	toneOf,
	zeroDomain,
	type Footnote,
	type LegendItem,
	type Row,
	type RowScene
} from '../layers/rows.ts';
import { compareText } from '../../story/compare.ts';

export const PRICES_STATES = ['output', 'top-ranked', 'input-output'] as const;
export type PricesState = (typeof PRICES_STATES)[number];

/** The words this chart shows (data/story.yaml, `charts: prices:`) and the slots each may fill. */
export const PRICES_WORDS = {
	'title-output': ['min', 'max'],
	'title-top-ranked': ['cn', 'count', 'reported', 'max'],
	'title-top-ranked-none': ['count', 'reported'],
	'title-input-output': [],
	'unit-output': ['month'],
	'unit-input-output': ['month'],
	'legend-us': [],
	'legend-cn': [],
	'legend-ringed': ['count', 'reported'],
	'legend-input': [],
	'legend-output': []
} as const satisfies WordSpec;

/** A ranking entry that names a free tier, e.g. "Qwen3.6 Plus (free)". */
const FREE = /\(\s*free\s*\)/i;

/**
 * The matching rule between a ranking entry and a price row: two names match when they are equal
 * after removing every parenthesised qualifier but "(free)", ignoring case and runs of spaces.
 * A free tier is not the paid listing: the ranking's "Qwen3.6 Plus (free)" cost nothing, so it
 * does not match the price list's paid "Qwen3.6 Plus". "Claude Opus 4.6" does not match
 * "Claude Opus 4.7", and "Gemini 3.1 Pro" does not match "Gemini 3.1 Pro Preview".
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
	const hit = data['model-ranking'].find((r) => r.model !== null && modelMatchKey(r.model) === key);
	return hit ? hit.rank : null;
}

function assertState(state: string): asserts state is PricesState {
	if (!(PRICES_STATES as readonly string[]).includes(state)) {
		throw new Error(`prices: unknown state "${state}" (known: ${PRICES_STATES.join(', ')})`);
	}
}

/** Row order of a state: output price, dearest first; or input price, dearest first. */
export function priceOrder(data: Datasets, state: PricesState): PriceRow[] {
	const rows = data.prices.slice();
	return state === 'input-output'
		? rows.sort(
				(a, b) =>
					b.inputUsd - a.inputUsd || b.outputUsd - a.outputUsd || compareText(a.model, b.model)
			)
		: rows.sort((a, b) => b.outputUsd - a.outputUsd || compareText(a.model, b.model));
}

export function pricesScene(
	data: Datasets,
	state: string,
	highlight: string[] = [],
	words: ChartWords = {}
): RowScene {
	assertState(state);
	const ordered = priceOrder(data, state);
	const xDomain = zeroDomain(data.prices.map((r) => r.outputUsd));
	const ranked = state === 'top-ranked';
	const io = state === 'input-output';
	const ranks = new Map(data.prices.map((r) => [r.model, rankOf(data, r.model)]));

	// Every row's note is a footnote in every state, in the data's order, so a marker never moves
	// to another model between states: a note says what the bar alone cannot (a free tier, a
	// price that is the lab's own and not OpenRouter's).
	const footnotes: Footnote[] = [];
	const markerOf = new Map<string, string>();
	for (const r of data.prices) {
		if (r.note.trim()) {
			const marker = MARKERS[footnotes.length % MARKERS.length];
			markerOf.set(r.model, marker);
			footnotes.push({ marker, text: `${r.model}: ${r.note.trim()}` });
		}
	}

	// Rows keep the data's order in the array (stable keys); `slot` carries the sort.
	const slotOf = new Map(ordered.map((r, i) => [r.model, i]));
	const rows: Row[] = data.prices.map((r): Row => {
		const rank = ranks.get(r.model) ?? null;
		const focus = highlight.includes(r.model) || (ranked && rank !== null);
		return {
			key: r.model,
			name: r.model,
			short: shortModelName(r.model),
			prefix: ranked && rank !== null ? `#${rank}` : '',
			tag: r.country,
			tone: toneOf(r.country),
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

	const legend: LegendItem[] = [
		{ swatch: 'us', label: word(words, 'legend-us') },
		{ swatch: 'cn', label: word(words, 'legend-cn') }
	];
	if (ranked) {
		const named = data['model-ranking'].filter((r) => r.model !== null).length;
		legend.push({ swatch: 'focus', label: word(words, 'legend-ringed', { count: named, reported: rankingMonth(data) }) });
	}
	if (io) {
		legend.push({ swatch: 'input', label: word(words, 'legend-input') }, { swatch: 'output', label: word(words, 'legend-output') });
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
		text: pricesText(data, state, ordered, ranks, words)
	};
}

function rankingMonth(data: Datasets): string {
	return monthYear(data['model-ranking'][0]?.date ?? '');
}

function ratio(v: number): string {
	return decimals(v, 0, 1);
}

function pricesText(
	data: Datasets,
	state: PricesState,
	ordered: PriceRow[],
	ranks: Map<string, number | null>,
	words: ChartWords
): RowScene['text'] {
	const when = monthYear(data.prices[0]?.date ?? '');
	const namedCount = data['model-ranking'].filter((r) => r.model !== null).length;
	const byOutput = priceOrder(data, 'output');
	const dearest = byOutput[0];
	const cheapest = byOutput[byOutput.length - 1];
	const of = (c: Country) => byOutput.filter((r) => r.country === c);

	let title: string;
	let caption: string;
	if (state === 'output') {
		const cnTop = of('CN')[0];
		const usLow = of('US').at(-1);
		title = word(words, 'title-output', { min: formatUsd(cheapest.outputUsd), max: formatUsd(dearest.outputUsd) });
		caption =
			`List prices per million output tokens run from ${formatUsd(cheapest.outputUsd)} (${cheapest.model}) ` +
			`to ${formatUsd(dearest.outputUsd)} (${dearest.model}).` +
			(cnTop && usLow
				? ` The dearest Chinese model, ${cnTop.model}, lists at ${formatUsd(cnTop.outputUsd)}; ` +
					`the cheapest US one, ${usLow.model}, at ${formatUsd(usLow.outputUsd)}.`
				: '');
	} else if (state === 'top-ranked') {
		const month = rankingMonth(data);
		const named = data['model-ranking'].filter((r) => r.model !== null);
		const inTop = byOutput.filter((r) => ranks.get(r.model) !== null);
		const unmatched = named.filter(
			(n) => !data.prices.some((p) => modelMatchKey(p.model) === modelMatchKey(n.model as string))
		);
		const free = unmatched.filter((n) => FREE.test(n.model as string));
		const unpriced = unmatched.filter((n) => !free.includes(n));
		const groups = (['CN', 'US'] as Country[])
			.map((c) => inTop.filter((r) => r.country === c))
			.filter((g) => g.length);
		const span = (g: PriceRow[]) => {
			const lo = Math.min(...g.map((r) => r.outputUsd));
			const hi = Math.max(...g.map((r) => r.outputUsd));
			return lo === hi ? formatUsd(hi) : `${formatUsd(lo)} to ${formatUsd(hi)}`;
		};
		const cn = inTop.filter((r) => r.country === 'CN');
		title = cn.length
			? word(words, 'title-top-ranked', {
					cn: cn.length,
					count: named.length,
					reported: month,
					max: formatUsd(Math.max(...cn.map((r) => r.outputUsd)))
				})
			: word(words, 'title-top-ranked-none', { count: named.length, reported: month });
		const phrase = (g: PriceRow[], i: number) =>
			(g.length === 1
				? `the ${COUNTRY_NAME[g[0].country]} one, ${g[0].model}, ${i === 0 ? 'lists ' : ''}`
				: `the ${COUNTRY_NAME[g[0].country]} ones ${i === 0 ? 'list ' : ''}`) +
			`at ${span(g)}${i === 0 ? ' per million output tokens' : ''}`;
		caption =
			`Of the ${named.length} models named in the ranking reported in ${month}, ` +
			groups.map(phrase).join('; ') +
			'.' +
			(free.length ? ` ${listAnd(free.map((r) => r.model as string))} ${free.length === 1 ? 'was a free tier' : 'were free tiers'}, not the paid listing of the same name.` : '') +
			(unpriced.length ? ` No list price for ${listAnd(unpriced.map((r) => r.model as string))}.` : '');
	} else {
		const byInput = ordered;
		const ratios = data.prices.map((r) => r.outputUsd / r.inputUsd);
		title = word(words, 'title-input-output');
		caption =
			`Input prices run from ${formatUsd(byInput[byInput.length - 1].inputUsd)} (${byInput[byInput.length - 1].model}) ` +
			`to ${formatUsd(byInput[0].inputUsd)} (${listAnd(byInput.filter((r) => r.inputUsd === byInput[0].inputUsd).map((r) => r.model))}). ` +
			`Output costs ${ratio(Math.min(...ratios))} to ${ratio(Math.max(...ratios))} times the input price.`;
	}

	return {
		title,
		unit: word(words, state === 'input-output' ? 'unit-input-output' : 'unit-output', { month: when }),
		caption,
		table: {
			columns: ['Model', 'Lab', 'Country', 'Input', 'Output', 'Rank by tokens', 'Note'],
			rows: ordered.map((r) => [
				r.model,
				r.lab,
				r.country,
				formatUsd(r.inputUsd),
				formatUsd(r.outputUsd),
				ranks.get(r.model) === null
					? `not in the named top ${namedCount}`
					: String(ranks.get(r.model)),
				r.note
			])
		}
	};
}
