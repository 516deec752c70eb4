/**
 * The typed schema of every dataset file: which columns it has (snake_case in the CSV, camelCase
 * in the row type), what each cell may hold, and the checks across rows that catch a file which
 * parses but would draw a wrong chart (a duplicate rank, a missing week, shares not adding to 100).
 *
 * Declarative on purpose: adding a column is one line here, and the mapped types below make the
 * compiler refuse a schema that does not produce exactly the row type of `types.ts`.
 */
import { ErrorList } from './errors.ts';
import type { CsvTable } from './csv.ts';
import type {
	Basis,
	LeaderBasis,
	Confidence,
	DatasetId,
	Group,
	ShapeId,
	Shapes,
	SourceRef,
	StoryData,
	WeekRow
} from '../model/types.ts';

/** The literal cell that records the absence of a report; parsed to `null`. */
export const NOT_REPORTED = 'not reported';

/**
 * Does this cell say "not reported", in any case? An editor who types `Not reported` means the
 * same as `not reported`; read as a model name, it would make a rank vanish from the chart.
 */
export function isNotReported(raw: string): boolean {
	return raw.toLowerCase() === NOT_REPORTED;
}

export type CellResult<T> = { ok: true; value: T } | { ok: false; detail: string };

/** How one cell's text becomes one typed value. */
export interface Cell<T> {
	parse(raw: string): CellResult<T>;
}

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = <T>(detail: string): CellResult<T> => ({ ok: false, detail });
const shown = (raw: string) => JSON.stringify(raw);

function nullable<T>(inner: Cell<T>, expected: string): Cell<T | null> {
	return {
		parse(raw) {
			if (isNotReported(raw)) return ok(null);
			const r = inner.parse(raw);
			return r.ok ? r : bad(`expected ${expected} or "${NOT_REPORTED}", got ${shown(raw)}`);
		}
	};
}

/** A non-empty string without surrounding spaces. */
export function str(pattern?: { re: RegExp; what: string }): Cell<string> {
	return {
		parse(raw) {
			if (raw.trim() === '') return bad(`expected text, got an empty cell`);
			if (raw !== raw.trim()) return bad(`${shown(raw)} has leading or trailing spaces`);
			if (isNotReported(raw)) return bad(`"${NOT_REPORTED}" is not allowed in this column`);
			if (pattern && !pattern.re.test(raw)) return bad(`expected ${pattern.what}, got ${shown(raw)}`);
			return ok(raw);
		}
	};
}

/** Free text that may be empty (then ""). */
export function text(): Cell<string> {
	return {
		parse(raw) {
			if (raw !== raw.trim()) return bad(`${shown(raw)} has leading or trailing spaces`);
			return ok(raw);
		}
	};
}

interface NumberOpts {
	min?: number;
	max?: number;
	integer?: boolean;
}

/** A finite plain decimal (`4.12`, `1753`, `-3`): no units, thousands separators or exponents. */
export function num(opts: NumberOpts = {}): Cell<number> {
	const what = [
		opts.integer ? 'a whole number' : 'a number',
		opts.min !== undefined && opts.max !== undefined
			? `from ${opts.min} to ${opts.max}`
			: opts.min !== undefined
				? `>= ${opts.min}`
				: opts.max !== undefined
					? `<= ${opts.max}`
					: ''
	]
		.filter(Boolean)
		.join(' ');
	return {
		parse(raw) {
			if (!/^-?\d+(\.\d+)?$/.test(raw))
				return bad(`expected ${opts.integer ? 'a whole number' : 'a number'}, got ${shown(raw)}`);
			const value = Number(raw);
			if (!Number.isFinite(value)) return bad(`expected a number, got ${shown(raw)}`);
			if (
				(opts.integer && !Number.isInteger(value)) ||
				(opts.min !== undefined && value < opts.min) ||
				(opts.max !== undefined && value > opts.max)
			) {
				return bad(`expected ${what}, got ${raw}`);
			}
			return ok(value);
		}
	};
}

