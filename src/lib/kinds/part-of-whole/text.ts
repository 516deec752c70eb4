/**
 * The text of a part-of-whole state: title, unit, the caption a screen reader reads (every share,
 * and in `gap` how the gap is derived) and the data table of the shares shown.
 */
import type { ChartWords, Group, ShareRow } from '../../model/types.ts';
import { groupTag } from '../../model/groups.ts';
import { word } from '../../model/words.ts';
import { formatPct, formatPoints } from '../../model/format.ts';
import type { ChartText } from '../types.ts';
import type { PartOfWholeArc, PartOfWholeGap, PartOfWholeState } from './types.ts';

/** A list joined the English way: "a, b and c". */
function listing(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function basisWord(row: { basis: string }): string {
	return row.basis === 'derived' ? 'derived' : 'reported';
}

/** The text of one state, from its rows, its gap and the scene's arcs (in drawing order). */
export function partOfWholeText(
	state: PartOfWholeState,
	providers: ShareRow[],
	countries: ShareRow[],
	gap: PartOfWholeGap,
	arcs: PartOfWholeArc[],
	words: ChartWords,
	groups: readonly Group[]
): ChartText {
	const unit = word(words, 'unit');
	if (state === 'parts') {
		const rows = arcs.map((a) => providers.find((p) => p.id === a.key)!);
		const parts = rows.map((p) => {
			const extra =
				p.basis === 'combined' ? ` (${word(words, 'note-combined')})` : p.basis === 'derived' ? ' (derived)' : '';
			return `${p.label} ${formatPct(p.value)}${extra}`;
		});
		const title = word(words, 'title-parts');
		return {
			title,
			unit,
			caption: `${title}: ${listing(parts)}.`,
			table: {
				columns: [word(words, 'column-part'), word(words, 'column-group'), 'Share', 'Basis'],
				rows: rows.map((p) => [p.label, groupTag(groups, p.group) ?? '—', formatPct(p.value), basisWord(p)])
			}
		};
	}
	const parts = countries.map((c) => `${c.label} ${formatPct(c.value)}${c.basis === 'derived' ? ' (derived)' : ''}`);
	const table = {
		columns: [word(words, 'column-group'), 'Share', 'Basis'],
		rows: countries.map((c) => [c.label, formatPct(c.value), basisWord(c)])
	};
	if (state === 'totals') {
		const title = word(words, 'title-totals');
		return {
			title,
			unit,
			caption: `${title}: ${listing(parts)}.`,
			table
		};
	}
	return {
		title: word(words, 'title-gap', { leader: gap.leader, follower: gap.follower, points: formatPoints(gap.points) }),
		unit,
		caption:
			// Labels may be plural ("3 labs of a group"): no verb that must agree with them.
			`${listing(parts)}. The gap, ${gap.leader} over ${gap.follower}: ` +
			`${formatPoints(gap.points).replace('pts', 'percentage points')} (derived: ${gap.formula}).`,
		table: {
			columns: table.columns,
			rows: [...table.rows, [`Gap, ${gap.leader} minus ${gap.follower}`, formatPoints(gap.points), 'derived']]
		}
	};
}
