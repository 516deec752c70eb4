/** Scores of items on metrics, each item once per metric. */
import type { Group, Shapes } from '../../../model/types.ts';
import { SLUG, groupCell, numOrNull, str, text, yesNo } from '../cells.ts';
import type { DatasetSchema } from '../dataset-schema.ts';
import { unique } from '../row-checks.ts';
import { sourceColumns } from '../source-columns.ts';

export function scoresSchema(groups: readonly Group[]): DatasetSchema<Shapes['scores']> {
	return {
		columns: {
			label: { column: 'label', cell: str() },
			short: { column: 'short', cell: text(), optional: true },
			sub: { column: 'sub', cell: str() },
			group: { column: 'group', cell: groupCell(groups) },
			metric: { column: 'metric', cell: str(SLUG) },
			value: { column: 'value', cell: numOrNull() },
			approximate: { column: 'approximate', cell: yesNo() },
			error: { column: 'error', cell: numOrNull({ min: 0 }) },
			note: { column: 'note', cell: text() },
			...sourceColumns
		},
		values: ['value'],
		check(rows, report) {
			unique(
				rows,
				report,
				'label',
				(r) => `${r.metric}\u0000${r.label}`,
				(r) => `item "${r.label}" on metric "${r.metric}"`
			);
			for (const { row, line } of rows) {
				if (row.value === null && row.approximate)
					report(line, 'approximate', 'a score that is not reported cannot be approximate');
				if (row.value === null && row.error !== null)
					report(line, 'error', 'a score that is not reported cannot have an error');
			}
		}
	};
}
