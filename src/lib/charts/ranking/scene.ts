/**
 * The ranking chart's scene: the top models by monthly tokens as reported in late April 2026 (the
 * source does not say which 30 days), one row per rank.
 *
 * States: `top5` (ranks 1-5 itemized), `top10` (adds ranks 6-10 as empty dashed slots, with the
 * country split the source gives for them) and `china` (`top10` with the Chinese rows ringed).
 * Every named bar carries its country in every state, as colour and as a US/CN tag: a colour that
 * means country on some bars and "look here" on others would make a grey Chinese bar read as not
 * Chinese. A highlight is a ring and bold label (`emphasis: 'focus'`), never a colour.
 * Every figure comes from the data rows.
 */
import type { ChartWords, Datasets, ModelRankingRow } from '../../story/types.ts';
import { word, type WordSpec } from '../words.ts';
import { formatTokens } from '../format.ts';
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
	type Row,
	type RowNote,
	type RowScene
} from '../layers/rows.ts';

export const RANKING_STATES = ['top5', 'top10', 'china'] as const;

/** The words this chart shows (data/story.yaml, `charts: ranking:`) and the slots each may fill. */
export const RANKING_WORDS = {
	'title-top5': ['count', 'reported'],
	'title-top10': ['total', 'unnamed'],
	'title-china': ['cn', 'count'],
	unit: ['reported'],
	'legend-cn': [],
	'legend-us': [],
	'not-itemized': []
} as const satisfies WordSpec;
export type RankingState = (typeof RANKING_STATES)[number];

/** Ranks the source names, in rank order. */
export function itemized(data: Datasets): ModelRankingRow[] {
	return data['model-ranking']
		.filter((r) => r.model !== null && r.tokensT !== null)
		.sort((a, b) => a.rank - b.rank);
}

/** Ranks the source leaves unnamed, in rank order. */
export function unitemized(data: Datasets): ModelRankingRow[] {
	return data['model-ranking'].filter((r) => r.model === null).sort((a, b) => a.rank - b.rank);
}

/**
 * What is known about the unnamed ranks: how many of them are Chinese and how many are not
 * (the reported top-10 counts minus the named rows of each group), and the ceiling on their
 * tokens (the smallest named value, since they rank below it). Counts are `null` when the
 * reported counts do not add up with the named rows.
 */
export function unitemizedSplit(data: Datasets): {
	slots: number;
	cn: number | null;
	notCn: number | null;
	ceiling: number | null;
} {
	const named = itemized(data);
	const slots = unitemized(data).length;
	const count = (group: 'CN' | 'not CN') =>
		data['top10-composition'].find((r) => r.group === group)?.count ?? null;
	const cnTotal = count('CN');
	const notCnTotal = count('not CN');
	const cnNamed = named.filter((r) => r.country === 'CN').length;
	const cn = cnTotal === null ? null : cnTotal - cnNamed;
	const notCn = notCnTotal === null ? null : notCnTotal - (named.length - cnNamed);
	const ok = cn !== null && notCn !== null && cn >= 0 && notCn >= 0 && cn + notCn === slots;
	const ceiling = named.length ? Math.min(...named.map((r) => r.tokensT as number)) : null;
	return { slots, cn: ok ? cn : null, notCn: ok ? notCn : null, ceiling };
}

function assertState(state: string): asserts state is RankingState {
	if (!(RANKING_STATES as readonly string[]).includes(state)) {
		throw new Error(`ranking: unknown state "${state}" (known: ${RANKING_STATES.join(', ')})`);
	}
}

const verb = (n: number) => (n === 1 ? 'is' : 'are');

/** The note's words, e.g. "2 of these 5 are Chinese, 3 are not — which ones is not reported; each below 4.75T". */
export function slotNoteText(data: Datasets): string {
	const { slots, cn, notCn, ceiling } = unitemizedSplit(data);
	const parts: string[] = [];
	parts.push(
		cn !== null && notCn !== null
			? `${cn} of these ${slots} ${verb(cn)} Chinese, ${notCn} ${verb(notCn)} not — which ones is not reported`
			: `These ${slots} are not itemized by the source`
	);
	if (ceiling !== null) parts.push(`each below ${formatTokens(ceiling)}`);
	return parts.join('; ');
}

