/** A timeline: one row per week, Monday to Sunday, every week in order, each series in its own column. */
import type { LeaderBasis, Shapes, WeekRow } from '../../../model/types.ts';
import { NOT_REPORTED, date, numOrNull, oneOfOrNull, text } from '../cells.ts';
import type { Columns, DatasetSchema } from '../dataset-schema.ts';
import { unique } from '../row-checks.ts';
import { sourceColumns } from '../source-columns.ts';

const LEADER_BASES = ['reported', 'inferred'] as const satisfies readonly LeaderBasis[];

function dayNumber(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return Date.UTC(y, m - 1, d) / 86_400_000;
}

function isoDay(day: number): string {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function weeksSchema(series: Record<string, string>): DatasetSchema<Shapes['weeks']> {
	return {
		columns: {
			start: { column: 'start', cell: date({ dayOnly: true }) },
			end: { column: 'end', cell: date({ dayOnly: true }) },
			total: { column: 'total', cell: numOrNull({ min: 0 }) },
			leader: { column: 'leader', cell: oneOfOrNull(Object.keys(series)) },
			leaderBasis: { column: 'leader_basis', cell: oneOfOrNull(LEADER_BASES) },
			note: { column: 'note', cell: text() },
			...sourceColumns
		} as Columns<WeekRow>,
		spread: { field: 'values', columns: series, cell: numOrNull({ min: 0 }) },
		values: ['values', 'total', 'leader'],
		check(rows, report, column) {
			unique(
				rows,
				report,
				'start',
				(r) => r.start,
				(r) => `week ${r.start}`
			);
			rows.forEach(({ row, line }, i) => {
				const start = dayNumber(row.start);
				// 1970-01-01 was a Thursday: day 4 of the week counting from Monday = 0.
				if ((((start + 3) % 7) + 7) % 7 !== 0) report(line, 'start', `${row.start} is not a Monday`);
				if (dayNumber(row.end) !== start + 6) {
					report(line, 'end', `expected ${isoDay(start + 6)} (${column('start')} + 6 days), got ${row.end}`);
				}
				if (i > 0) {
					const prev = dayNumber(rows[i - 1].row.start);
					if (start !== prev + 7) {
						report(
							line,
							'start',
							`expected ${isoDay(prev + 7)} (7 days after the week above), got ${row.start}; list every week in order, unreported ones as "${NOT_REPORTED}"`
						);
					}
				}
				const parts = Object.values(row.values);
				if (row.total !== null && parts.length > 0 && parts.every((v) => v !== null)) {
					const sum = parts.reduce((s: number, v) => s + (v as number), 0);
					if (sum > row.total + 1e-9) {
						report(
							line,
							'total',
							`total ${row.total} is less than ${Object.values(series).join(' + ')} (${Math.round(sum * 1000) / 1000})`
						);
					}
				}
				if ((row.leader === null) !== (row.leaderBasis === null)) {
					report(
						line,
						'leaderBasis',
						row.leader === null
							? `a week with no leader has no leader_basis; write "${NOT_REPORTED}"`
							: 'say how the leader is known: reported or inferred'
					);
				}
				// Where every series is reported, the values decide the leader; an inference cannot overrule them.
				const entries = Object.entries(row.values);
				if (entries.length > 0 && entries.every(([, v]) => v !== null)) {
					const top = Math.max(...entries.map(([, v]) => v as number));
					const at = entries.filter(([, v]) => v === top);
					const tallied = at.length === 1 ? at[0][0] : null;
					if (row.leader !== tallied || (tallied !== null && row.leaderBasis !== 'reported')) {
						const values = entries.map(([id, v]) => `${series[id] ?? id} ${v}`).join(', ');
						report(
							line,
							'leader',
							`the tallies (${values}) make the leader ${tallied ?? `"${NOT_REPORTED}" (a tie)`}, reported; got ${row.leader ?? NOT_REPORTED}, ${row.leaderBasis ?? NOT_REPORTED}`
						);
					}
				}
			});
		}
	};
}
