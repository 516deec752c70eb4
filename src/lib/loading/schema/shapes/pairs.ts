/** Two values per item (a price in and out), each item once. */
import type { Group, Shapes } from '../../../model/types.ts';
import { groupCell, num, str, text } from '../cells.ts';
import type { DatasetSchema } from '../dataset-schema.ts';
import { unique } from '../row-checks.ts';
import { sourceColumns } from '../source-columns.ts';

export function pairsSchema(groups: readonly Group[]): DatasetSchema<Shapes['pairs']> {
	return {
		columns: {
			label: { column: 'label', cell: str() },
			short: { column: 'short', cell: text(), optional: true },
			sub: { column: 'sub', cell: str() },
			group: { column: 'group', cell: groupCell(groups) },
			first: { column: 'first', cell: num({ min: 0 }) },
			second: { column: 'second', cell: num({ min: 0 }) },
			note: { column: 'note', cell: text() },
			...sourceColumns
		},
		check(rows, report) {
			unique(
				rows,
				report,
				'label',
				(r) => r.label,
				(r) => `item "${r.label}"`
			);
		}
	};
}
