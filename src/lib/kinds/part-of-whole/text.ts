/**
 * The text of a part-of-whole state: title, unit, the caption a screen reader reads (every share,
 * and in `gap` how the gap is derived) and the data table of the shares shown.
 */
import type { ChartWords, Group, ShareRow } from '../../model/types.ts';
import { groupTag } from '../../model/groups.ts';
import { word } from '../../model/words.ts';
import type { ChartText } from '../types.ts';
import type { LangCode } from '../../model/locale/langs.ts';
import { formatsOf } from '../../model/locale/formats.ts';
import type { PartOfWholeArc, PartOfWholeGap, PartOfWholeState } from './types.ts';

/** The text of one state, from its rows, its gap and the scene's arcs (in drawing order). */
export function partOfWholeText(
	state: PartOfWholeState,
	providers: ShareRow[],
	countries: ShareRow[],
	gap: PartOfWholeGap,
	arcs: PartOfWholeArc[],
	words: ChartWords,
	groups: readonly Group[],
	format: { pct: (v: number) => string; points: (v: number) => string; number: (v: number) => string },
	lang: LangCode
): ChartText {
	const listing = (items: string[]) => formatsOf(lang).and(items);
	const unit = word(words, 'unit');
	const basis = (row: { basis: string }) => word(words, row.basis === 'derived' ? 'derived' : 'reported');
	const part = (label: string, value: number, note: string | null) =>
		note === null
			? word(words, 'part', { label, value: format.pct(value) })
			: word(words, 'part-noted', { label, value: format.pct(value), note });
	if (state === 'parts') {
		const rows = arcs.map((a) => providers.find((p) => p.id === a.key)!);
		const parts = rows.map((p) =>
			part(
				p.label,
				p.value,
				p.basis === 'combined' ? word(words, 'note-combined') : p.basis === 'derived' ? word(words, 'derived') : null
			)
		);
		const title = word(words, 'title-parts');
		return {
			title,
			unit,
			caption: word(words, 'caption-shares', { title, parts: listing(parts) }),
			table: {
				columns: [
					word(words, 'column-part'),
					word(words, 'column-group'),
					word(words, 'column-share'),
					word(words, 'column-basis')
				],
				rows: rows.map((p) => [p.label, groupTag(groups, p.group) ?? '—', format.pct(p.value), basis(p)])
			}
		};
	}
	const parts = countries.map((c) => part(c.label, c.value, c.basis === 'derived' ? word(words, 'derived') : null));
	const table = {
		columns: [word(words, 'column-group'), word(words, 'column-share'), word(words, 'column-basis')],
		rows: countries.map((c) => [c.label, format.pct(c.value), basis(c)])
	};
	if (state === 'totals') {
		const title = word(words, 'title-totals');
		return {
			title,
			unit,
			caption: word(words, 'caption-shares', { title, parts: listing(parts) }),
			table
		};
	}
	return {
		title: word(words, 'title-gap', { leader: gap.leader, follower: gap.follower, points: format.points(gap.points) }),
		unit,
		// Labels may be plural ("3 labs of a group"): the default words have no verb that must agree with them.
		caption: word(words, 'caption-gap', {
			parts: listing(parts),
			leader: gap.leader,
			follower: gap.follower,
			points: word(words, 'points-long', { value: format.number(gap.points) }),
			formula: gap.formula
		}),
		table: {
			columns: table.columns,
			rows: [
				...table.rows,
				[
					word(words, 'row-gap', { leader: gap.leader, follower: gap.follower }),
					format.points(gap.points),
					word(words, 'derived')
				]
			]
		}
	};
}
