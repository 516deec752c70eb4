/** Shares of one whole: the parts of 100, or a `derived` remainder that computes. */
import type { Basis, Group, Shapes } from '../../../model/types.ts';
import { SLUG, groupCellOrNull, num, oneOf, str, text } from '../cells.ts';
import type { DatasetSchema, Located, Report } from '../dataset-schema.ts';
import { unique, SHARE_TOLERANCE, roundPct } from '../row-checks.ts';
import { sourceColumns } from '../source-columns.ts';

const BASES = ['reported', 'derived', 'combined'] as const satisfies readonly Basis[];

/**
 * Shares of one whole: a `derived` remainder must be 100 minus the other rows (it says it was
 * computed, so it must compute); without one, the rows must add up to 100.
 *
 * When they do not, which row is wrong cannot be known: a share may be mistyped, or the remainder
 * not derived again. So the message names every row with the sum, at the first row, and never
 * what the remainder "must be": a remainder changed to fit would hide a mistyped share.
 */
function sharesOfOneWhole<R extends { value: number; basis: Basis; label: string }>(
	rows: Located<R>[],
	report: Report<R>
): void {
	const derived = rows.filter(({ row }) => row.basis === 'derived');
	if (derived.length !== 1) return sumsTo100(rows, report);
	const [rest] = derived;
	const others = rows.filter((r) => r !== rest);
	const expected = roundPct(100 - others.reduce((s, { row }) => s + row.value, 0));
	if (Math.abs(rest.row.value - expected) > SHARE_TOLERANCE + 1e-9) {
		const sum = roundPct(rows.reduce((s, { row }) => s + row.value, 0));
		const terms = rows.map(({ row, line }) =>
			row === rest.row
				? `${row.label} ${row.value} (line ${line}, derived as the remainder)`
				: `${row.label} ${row.value} (line ${line})`
		);
		report(
			rows[0].line,
			'value',
			`the shares no longer add up to 100: ${terms.join(' + ')} = ${sum}; one of them is mistyped: check each against its source (a remainder derived from the others changes only when they do)`
		);
	}
}

function sumsTo100<R extends { value: number }>(rows: Located<R>[], report: Report<R>): void {
	if (rows.length === 0) return;
	const sum = rows.reduce((s, { row }) => s + row.value, 0);
	if (Math.abs(sum - 100) > SHARE_TOLERANCE + 1e-9) {
		report(
			rows[rows.length - 1].line,
			'value',
			`shares add up to ${Math.round(sum * 1000) / 1000}, expected 100 ± ${SHARE_TOLERANCE}`
		);
	}
}

export function sharesSchema(groups: readonly Group[]): DatasetSchema<Shapes['shares']> {
	return {
		columns: {
			id: { column: 'id', cell: str(SLUG) },
			label: { column: 'label', cell: str() },
			group: { column: 'group', cell: groupCellOrNull(groups) },
			value: { column: 'value', cell: num({ min: 0, max: 100 }) },
			basis: { column: 'basis', cell: oneOf(BASES) },
			note: { column: 'note', cell: text() },
			...sourceColumns
		},
		check(rows, report) {
			unique(
				rows,
				report,
				'id',
				(r) => r.id,
				(r) => `id "${r.id}"`
			);
			sharesOfOneWhole(rows, report);
		}
	};
}