/** A number, or `not reported` (null). */
export function numOrNull(opts: NumberOpts = {}): Cell<number | null> {
	const inner = num(opts);
	return {
		parse(raw) {
			if (isNotReported(raw)) return ok(null);
			const r = inner.parse(raw);
			return r.ok ? r : bad(`${r.detail.replace(/, got .*$/, '')} or "${NOT_REPORTED}", got ${shown(raw)}`);
		}
	};
}

export function strOrNull(): Cell<string | null> {
	return nullable(str(), 'text');
}

export function oneOf<const T extends string>(values: readonly T[]): Cell<T> {
	return {
		parse(raw) {
			const found = values.find((v) => v === raw);
			return found !== undefined ? ok(found) : bad(`expected one of ${values.join(', ')}, got ${shown(raw)}`);
		}
	};
}

export function oneOfOrNull<const T extends string>(values: readonly T[]): Cell<T | null> {
	return nullable(oneOf(values), `one of ${values.join(', ')}`);
}

export function yesNo(): Cell<boolean> {
	return {
		parse(raw) {
			if (raw === 'yes') return ok(true);
			if (raw === 'no') return ok(false);
			return bad(`expected yes or no, got ${shown(raw)}`);
		}
	};
}

function validDate(y: number, m: number, d: number): boolean {
	const t = new Date(Date.UTC(y, m - 1, d));
	return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** `YYYY-MM-DD`, or also `YYYY-MM` (a month) unless `dayOnly`. */
export function date(opts: { dayOnly?: boolean } = {}): Cell<string> {
	const what = opts.dayOnly ? 'a date YYYY-MM-DD' : 'a date YYYY-MM-DD or YYYY-MM';
	return {
		parse(raw) {
			const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(raw);
			if (!m || (opts.dayOnly && m[3] === undefined)) return bad(`expected ${what}, got ${shown(raw)}`);
			const day = m[3] === undefined ? 1 : Number(m[3]);
			if (!validDate(Number(m[1]), Number(m[2]), day)) return bad(`${shown(raw)} is not a real date`);
			return ok(raw);
		}
	};
}

/** Is this an absolute https:// address? */
export function isHttpsUrl(raw: string): boolean {
	if (!/^https:\/\/\S+$/.test(raw)) return false;
	try {
		const u = new URL(raw);
		return u.protocol === 'https:' && u.hostname.includes('.');
	} catch {
		return false;
	}
}

/**
 * Is this address a site's front page (no path beyond "/", no query)? A source must link the item
 * it cites, so a reader can check the figure; a front page proves nothing.
 */
export function isSiteRoot(raw: string): boolean {
	try {
		const u = new URL(raw);
		return (u.pathname === '' || u.pathname === '/') && u.search === '' && u.hash === '';
	} catch {
		return false;
	}
}

/** Code hosts whose `/owner/name` address is a repository's front page, not a file in it. */
const CODE_HOSTS = ['github.com', 'gitlab.com', 'codeberg.org', 'bitbucket.org'];

/**
 * Is this address a repository's (or an account's) front page on a code host, such as
 * https://github.com/owner/repo? Like a site's front page it proves nothing: the file changes
 * with every commit, so a source links the file at the commit its figure was read from.
 */
export function isRepoRoot(raw: string): boolean {
	try {
		const u = new URL(raw);
		const parts = u.pathname.split('/').filter(Boolean);
		return (
			CODE_HOSTS.includes(u.hostname.replace(/^www\./, '')) && parts.length >= 1 && parts.length <= 2 && u.search === ''
		);
	} catch {
		return false;
	}
}

/** An https:// address, or an empty cell (null). */
export function urlOrEmpty(): Cell<string | null> {
	return {
		parse(raw) {
			if (raw === '') return ok(null);
			return isHttpsUrl(raw) ? ok(raw) : bad(`expected an https:// address or an empty cell, got ${shown(raw)}`);
		}
	};
}

/**
 * A group id of the story (`groups:` in story.yaml). While the groups themselves have errors
 * (reported at their lines) any id is let through, so one typo does not fail every row.
 */
export function groupCell(groups: readonly Group[]): Cell<string> {
	if (groups.length === 0) return str();
	return oneOf(groups.map((g) => g.id));
}

export function groupCellOrNull(groups: readonly Group[]): Cell<string | null> {
	return nullable(groupCell(groups), groups.length ? `one of ${groups.map((g) => g.id).join(', ')}` : 'text');
}

/** A group id, or "not <id>" for the rows outside that group (a count of "not DK"). */
export function groupOrComplementCell(groups: readonly Group[]): Cell<string> {
	const inner = groupCell(groups);
	return {
		parse(raw) {
			const m = /^not (.+)$/.exec(raw);
			const r = inner.parse(m ? m[1] : raw);
			if (r.ok) return ok(raw);
			return bad(`expected a group id (${groups.map((g) => g.id).join(', ')}) or "not <group id>", got ${shown(raw)}`);
		}
	};
}
const CONFIDENCES = ['high', 'medium', 'low'] as const satisfies readonly Confidence[];
const BASES = ['reported', 'derived', 'combined'] as const satisfies readonly Basis[];
const LEADER_BASES = ['reported', 'inferred'] as const satisfies readonly LeaderBasis[];
const SLUG = { re: /^[a-z0-9]+(-[a-z0-9]+)*$/, what: 'a lowercase id like "china-six"' };

// ---------------------------------------------------------------------------------------------

export interface Column<T> {
	/** The column's name in the CSV header. */
	column: string;
	cell: Cell<T>;
}

/** One column per field of the row type, no more, no fewer. */
export type Columns<R> = { [K in keyof R]-?: Column<R[K]> };

/** A parsed row and the 1-based line it came from. */
export interface Located<R> {
	row: R;
	line: number;
}

/** Reports a problem of a row's field; the schema turns the field into its column name. */
export type Report<R> = (line: number, field: keyof R & string, detail: string) => void;

export interface DatasetSchema<R> {
	columns: Columns<R>;
	/**
	 * Fields that carry the row's values. A row whose values are all `not reported` records an
	 * absence, and only such a row may leave `url` empty and `confidence` as `not reported`.
	 * Omitted: every row reports a value.
	 */
	values?: (keyof R & string)[];
	/** Checks across the rows of the file. */
	check?: (rows: Located<R>[], report: Report<R>, column: (field: keyof R & string) => string) => void;
	/**
	 * Columns that become one record field, keyed by name (a timeline's series: group id ->
	 * column). Their field is left out of `columns`.
	 */
	spread?: { field: keyof R & string; columns: Record<string, string>; cell: Cell<unknown> };
}

const sourceColumns: Columns<SourceRef> = {
	source: { column: 'source', cell: str() },
	url: { column: 'url', cell: urlOrEmpty() },
	date: { column: 'date', cell: date() },
	confidence: { column: 'confidence', cell: oneOfOrNull(CONFIDENCES) }
};

// --- cross-row helpers -----------------------------------------------------------------------

/** Each key once; the second occurrence is reported with the line of the first. */
function unique<R>(
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

/**
 * Shares of one whole: a `derived` remainder must be 100 minus the other rows (it says it was
 * computed, so it must compute); without one, the rows must add up to 100.
 */
function sharesOfOneWhole<R extends { sharePct: number; basis: Basis; label: string }>(
	rows: Located<R>[],
	report: Report<R>
): void {
	const derived = rows.filter(({ row }) => row.basis === 'derived');
	if (derived.length !== 1) return sumsTo100(rows, report);
	const [rest] = derived;
	const others = rows.filter((r) => r !== rest);
	const expected = roundPct(100 - others.reduce((s, { row }) => s + row.sharePct, 0));
	if (Math.abs(rest.row.sharePct - expected) > SHARE_TOLERANCE + 1e-9) {
		report(
			rest.line,
			'sharePct',
			`"${rest.row.label}" is derived as the remainder, so it must be 100 - ${others.map(({ row }) => roundPct(row.sharePct)).join(' - ')} = ${expected}, got ${rest.row.sharePct}`
		);
	}
}

function sumsTo100<R extends { sharePct: number }>(rows: Located<R>[], report: Report<R>): void {
	if (rows.length === 0) return;
	const sum = rows.reduce((s, { row }) => s + row.sharePct, 0);
	if (Math.abs(sum - 100) > SHARE_TOLERANCE + 1e-9) {
		report(
			rows[rows.length - 1].line,
			'sharePct',
			`shares add up to ${Math.round(sum * 1000) / 1000}, expected 100 ± ${SHARE_TOLERANCE}`
		);
	}
}

function dayNumber(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return Date.UTC(y, m - 1, d) / 86_400_000;
}

function isoDay(day: number): string {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

// --- the datasets ----------------------------------------------------------------------------

type Schemas = { [K in ShapeId]: DatasetSchema<Shapes[K]> };

/**
 * Every shape's schema, for the story's groups and a timeline's series (group id -> column).
 * A column is named as its channel (`label`, `value`...); a dataset maps other column names
 * onto the channels with `columns:` in story.yaml.
 */
export function schemas(groups: readonly Group[], series: Record<string, string> = {}): Schemas {
	const shareColumns = {
		id: { column: 'id', cell: str(SLUG) },
		label: { column: 'label', cell: str() },
		country: { column: 'group', cell: groupCellOrNull(groups) },
		sharePct: { column: 'value', cell: num({ min: 0, max: 100 }) },
		basis: { column: 'basis', cell: oneOf(BASES) },
		note: { column: 'note', cell: text() },
		...sourceColumns
	};

	return {
		ranks: {
			columns: {
				rank: { column: 'rank', cell: num({ integer: true, min: 1 }) },
				model: { column: 'label', cell: strOrNull() },
				lab: { column: 'sub', cell: strOrNull() },
				country: { column: 'group', cell: groupCellOrNull(groups) },
				tokensT: { column: 'value', cell: numOrNull({ min: 0 }) },
				note: { column: 'note', cell: text() },
				...sourceColumns
			},
			values: ['model', 'lab', 'country', 'tokensT'],
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
					'model',
					(r) => r.model,
					(r) => `model "${r.model}"`
				);
				rows.forEach(({ row, line }, i) => {
					if (row.rank !== i + 1) report(line, 'rank', `expected rank ${i + 1} here: ranks run 1, 2, 3... in order`);
					// A rank is drawn either as a named bar or as an empty slot; half of each is neither.
					if (row.model !== null && row.tokensT === null) {
						report(
							line,
							'tokensT',
							`rank ${row.rank} names a model ("${row.model}") but its tokens are "${NOT_REPORTED}"; give its tokens, or write "${NOT_REPORTED}" for the model too`
						);
					} else if (row.model === null && row.tokensT !== null) {
						report(
							line,
							'model',
							`rank ${row.rank} has tokens (${row.tokensT}) but no model; name the model, or write "${NOT_REPORTED}" for the tokens too`
						);
					}
				});
				// A ranking by tokens must not go up as the rank goes down.
				const reported = rows.filter(({ row }) => row.tokensT !== null);
				reported.forEach(({ row, line }, i) => {
					const above = reported[i - 1]?.row;
					if (above && (row.tokensT ?? 0) > (above.tokensT ?? 0)) {
						report(
							line,
							'tokensT',
							`rank ${row.rank} has more tokens (${row.tokensT}) than rank ${above.rank} (${above.tokensT})`
						);
					}
				});
			}
		},
		counts: {
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
		},
		shares: {
			columns: shareColumns,
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
		},
		weeks: {
			columns: {
				weekStart: { column: 'start', cell: date({ dayOnly: true }) },
				weekEnd: { column: 'end', cell: date({ dayOnly: true }) },
				totalT: { column: 'total', cell: numOrNull({ min: 0 }) },
				leader: { column: 'leader', cell: oneOfOrNull(Object.keys(series)) },
				leaderBasis: { column: 'leader_basis', cell: oneOfOrNull(LEADER_BASES) },
				note: { column: 'note', cell: text() },
				...sourceColumns
			} as Columns<WeekRow>,
			spread: { field: 'values', columns: series, cell: numOrNull({ min: 0 }) },
			values: ['values', 'totalT', 'leader'],
			check(rows, report, column) {
				unique(
					rows,
					report,
					'weekStart',
					(r) => r.weekStart,
					(r) => `week ${r.weekStart}`
				);
				rows.forEach(({ row, line }, i) => {
					const start = dayNumber(row.weekStart);
					// 1970-01-01 was a Thursday: day 4 of the week counting from Monday = 0.
					if ((((start + 3) % 7) + 7) % 7 !== 0) report(line, 'weekStart', `${row.weekStart} is not a Monday`);
					if (dayNumber(row.weekEnd) !== start + 6) {
						report(
							line,
							'weekEnd',
							`expected ${isoDay(start + 6)} (${column('weekStart')} + 6 days), got ${row.weekEnd}`
						);
					}
					if (i > 0) {
						const prev = dayNumber(rows[i - 1].row.weekStart);
						if (start !== prev + 7) {
							report(
								line,
								'weekStart',
								`expected ${isoDay(prev + 7)} (7 days after the week above), got ${row.weekStart}; list every week in order, unreported ones as "${NOT_REPORTED}"`
							);
						}
					}
					const parts = Object.values(row.values);
					if (row.totalT !== null && parts.length > 0 && parts.every((v) => v !== null)) {
						const sum = parts.reduce((s: number, v) => s + (v as number), 0);
						if (sum > row.totalT + 1e-9) {
							report(
								line,
								'totalT',
								`total ${row.totalT} is less than ${Object.values(series).join(' + ')} (${Math.round(sum * 1000) / 1000})`
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
		},
		metrics: {
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
		},
		scores: {
			columns: {
				model: { column: 'label', cell: str() },
				lab: { column: 'sub', cell: str() },
				country: { column: 'group', cell: groupCell(groups) },
				metric: { column: 'metric', cell: str(SLUG) },
				score: { column: 'value', cell: numOrNull() },
				approximate: { column: 'approximate', cell: yesNo() },
				error: { column: 'error', cell: numOrNull({ min: 0 }) },
				note: { column: 'note', cell: text() },
				...sourceColumns
			},
			values: ['score'],
			check(rows, report) {
				unique(
					rows,
					report,
					'model',
					(r) => `${r.metric}\u0000${r.model}`,
					(r) => `model "${r.model}" on metric "${r.metric}"`
				);
				for (const { row, line } of rows) {
					if (row.score === null && row.approximate)
						report(line, 'approximate', 'a score that is not reported cannot be approximate');
					if (row.score === null && row.error !== null)
						report(line, 'error', 'a score that is not reported cannot have an error');
				}
			}
		},
		periods: {
			columns: {
				id: { column: 'id', cell: str(SLUG) },
				period: { column: 'label', cell: str() },
				sharePct: { column: 'value', cell: num({ min: 0, max: 100 }) },
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
		},
		pairs: {
			columns: {
				model: { column: 'label', cell: str() },
				lab: { column: 'sub', cell: str() },
				country: { column: 'group', cell: groupCell(groups) },
				inputUsd: { column: 'first', cell: num({ min: 0 }) },
				outputUsd: { column: 'second', cell: num({ min: 0 }) },
				note: { column: 'note', cell: text() },
				...sourceColumns
			},
			check(rows, report) {
				unique(
					rows,
					report,
					'model',
					(r) => r.model,
					(r) => `model "${r.model}"`
				);
			}
		}
	};
}

// --- applying a schema -----------------------------------------------------------------------

/** Rows of one dataset, with the line each came from (for checks across datasets). */
export interface ParsedDataset<R> {
	rows: R[];
	lines: number[];
}

/**
 * Turns a parsed CSV table into typed rows. Every problem in the file is thrown at once.
 * The header must name exactly the schema's columns (any order).
 */
export function applySchema<R>(
	table: CsvTable,
	schema: DatasetSchema<R>,
	rename: Readonly<Record<string, string>> = {}
): ParsedDataset<R> {
	const { file } = table;
	const errors = new ErrorList();
	const fields = (Object.keys(schema.columns) as (keyof R & string)[]).filter((f) => f !== schema.spread?.field);
	const spread = schema.spread;
	const spreadColumns = spread ? Object.values(spread.columns) : [];
	const nameOf = (field: keyof R & string): string => {
		const channel = schema.columns[field].column;
		return rename[channel] ?? channel;
	};
	const columnOf = (field: keyof R & string): string =>
		field === spread?.field ? spreadColumns.join(', ') : nameOf(field);
	const expected = [...fields.map(columnOf), ...spreadColumns];

	const index = new Map<string, number>();
	table.header.forEach((name, i) => index.set(name, i));
	for (const name of table.header) {
		if (!expected.includes(name)) {
			errors.add({
				file,
				line: 1,
				field: name,
				detail: `unknown column "${name}"; expected one of ${expected.join(', ')}`
			});
		}
	}
	for (const name of expected) {
		if (!index.has(name)) errors.add({ file, line: 1, field: name, detail: `missing column "${name}"` });
	}
	errors.throwIfAny();

	const report: Report<R> = (line, field, detail) => errors.add({ file, line, field: columnOf(field), detail });
	const located: Located<R>[] = [];
	for (const record of table.records) {
		const values: Partial<Record<keyof R, unknown>> = {};
		let rowOk = true;
		for (const field of fields) {
			const { cell } = schema.columns[field];
			const column = nameOf(field);
			const raw = record.cells[index.get(column) ?? -1] ?? '';
			const result = cell.parse(raw);
			if (result.ok) values[field] = result.value;
			else {
				rowOk = false;
				errors.add({ file, line: record.line, field: column, detail: result.detail });
			}
		}
		if (spread) {
			const spreadValues: Record<string, unknown> = {};
			for (const [key, column] of Object.entries(spread.columns)) {
				const result = spread.cell.parse(record.cells[index.get(column) ?? -1] ?? '');
				if (result.ok) spreadValues[key] = result.value;
				else {
					rowOk = false;
					errors.add({ file, line: record.line, field: column, detail: result.detail });
				}
			}
			values[spread.field] = spreadValues as R[keyof R & string];
		}
		if (!rowOk) continue;
		const row = values as R;
		checkSource(row as R & SourceRef, schema.values, (field, detail) => {
			rowOk = false;
			errors.add({ file, line: record.line, field, detail });
		});
		if (rowOk) located.push({ row, line: record.line });
	}
	// Checks across rows only mean something when every row was read.
	if (errors.size === 0) schema.check?.(located, report, columnOf);
	errors.throwIfAny();
	return { rows: located.map((l) => l.row), lines: located.map((l) => l.line) };
}

/** A row that reports a value must say where it comes from: a url and a confidence. */
function checkSource<R>(
	row: R & SourceRef,
	values: (keyof R & string)[] | undefined,
	report: (column: string, detail: string) => void
): void {
	const holds = (v: unknown): boolean =>
		v !== null && (typeof v !== 'object' || Object.values(v as object).some((x) => x !== null));
	const reports = values === undefined || values.some((f) => holds(row[f]));
	if (!reports) return;
	if (row.url === null) report('url', 'a row that reports a value needs a source url');
	else if (isSiteRoot(row.url)) {
		report(
			'url',
			`${JSON.stringify(row.url)} is the front page of ${new URL(row.url).hostname}; link the article or page the figure comes from`
		);
	} else if (isRepoRoot(row.url)) {
		report(
			'url',
			`${JSON.stringify(row.url)} is the front page of a repository; link the file at the commit the figure was read from`
		);
	}
	if (row.confidence === null)
		report('confidence', `a row that reports a value needs a confidence (high, medium or low), not "${NOT_REPORTED}"`);
}

/** The channels of a shape: the column names it reads unless a dataset maps others. */
export function channelsOf(shape: ShapeId): string[] {
	return Object.values(schemas([])[shape].columns as Record<string, Column<unknown>>)
		.map((c) => c.column)
		.filter((c) => !['source', 'url', 'date', 'confidence'].includes(c));
}

/** Parses one dataset's table with its shape's schema and the dataset's column names. */
export function parseDataset<K extends ShapeId>(
	shape: K,
	table: CsvTable,
	groups: readonly Group[],
	opts: { series?: Record<string, string>; columns?: Readonly<Record<string, string>> } = {}
): ParsedDataset<Shapes[K]> {
	const schema = schemas(groups, opts.series ?? {})[shape] as DatasetSchema<Shapes[K]>;
	return applySchema(table, schema, opts.columns ?? {});
}

// --- checks across datasets ------------------------------------------------------------------

/** Where each dataset's rows came from, for reporting. */
export interface DatasetSource {
	file: string;
	lines: number[];
	/** Channel -> column name, where the file names a channel's column otherwise. */
	columns?: Readonly<Record<string, string>>;
}

/** The column a channel is read from in this file, for messages. */
function col(src: DatasetSource, channel: string): string {
	return src.columns?.[channel] ?? channel;
}

/**
 * A check that ties datasets together, declared by the story (`rules:` in story.yaml), each
 * naming the datasets it reads:
 * - `parts-add-up`: the parts of each group (a `shares` dataset with a group column) add up to
 *   that group's row of the totals (another `shares` dataset), which has one row per group;
 * - `counts-match-ranking`: the counts (a `counts` dataset) add up to the ranking's length and
 *   are never below the items the ranking names in that group;
 * - `metrics-known`: every score names a metric id of the metrics dataset.
 */
export type Rule =
	| { rule: 'parts-add-up'; parts: DatasetId; totals: DatasetId }
	| { rule: 'counts-match-ranking'; counts: DatasetId; ranking: DatasetId }
	| { rule: 'metrics-known'; scores: DatasetId; metrics: DatasetId };

/** Each rule, the datasets it names and the shape each must have. */
export const RULES = {
	'parts-add-up': { parts: 'shares', totals: 'shares' },
	'counts-match-ranking': { counts: 'counts', ranking: 'ranks' },
	'metrics-known': { scores: 'scores', metrics: 'metrics' }
} as const satisfies Record<Rule['rule'], Record<string, ShapeId>>;

/**
 * Runs the story's rules. `sources` holds only the datasets that parsed cleanly; a rule runs
 * when all the datasets it reads are among them.
 */
export function checkAcrossDatasets(
	data: StoryData,
	sources: Partial<Record<DatasetId, DatasetSource>>,
	errors: ErrorList,
	groups: readonly Group[] = [],
	rules: readonly Rule[] = []
): void {
	for (const rule of rules) {
		if (rule.rule === 'metrics-known') checkMetricsKnown(data, sources, errors, rule);
		else if (rule.rule === 'parts-add-up') checkPartsAddUp(data, sources, errors, groups, rule);
		else checkCountsMatch(data, sources, errors, rule);
	}
}

function checkMetricsKnown(
	data: StoryData,
	sources: Partial<Record<DatasetId, DatasetSource>>,
	errors: ErrorList,
	rule: Extract<Rule, { rule: 'metrics-known' }>
): void {
	const bSrc = sources[rule.scores];
	const mSrc = sources[rule.metrics];
	if (!bSrc || !mSrc) return;
	const ids = (data[rule.metrics] as Shapes['metrics'][]).map((m) => m.id);
	(data[rule.scores] as Shapes['scores'][]).forEach((row, i) => {
		if (!ids.includes(row.metric)) {
			errors.add({
				file: bSrc.file,
				line: bSrc.lines[i],
				field: col(bSrc, 'metric'),
				detail: `unknown metric "${row.metric}"; expected an id of ${mSrc.file}: ${ids.join(', ')}`
			});
		}
	});
}

function checkCountsMatch(
	data: StoryData,
	sources: Partial<Record<DatasetId, DatasetSource>>,
	errors: ErrorList,
	rule: Extract<Rule, { rule: 'counts-match-ranking' }>
): void {
	const cSrc = sources[rule.counts];
	if (!cSrc || !sources[rule.ranking]) return;
	const ranking = data[rule.ranking] as Shapes['ranks'][];
	const composition = data[rule.counts] as Shapes['counts'][];
	const total = composition.reduce((s, r) => s + r.count, 0);
	if (total !== ranking.length) {
		errors.add({
			file: cSrc.file,
			line: cSrc.lines[cSrc.lines.length - 1],
			field: col(cSrc, 'count'),
			detail: `counts add up to ${total}, but ${rule.ranking} has ${ranking.length} ranks`
		});
	}
	composition.forEach((row, i) => {
		const outside = /^not (.+)$/.exec(row.group)?.[1];
		const known = ranking.filter(
			(r) => r.country !== null && (outside !== undefined ? r.country !== outside : r.country === row.group)
		).length;
		if (row.count < known) {
			errors.add({
				file: cSrc.file,
				line: cSrc.lines[i],
				field: col(cSrc, 'count'),
				detail: `group "${row.group}" counts ${row.count}, but ${rule.ranking} already itemizes ${known} such items`
			});
		}
	});
}

/**
 * The parts and the totals tell one story: the parts of each group together must hold what that
 * group's row of the totals says, and the totals have one row per group. Otherwise the donut
 * changes its total between two steps and contradicts the copy.
 */
function checkPartsAddUp(
	data: StoryData,
	sources: Partial<Record<DatasetId, DatasetSource>>,
	errors: ErrorList,
	groups: readonly Group[],
	rule: Extract<Rule, { rule: 'parts-add-up' }>
): void {
	const pSrc = sources[rule.parts];
	const cSrc = sources[rule.totals];
	if (!pSrc || !cSrc) return;
	const providers = data[rule.parts] as Shapes['shares'][];
	const totals = data[rule.totals] as Shapes['shares'][];
	const column = col(cSrc, 'group');
	for (const { id, label } of groups) {
		const of = totals.map((row, i) => ({ row, line: cSrc.lines[i] })).filter(({ row }) => row.country === id);
		if (of.length === 0) {
			errors.add({
				file: cSrc.file,
				line: 1,
				field: column,
				detail: `no row with ${column} "${id}" (${label}): the totals give one row per group of the story (${groups.map((g) => g.id).join(', ')}), so the parts of ${pSrc.file} can be checked against them`
			});
		}
		for (const extra of of.slice(1)) {
			errors.add({
				file: cSrc.file,
				line: extra.line,
				field: column,
				detail: `a second row with ${column} "${id}" (the first is on line ${of[0].line}); the file has one row per group`
			});
		}
	}
	totals.forEach((c, i) => {
		if (c.country === null) return;
		const members = providers.map((p, j) => ({ p, line: pSrc.lines[j] })).filter(({ p }) => p.country === c.country);
		if (members.length === 0) {
			errors.add({
				file: cSrc.file,
				line: cSrc.lines[i],
				field: col(cSrc, 'value'),
				detail: `"${c.label}" has ${c.sharePct}%, but ${pSrc.file} has no part with ${col(pSrc, 'group')} "${c.country}"; the two files must agree`
			});
			return;
		}
		const sum = roundPct(members.reduce((s, { p }) => s + p.sharePct, 0));
		if (Math.abs(sum - c.sharePct) > SHARE_TOLERANCE + 1e-9) {
			const parts = members.map(({ p, line }) => `${p.label} ${p.sharePct} (line ${line})`).join(' + ');
			errors.add({
				file: cSrc.file,
				line: cSrc.lines[i],
				field: col(cSrc, 'value'),
				detail: `"${c.label}" has ${c.sharePct}%, but the parts with ${col(pSrc, 'group')} "${c.country}" in ${pSrc.file} add up to ${sum} (${parts}); the two files must agree`
			});
		}
	});
}
