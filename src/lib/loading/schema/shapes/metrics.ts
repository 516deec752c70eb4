/** The metrics scores are measured on, each id once. */
import type { Shapes } from '../../../model/types.ts';
import { SLUG, str } from '../cells.ts';
import type { DatasetSchema } from '../dataset-schema.ts';
import { unique } from '../row-checks.ts';
import { sourceColumns } from '../source-columns.ts';

export function metricsSchema(): DatasetSchema<Shapes['metrics']> {
	return {
		columns: {
			id: { column: 'id', cell: str(SLUG) },
			label: { column: 'label', cell: str() },
			unit: { column: 'unit', cell: str() },
			about: { column: 'about', cell: str() },
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
