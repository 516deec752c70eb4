/**
 * A timeline: one row per period (a day, week, month, quarter or year, every period in order), or
 * one per dated observation of an irregular series; each series in its own column. The grain is
 * declared (`grain:` of the dataset) or inferred from the first days (`inferGrain`), the same
 * function the chart draws with.
 */
import type { LeaderBasis, Shapes, TimeRow } from '../../../model/types.ts';
import {
	type Grain,
	dayNumber,
	grainNoun,
	inferGrain,
	nextStart,
	periodEnd,
	startsPeriod
} from '../../../model/periods.ts';
import { NOT_REPORTED, date, numOrNull, oneOfOrNull, text } from '../cells.ts';
import type { Cell } from '../cells.ts';
import type { Columns, DatasetSchema, Located, Report } from '../dataset-schema.ts';
import { unique } from '../row-checks.ts';
import { sourceColumns } from '../source-columns.ts';

const LEADER_BASES = ['reported', 'inferred'] as const satisfies readonly LeaderBasis[];

/** Rows a check reports one by one before it says how many more share the problem. */
const SHOWN = 3;

/** A cell of a column a file may leave out: an empty cell reads as null. */
function emptyOr<T>(inner: Cell<T | null>): Cell<T | null> {
	return { parse: (raw) => (raw === '' ? { ok: true, value: null } : inner.parse(raw)) };
}

/** Reports a problem of many rows: the first few at their lines, then one line that counts the rest. */
function capped(report: Report<TimeRow>) {
	let count = 0;
	let last: { line: number; field: keyof TimeRow & string } | null = null;
	return {
		add(line: number, field: keyof TimeRow & string, detail: string) {
			count++;
			if (count <= SHOWN) report(line, field, detail);
			last = { line, field };
		},
		close(more: string) {
			if (count > SHOWN && last) report(last.line, last.field, `and ${count - SHOWN} more rows like it: ${more}`);
		}
	};
}

function checkPeriods(rows: Located<TimeRow>[], grain: Grain, report: Report<TimeRow>, column: (f: 'start') => string) {
	const noun = grainNoun(grain);
	const misaligned = capped(report);
	const skipped = capped(report);
	const wrongEnd = capped(report);
	rows.forEach(({ row, line }, i) => {
		if (!startsPeriod(row.start, grain)) {
			const first = { month: 'the 1st of a month', quarter: '1 January, April, July or October', year: '1 January' };
			misaligned.add(
				line,
				'start',
				`${row.start} does not start a ${noun}: expected ${first[grain as keyof typeof first]}`
			);
		}
		if (grain === 'irregular') {
			if (row.end !== null && dayNumber(row.end) < dayNumber(row.start)) {
				wrongEnd.add(line, 'end', `${row.end} is before ${row.start}`);
			}
		} else if (row.end !== null && row.end !== periodEnd(row.start, grain)) {
			wrongEnd.add(
				line,
				'end',
				`expected ${periodEnd(row.start, grain)} (the last day of the ${noun} from ${row.start}), got ${row.end}`
			);
		}
		if (i === 0) return;
		const prev = rows[i - 1].row.start;
		if (dayNumber(row.start) <= dayNumber(prev)) {
			report(line, 'start', `${row.start} is not after ${prev} (the row above); list the rows in date order`);
		} else if (grain !== 'irregular' && row.start !== nextStart(prev, grain)) {
			skipped.add(
				line,
				'start',
				`expected ${nextStart(prev, grain)} (one ${noun} after the row above), got ${row.start}; list every ${noun} in order, unreported ones as "${NOT_REPORTED}"`
			);
		}
	});
	misaligned.close(`every ${noun} must start on its first day`);
	wrongEnd.close(`each last day must close its ${noun}`);
	skipped.close(
		`a ${noun} is missing before each; list every ${noun} (unreported ones as "${NOT_REPORTED}"), or give the dataset grain: irregular in story.yaml if its ${column('start')} dates are uneven on purpose`
	);
}

/** The schema of a timeline with these series (group id -> column) and, when declared, this grain. */
export function timelineSchema(series: Record<string, string>, declared?: Grain): DatasetSchema<Shapes['timeline']> {
	return {
		columns: {
			start: { column: 'start', cell: date({ dayOnly: true }) },
			end: { column: 'end', cell: emptyOr<string>(date({ dayOnly: true })), optional: true },
			total: { column: 'total', cell: emptyOr(numOrNull({ min: 0 })), optional: true },
			leader: { column: 'leader', cell: emptyOr(oneOfOrNull(Object.keys(series))), optional: true },
			leaderBasis: { column: 'leader_basis', cell: emptyOr(oneOfOrNull(LEADER_BASES)), optional: true },
			note: { column: 'note', cell: text(), optional: true },
			...sourceColumns
		} as Columns<TimeRow>,
		spread: { field: 'values', columns: series, cell: numOrNull({ min: 0 }) },
		values: ['values', 'total', 'leader'],
		check(rows, report, column) {
			unique(
				rows,
				report,
				'start',
				(r) => r.start,
				(r) => `period ${r.start}`
			);
			// A file that names no leader at all leaves the leaders to the values.
			const namesLeaders = rows.some((r) => r.row.leader !== null || r.row.leaderBasis !== null);
			const grain =
				declared ??
				inferGrain(
					rows.map((r) => r.row.start),
					rows[0]?.row.end ?? null
				);
			checkPeriods(rows, grain, report, column);
			rows.forEach(({ row, line }) => {
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
							? `a period with no leader has no leader_basis; write "${NOT_REPORTED}"`
							: 'say how the leader is known: reported or inferred'
					);
				}
				// Where a file names leaders and every series is reported, the values decide the
				// leader; an inference cannot overrule them.
				const entries = Object.entries(row.values);
				if (namesLeaders && entries.length > 0 && entries.every(([, v]) => v !== null)) {
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
