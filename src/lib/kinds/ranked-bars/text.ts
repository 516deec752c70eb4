/**
 * The text of a ranked-bars state: title, unit, the caption a screen reader reads (the leader, the
 * unnamed ranks, a group's rows among the named) and the data table of the ranks shown.
 */
import type { ChartWords, Datasets, Group, RankRow } from '../../model/types.ts';
import { notReported } from '../../model/format.ts';
import type { LangCode } from '../../model/locale/langs.ts';
import { formatsOf } from '../../model/locale/formats.ts';
import { word } from '../../model/words.ts';
import { groupLabel, groupTag } from '../../model/groups.ts';
import { listAnd, monthYear, type RowScene } from '../rows.ts';
import { countPhrase, type RankedBarsState, type unitemizedSplit } from './ranks.ts';

/** The text of one state, from the named ranks and what is known about the unnamed ones. */
export function rankedBarsText(
	data: Datasets,
	state: RankedBarsState,
	named: RankRow[],
	split: ReturnType<typeof unitemizedSplit>,
	words: ChartWords,
	groups: readonly Group[],
	value: (v: number | null) => string,
	lang: LangCode
): RowScene['text'] {
	const f = formatsOf(lang);
	const when = monthYear(named[0]?.date ?? data.ranks[0]?.date ?? '', lang);
	const top = named[0];
	const total = data.ranks.length;
	const list = (rows: RankRow[]) =>
		listAnd(
			rows.map((r) => word(words, 'item-value', { item: r.label as string, value: value(r.value) })),
			lang
		);
	const one = (n: number) => (n === 1 ? 'one' : 'many');

	let title: string;
	let caption: string;
	if (state === 'named') {
		title = word(words, 'title-named', { count: named.length, reported: when });
		caption = word(words, 'caption-named', {
			leader: top.label as string,
			maker: top.sub ?? notReported(lang),
			value: value(top.value),
			reported: when,
			others: list(named.slice(1))
		});
	} else if (state === 'all') {
		title = word(words, 'title-all', { total, unnamed: split.slots });
		const first = named.length + 1;
		const last = named.length + split.slots;
		caption = f.sentences([
			word(words, 'caption-all', { named: named.length }),
			split.counts !== null
				? word(words, 'caption-all-split', {
						first,
						last,
						counts: listAnd(
							split.counts.map((c) => countPhrase(c, groups, words)),
							lang
						)
					})
				: word(words, 'caption-all-unsplit', { first, last }),
			...(split.ceiling !== null ? [word(words, 'caption-ceiling', { value: value(split.ceiling) })] : [])
		]);
	} else {
		const ringed = named.filter((r) => r.group === state);
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
			.map((g) => ({ g, rows: named.filter((r) => r.group === g.id) }))
			.filter((o) => o.rows.length > 0);
		const reported = data.counts.find((r) => r.group === state)?.count ?? null;
		const unnamedOf = split.counts?.find((c) => c.group === state)?.count ?? null;
		const first =
			word(words, `caption-group-${one(ringed.length)}`, {
				items: listAnd(
					ringed.map((r) => r.label as string),
					lang
				),
				group: label
			}) +
			f.semi +
			others
				.map(({ g, rows }) =>
					// "among the named": the unnamed ranks of another group may be of this one too.
					word(words, `caption-group-other-${one(rows.length)}`, {
						items: listAnd(
							rows.map((r) => word(words, 'item-rank', { item: r.label as string, rank: r.rank })),
							lang
						),
						group: g.label,
						noun: word(words, rows.length === 1 ? 'item' : 'items'),
						named: named.length
					})
				)
				.join(f.semi) +
			f.stop;
		caption = f.sentences([
			first,
			...(reported !== null && unnamedOf !== null
				? [
						word(words, `caption-group-total-${one(reported)}`, {
							total,
							count: reported,
							group: label,
							unnamed: unnamedOf
						})
					]
				: [])
		]);
	}

	const shown = state === 'named' ? named : data.ranks.slice().sort((a, b) => a.rank - b.rank);
	return {
		title,
		unit: word(words, 'unit', { reported: when }),
		caption,
		table: {
			columns: [
				word(words, 'column-rank'),
				word(words, 'column-item'),
				word(words, 'column-maker'),
				word(words, 'column-group'),
				word(words, 'column-value'),
				word(words, 'column-note')
			],
			rows: shown.map((r) => [
				String(r.rank),
				r.label ?? word(words, 'not-itemized'),
				r.sub ?? notReported(lang),
				groupTag(groups, r.group) ?? notReported(lang),
				value(r.value),
				r.note
			])
		}
	};
}
