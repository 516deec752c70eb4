/** Checks across the rows of one file that several shapes make. */
import type { Located, Report } from './dataset-schema.ts';

/** Each key once; the second occurrence is reported with the line of the first. */
export function unique<R>(
	rows: Located<R>[],
	report: Report<R>,
	field: keyof R & string,
	key: (row: R) => string | null,
	label: (row: R) => string
): void {
	const first = new Map<string, number>();
	for (const { row, line } of rows) {
		const k = key(row);
		if (k === null) continue;
		const at = first.get(k);
		if (at !== undefined) report(line, field, `${label(row)} appears twice (first on line ${at})`);
		else first.set(k, line);
	}
}

/** Shares of one whole must add up to 100, give or take rounding. */
export const SHARE_TOLERANCE = 0.15;

/** Rounds away binary noise for messages: 17.8 + 16.5 + 12.3 prints 46.6, not 46.599999. */
export function roundPct(value: number): number {
	return Math.round(value * 1000) / 1000;
}
