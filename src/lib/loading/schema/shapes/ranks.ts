/** A ranking: one row per rank, in order, a named item or an empty slot. */
import type { Group, Shapes } from '../../../model/types.ts';
import { NOT_REPORTED, groupCellOrNull, num, numOrNull, strOrNull, text } from '../cells.ts';
import type { DatasetSchema } from '../dataset-schema.ts';
import { unique } from '../row-checks.ts';
import { sourceColumns } from '../source-columns.ts';

export function ranksSchema(groups: readonly Group[]): DatasetSchema<Shapes['ranks']> {
	return {
		columns: {
			rank: { column: 'rank', cell: num({ integer: true, min: 1 }) },
			label: { column: 'label', cell: strOrNull() },
			short: { column: 'short', cell: text(), optional: true },
			sub: { column: 'sub', cell: strOrNull() },
			group: { column: 'group', cell: groupCellOrNull(groups) },
			value: { column: 'value', cell: numOrNull({ min: 0 }) },
			note: { column: 'note', cell: text() },
			...sourceColumns
		},
		values: ['label', 'sub', 'group', 'value'],
		check(rows, report) {
			unique(
				rows,
				report,
				'rank',
				(r) => String(r.rank),
				(r) => `rank ${r.rank}`
			);
			unique(
				rows,
				report,
				'label',
				(r) => r.label,
				(r) => `item "${r.label}"`
			);
			rows.forEach(({ row, line }, i) => {
				if (row.rank !== i + 1) report(line, 'rank', `expected rank ${i + 1} here: ranks run 1, 2, 3... in order`);
				// A rank is drawn either as a named bar or as an empty slot; half of each is neither.
				if (row.label !== null && row.value === null) {
					report(
						line,
						'value',
						`rank ${row.rank} names an item ("${row.label}") but its value is "${NOT_REPORTED}"; give its value, or write "${NOT_REPORTED}" for the label too`
					);
				} else if (row.label === null && row.value !== null) {
					report(
						line,
						'label',
						`rank ${row.rank} has a value (${row.value}) but no label; name the item, or write "${NOT_REPORTED}" for the value too`
					);
				}
			});
			// A ranking by its value must not go up as the rank goes down.
			const reported = rows.filter(({ row }) => row.value !== null);
			reported.forEach(({ row, line }, i) => {
				const above = reported[i - 1]?.row;
				if (above && (row.value ?? 0) > (above.value ?? 0)) {
					report(
						line,
						'value',
						`rank ${row.rank} has a larger value (${row.value}) than rank ${above.rank} (${above.value})`
					);
				}
			});
		}
	};
}
