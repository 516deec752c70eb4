/** A share by period, each period once. */
import type { Shapes } from '../../../model/types.ts';
import { SLUG, num, str, text } from '../cells.ts';
import type { DatasetSchema } from '../dataset-schema.ts';
import { unique } from '../row-checks.ts';
import { sourceColumns } from '../source-columns.ts';

export function periodsSchema(): DatasetSchema<Shapes['periods']> {
	return {
		columns: {
			id: { column: 'id', cell: str(SLUG) },
			label: { column: 'label', cell: str() },
			value: { column: 'value', cell: num({ min: 0, max: 100 }) },
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
		}
	};
}
