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
import type { LangCode } from '../../model/locale/langs.ts';
import { formatsOf } from '../../model/locale/formats.ts';
import type { ChartOptions, ChartWords, Datasets, Group, RankRow } from '../../model/types.ts';
import { formatValue, groupWords, withDefaults, word } from '../../model/words.ts';
import { groupTag, groupTone } from '../../model/groups.ts';
import { MARKERS, linearTicks, zeroDomain, type Footnote, type Row, type RowNote, type RowScene } from '../rows.ts';
import { countPhrase, itemized, rankedBarsStates, unitemized, unitemizedSplit } from './ranks.ts';
import { rankedBarsText } from './text.ts';
import { RANKED_BARS_DEFAULTS } from './defaults.ts';

function assertState(state: string, groups: readonly Group[]): void {
	const known = rankedBarsStates(groups);
	if (!known.includes(state)) {
		throw new Error(`ranking: unknown state "${state}" (known: ${known.join(', ')})`);
	}
}

/** The note's words, e.g. "2 of these 5 are Danish, 3 are not — which ones is not reported; each below 4.75T". */
export function slotNoteText(
	data: Datasets,
	groups: readonly Group[],
	written: ChartWords = {},
	value?: (v: number | null) => string,
	lang: LangCode = 'en'
): string {
	const words = withDefaults(written, RANKED_BARS_DEFAULTS[lang]);
	const fmt = value ?? ((v: number | null) => formatValue(words, v, 2, lang));
	const { slots, counts, ceiling } = unitemizedSplit(data);
	const note =
		counts !== null
			? word(words, 'unnamed-note', {
					counts: counts
						.map((c, i) =>
							countPhrase(c, groups, words, i === 0 ? word(words, 'unnamed-of', { count: c.count, slots }) : c.count)
						)
						.join(formatsOf(lang).comma)
				})
			: word(words, 'unnamed-note-none', { slots });
	return note + (ceiling !== null ? word(words, 'unnamed-note-ceiling', { value: fmt(ceiling) }) : '');
}

export function rankedBarsScene(
	data: Datasets,
	state: string,
	highlight: string[] = [],
	written: ChartWords = {},
	groups: readonly Group[] = [],
	options: ChartOptions,
	lang: LangCode
): RowScene {
	assertState(state, groups);
	const words = withDefaults(written, RANKED_BARS_DEFAULTS[lang]);
	const value = (v: number | null) => formatValue(words, v, options.decimals ?? 2, lang);
	const named = itemized(data);
	const unnamed = unitemized(data);
	const split = unitemizedSplit(data);
	const showSlots = state !== 'named';
	const ringed = groups.some((g) => g.id === state) ? state : null;
	const slots = showSlots ? named.length + unnamed.length : named.length;
	const xDomain = zeroDomain(named.map((r) => r.value as number));
	const ceiling = split.ceiling ?? xDomain[1];

	// A footnote for each named row that carries a note (rank 2's free tier).
	const footnotes: Footnote[] = [];
	const markerOf = new Map<number, string>();
	for (const r of named) {
		if (r.note.trim()) {
			const marker = MARKERS[footnotes.length % MARKERS.length];
			markerOf.set(r.rank, marker);
			footnotes.push({ marker, text: `${r.label}: ${shortNote(r.note)}` });
		}
	}

	const focusOf = (r: RankRow): boolean =>
		highlight.length > 0 ? highlight.includes(r.label as string) : ringed !== null && r.group === ringed;

	const rows: Row[] = [
		...named.map((r, i): Row => {
			const focus = focusOf(r);
			return {
				key: `rank-${r.rank}`,
				name: r.label as string,
				short: r.short || (r.label as string),
				prefix: String(r.rank),
				tag: groupTag(groups, r.group),
				tone: groupTone(groups, r.group),
				emphasis: focus ? 'focus' : 'normal',
				visible: true,
				mark: 'bar',
				slot: i,
				x0: 0,
				x1: r.value as number,
				err: 0,
				basis: 'reported',
				value: value(r.value),
				valueShort: value(r.value),
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
			? [
					{
						slots: [named.length, named.length + unnamed.length],
						x: ceiling,
						text: slotNoteText(data, groups, words, value, lang)
					}
				]
			: [];

	return {
		rows,
		slots,
		xDomain,
		// Ticks print as many decimals as their step needs, whatever the values' `decimals`.
		ticks: linearTicks(xDomain, 5, (v, digits) => formatValue(words, v, digits, lang)),
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
		text: rankedBarsText(data, state, named, split, words, groups, value, lang)
	};
}

/** A row note without its parenthesised source, for the chart's footnote line. */
function shortNote(note: string): string {
	return note.replace(/\s*\([^)]*\)/g, '').trim();
}
