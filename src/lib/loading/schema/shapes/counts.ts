/** Counts by group (or "not <group>"): how many items of a ranking each group has. */
import type { Group, Shapes } from '../../../model/types.ts';
import { groupOrComplementCell, num, text } from '../cells.ts';
import type { DatasetSchema } from '../dataset-schema.ts';
import { unique } from '../row-checks.ts';
import { sourceColumns } from '../source-columns.ts';

export function countsSchema(groups: readonly Group[]): DatasetSchema<Shapes['counts']> {
	return {
		columns: {
			group: { column: 'group', cell: groupOrComplementCell(groups) },
			count: { column: 'count', cell: num({ integer: true, min: 0 }) },
			note: { column: 'note', cell: text() },
			...sourceColumns
		},
		check(rows, report) {
			unique(
				rows,
				report,
				'group',
				(r) => r.group,
				(r) => `group "${r.group}"`
			);
		}
	};
}
