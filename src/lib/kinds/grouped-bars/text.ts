/**
 * The text of a grouped-bars state: title, unit, the caption a screen reader reads (the price
 * range, where groups' ranges meet, the ranked models' prices, input against output) and the
 * data table of the rows in the state's order.
 */
import type { ChartWords, Datasets, Group, PairRow, RankRow } from '../../model/types.ts';
import { word } from '../../model/words.ts';
import { groupLabel, groupTag } from '../../model/groups.ts';
import { decimals } from '../../model/format.ts';
import { listAnd, monthYear, type RowScene } from '../rows.ts';
import type { LangCode } from '../../model/locale/langs.ts';
import { formatsOf } from '../../model/locale/formats.ts';
import { FREE, itemMatchKey, priceOrder, rankingMonth, type GroupedBarsState } from './prices.ts';

function ratio(v: number): string {
	return decimals(v, 0, 1);
}

/** The text of one state, from its rows in order and each row's rank (`null`: not ranked). */
export function groupedBarsText(
	data: Datasets,
	state: GroupedBarsState,
	ordered: PairRow[],
	ranks: Map<string, number | null>,
	words: ChartWords,
	groups: readonly Group[],
	price: (v: number) => string,
	lang: LangCode
): RowScene['text'] {
	const f = formatsOf(lang);
	const when = monthYear(data.pairs[0]?.date ?? '', lang);
	const namedCount = data.ranks.filter((r) => r.label !== null).length;
	const byOutput = priceOrder(data, 'output');
	const dearest = byOutput[0];
	const cheapest = byOutput[byOutput.length - 1];
	const of = (c: string) => byOutput.filter((r) => r.group === c);
	const present = groups.filter((g) => of(g.id).length > 0);

	let title: string;
	let caption: string;
	if (state === 'output') {
		// The cheapest group (whose dearest model costs least) against the dearest group (whose
		// cheapest model costs most): where the two price ranges meet.
		const cheapGroup = [...present].sort((a, b) => of(a.id)[0].second - of(b.id)[0].second)[0];
		const dearGroup = [...present].sort((a, b) => of(b.id).at(-1)!.second - of(a.id).at(-1)!.second)[0];
		const cheapTop = cheapGroup && dearGroup && cheapGroup !== dearGroup ? of(cheapGroup.id)[0] : undefined;
		const dearLow = cheapTop ? of(dearGroup.id).at(-1) : undefined;
		title = word(words, 'title-output', { min: price(cheapest.second), max: price(dearest.second) });
		caption = f.sentences([
			word(words, 'caption-output', {
				min: price(cheapest.second),
				cheapest: cheapest.label,
				max: price(dearest.second),
				dearest: dearest.label
			}),
			...(cheapTop && dearLow
				? [
						word(words, 'caption-output-meet', {
							group: cheapGroup.label,
							item: cheapTop.label,
							price: price(cheapTop.second),
							other: dearGroup.label,
							'other-item': dearLow.label,
							'other-price': price(dearLow.second)
						})
					]
				: [])
		]);
	} else if (state === 'top-ranked') {
		const month = rankingMonth(data, lang);
		const named = data.ranks.filter((r) => r.label !== null);
		const inTop = byOutput.filter((r) => ranks.get(r.label) !== null);
		const unmatched = named.filter(
			(n) => !data.pairs.some((p) => itemMatchKey(p.label) === itemMatchKey(n.label as string))
		);
		const free = unmatched.filter((n) => FREE.test(n.label as string));
		const unpriced = unmatched.filter((n) => !free.includes(n));
		// The groups of the ranked models, the largest first.
		const byGroup = groups
			.map((g) => inTop.filter((r) => r.group === g.id))
			.filter((g) => g.length)
			.sort((a, b) => b.length - a.length);
		const span = (g: PairRow[]) => {
			const lo = Math.min(...g.map((r) => r.second));
			const hi = Math.max(...g.map((r) => r.second));
			return lo === hi ? price(hi) : word(words, 'span', { low: price(lo), high: price(hi) });
		};
		const most = byGroup[0] ?? [];
		title = most.length
			? word(words, 'title-top-ranked', {
					n: most.length,
					group: groupLabel(groups, most[0].group),
					count: named.length,
					reported: month,
					max: price(Math.max(...most.map((r) => r.second)))
				})
			: word(words, 'title-top-ranked-none', { count: named.length, reported: month });
		const phrase = (g: PairRow[], i: number) =>
			word(words, `ranked-${i === 0 ? 'first-' : ''}${g.length === 1 ? 'one' : 'many'}`, {
				group: groupLabel(groups, g[0].group),
				item: g[0].label,
				price: span(g)
			});
		const items = (rows: RankRow[]) =>
			listAnd(
				rows.map((r) => r.label as string),
				lang
			);
		caption = f.sentences([
			word(words, 'caption-top-ranked', {
				count: named.length,
				reported: month,
				groups: byGroup.map(phrase).join(f.semi)
			}),
			...(free.length
				? [word(words, free.length === 1 ? 'caption-free-one' : 'caption-free-many', { items: items(free) })]
				: []),
			...(unpriced.length ? [word(words, 'caption-unpriced', { items: items(unpriced) })] : [])
		]);
	} else {
		const byInput = ordered;
		const ratios = data.pairs.map((r) => r.second / r.first);
		title = word(words, 'title-input-output');
		caption = word(words, 'caption-input-output', {
			min: price(byInput[byInput.length - 1].first),
			cheapest: byInput[byInput.length - 1].label,
			max: price(byInput[0].first),
			dearest: listAnd(
				byInput.filter((r) => r.first === byInput[0].first).map((r) => r.label),
				lang
			),
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
				word(words, 'column-note')
			],
			rows: ordered.map((r) => [
				r.label,
				r.sub,
				groupTag(groups, r.group) ?? r.group,
				price(r.first),
				price(r.second),
				ranks.get(r.label) === null ? word(words, 'not-ranked', { count: namedCount }) : String(ranks.get(r.label)),
				r.note
			])
		}
	};
}