export function rankingScene(
	data: Datasets,
	state: string,
	highlight: string[] = [],
	words: ChartWords = {}
): RowScene {
	assertState(state);
	const named = itemized(data);
	const unnamed = unitemized(data);
	const split = unitemizedSplit(data);
	const showSlots = state !== 'top5';
	const byCountry = state === 'china';
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

	const focusOf = (r: ModelRankingRow): boolean =>
		highlight.length > 0
			? highlight.includes(r.model as string)
			: byCountry && r.country === 'CN';

	const rows: Row[] = [
		...named.map((r, i): Row => {
			const focus = focusOf(r);
			return {
				key: `rank-${r.rank}`,
				name: r.model as string,
				short: shortModelName(r.model as string),
				prefix: String(r.rank),
				tag: r.country,
				tone: toneOf(r.country),
				emphasis: focus ? 'focus' : 'normal',
				visible: true,
				mark: 'bar',
				slot: i,
				x0: 0,
				x1: r.tokensT as number,
				err: 0,
				basis: 'reported',
				value: formatTokens(r.tokensT),
				valueShort: formatTokens(r.tokensT),
				marker: markerOf.get(r.rank) ?? ''
			};
		}),
		...unnamed.map(
			(r, i): Row => ({
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
			})
		)
	];

	const notes: RowNote[] =
		showSlots && unnamed.length
			? [{ slots: [named.length, named.length + unnamed.length], x: ceiling, text: slotNoteText(data) }]
			: [];

	return {
		rows,
		slots,
		xDomain,
		ticks: linearTicks(xDomain, 5, (v, digits) => formatTokens(v, digits)),
		axisTitle: '',
		// The slots say "not itemized" in words; the legend only names the colours.
		legend: [
			{ swatch: 'cn', label: word(words, 'legend-cn') },
			{ swatch: 'us', label: word(words, 'legend-us') }
		],
		notes,
		footnotes,
		text: rankingText(data, state, named, split, words)
	};
}

/** A row note without its parenthesised source, for the chart's footnote line. */
function shortNote(note: string): string {
	return note.replace(/\s*\([^)]*\)/g, '').trim();
}

function rankingText(
	data: Datasets,
	state: RankingState,
	named: ModelRankingRow[],
	split: ReturnType<typeof unitemizedSplit>,
	words: ChartWords
): RowScene['text'] {
	const when = monthYear(named[0]?.date ?? data['model-ranking'][0]?.date ?? '');
	const top = named[0];
	const total = data['model-ranking'].length;
	const cnNamed = named.filter((r) => r.country === 'CN');
	const usNamed = named.filter((r) => r.country === 'US');
	const cnTotal = data['top10-composition'].find((r) => r.group === 'CN')?.count ?? null;
	const list = (rows: ModelRankingRow[]) =>
		listAnd(rows.map((r) => `${r.model} at ${formatTokens(r.tokensT)}`));

	let title: string;
	let caption: string;
	if (state === 'top5') {
		title = word(words, 'title-top5', { count: named.length, reported: when });
		caption =
			`${top.model} (${top.lab}) led with ${formatTokens(top.tokensT)} tokens in a month, as reported in ${when}, ` +
			`ahead of ${list(named.slice(1))}.`;
	} else if (state === 'top10') {
		title = word(words, 'title-top10', { total, unnamed: split.slots });
		const first = named.length + 1;
		const last = named.length + split.slots;
		caption =
			`The source names ranks 1 to ${named.length} only. ` +
			(split.cn !== null && split.notCn !== null
				? `Of ranks ${first} to ${last}, ${split.cn} ${verb(split.cn)} Chinese and ${split.notCn} ${verb(split.notCn)} not; which ones is not reported.`
				: `Ranks ${first} to ${last} are not itemized.`) +
			(split.ceiling !== null ? ` Each has fewer than ${formatTokens(split.ceiling)} tokens.` : '');
	} else {
		title = word(words, 'title-china', { cn: cnNamed.length, count: named.length });
		caption =
			`${listAnd(cnNamed.map((r) => r.model as string))} are Chinese; ` +
			`${listAnd(usNamed.map((r) => `${r.model} (rank ${r.rank})`))} ` +
			// "among the named": the unnamed ranks that are not Chinese may be US models too.
			`${usNamed.length === 1 ? 'is the only' : 'are the'} ${COUNTRY_NAME.US} ` +
			`${usNamed.length === 1 ? 'model' : 'models'} among the ${named.length} named.` +
			(cnTotal !== null && split.cn !== null
				? ` In the whole top ${total}, ${cnTotal} are Chinese, ${split.cn} of them unnamed.`
				: '');
	}

	const shown = state === 'top5' ? named : data['model-ranking'].slice().sort((a, b) => a.rank - b.rank);
	return {
		title,
		unit: word(words, 'unit', { reported: when }),
		caption,
		table: {
			columns: ['Rank', 'Model', 'Lab', 'Country', 'Tokens', 'Note'],
			rows: shown.map((r) => [
				String(r.rank),
				r.model ?? word(words, 'not-itemized'),
				r.lab ?? 'not reported',
				r.country ?? 'not reported',
				r.tokensT === null ? 'not reported' : formatTokens(r.tokensT),
				r.note
			])
		}
	};
}
