/**
 * What every mark of every layer says about itself in the DOM, in one place:
 *
 * - `data-mark="<layer>:<key>"`: a stable id (tests compare a mark's geometry across frames);
 * - `data-tip="<label>: <value>"`: what a tap on the mark shows (`MarkTip`), since on phones some
 *   direct labels are dropped for room; a value that is not reported says so;
 * - `data-group="g0"` (the group's place in the story's list) and `data-tag-ref`: a mark coloured
 *   by group names the label that says the group in words (`data-tag-for` on that label), so a
 *   group never rests on colour.
 *
 * Relative imports only, like rows.ts.
 */
import { NOT_REPORTED } from '../../model/format.ts';
import type { Row } from '../../kinds/rows.ts';

/** The group tone a mark is drawn in (`g0`..), or undefined for grey and annotation tones. */
export function markGroup(tone: string): string | undefined {
	return /^g\d+$/.test(tone) ? tone : undefined;
}

/** "<label>: <value>"; an empty or missing value reads "not reported", never blank. */
export function tipText(label: string, value: string | null | undefined): string {
	return `${label}: ${value ? value : NOT_REPORTED}`;
}

/**
 * The tip of a row chart's mark: the row's name and its full value label (the short one is what
 * a narrow chart prints). A rank the source does not itemize is named by its rank.
 */
export function rowTip(row: Row): string {
	const label = row.basis === 'not-reported' && row.prefix ? `Rank ${row.prefix} (${row.name})` : row.name;
	return tipText(label, row.value);
}
