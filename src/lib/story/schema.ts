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
	Country,
	DatasetId,
	Datasets,
	SourceRef
} from './types.ts';

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
			if (!/^-?\d+(\.\d+)?$/.test(raw)) return bad(`expected ${opts.integer ? 'a whole number' : 'a number'}, got ${shown(raw)}`);
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
		return CODE_HOSTS.includes(u.hostname.replace(/^www\./, '')) && parts.length >= 1 && parts.length <= 2 && u.search === '';
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

const COUNTRIES = ['US', 'CN'] as const satisfies readonly Country[];
const CONFIDENCES = ['high', 'medium', 'low'] as const satisfies readonly Confidence[];
const BASES = ['reported', 'derived'] as const satisfies readonly Basis[];
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
	check?: (rows: Located<R>[], report: Report<R>) => void;
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

/** The row of each country the share chart compares: exactly one US row and one CN row. */
function oneRowPerCountry<R extends { country: Country | null }>(rows: Located<R>[], report: Report<R>): void {
	for (const country of COUNTRIES) {
		const of = rows.filter(({ row }) => row.country === country);
		if (of.length === 0) {
			report(1, 'country', `no row with country "${country}": the share chart compares the US and Chinese totals, so the file needs one row for each`);
		}
		for (const extra of of.slice(1)) {
			report(extra.line, 'country', `a second row with country "${country}" (the first is on line ${of[0].line}); the file has one row per country`);
		}
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

type Schemas = { [K in DatasetId]: DatasetSchema<Datasets[K][number]> };

const shareColumns = {
	id: { column: 'id', cell: str(SLUG) },
	label: { column: 'label', cell: str() },
	country: { column: 'country', cell: oneOfOrNull(COUNTRIES) },
	sharePct: { column: 'share_pct', cell: num({ min: 0, max: 100 }) },
	basis: { column: 'basis', cell: oneOf(BASES) },
	note: { column: 'note', cell: text() },
	...sourceColumns
};

export const SCHEMAS: Schemas = {
	'model-ranking': {
		columns: {
			rank: { column: 'rank', cell: num({ integer: true, min: 1 }) },
			model: { column: 'model', cell: strOrNull() },
			lab: { column: 'lab', cell: strOrNull() },
			country: { column: 'country', cell: oneOfOrNull(COUNTRIES) },
			tokensT: { column: 'tokens_t', cell: numOrNull({ min: 0 }) },
			note: { column: 'note', cell: text() },
			...sourceColumns
		},
		values: ['model', 'lab', 'country', 'tokensT'],
		check(rows, report) {
			unique(rows, report, 'rank', (r) => String(r.rank), (r) => `rank ${r.rank}`);
			unique(rows, report, 'model', (r) => r.model, (r) => `model "${r.model}"`);
			rows.forEach(({ row, line }, i) => {
				if (row.rank !== i + 1) report(line, 'rank', `expected rank ${i + 1} here: ranks run 1, 2, 3... in order`);
				// A rank is drawn either as a named bar or as an empty slot; half of each is neither.
				if (row.model !== null && row.tokensT === null) {
					report(line, 'tokensT', `rank ${row.rank} names a model ("${row.model}") but its tokens are "${NOT_REPORTED}"; give its tokens, or write "${NOT_REPORTED}" for the model too`);
				} else if (row.model === null && row.tokensT !== null) {
					report(line, 'model', `rank ${row.rank} has tokens (${row.tokensT}) but no model; name the model, or write "${NOT_REPORTED}" for the tokens too`);
				}
			});
			// A ranking by tokens must not go up as the rank goes down.
			const reported = rows.filter(({ row }) => row.tokensT !== null);
			reported.forEach(({ row, line }, i) => {
				const above = reported[i - 1]?.row;
				if (above && (row.tokensT ?? 0) > (above.tokensT ?? 0)) {
					report(line, 'tokensT', `rank ${row.rank} has more tokens (${row.tokensT}) than rank ${above.rank} (${above.tokensT})`);
				}
			});
		}
	},
	'top10-composition': {
		columns: {
			group: { column: 'group', cell: oneOf(['CN', 'not CN'] as const) },
			count: { column: 'count', cell: num({ integer: true, min: 0 }) },
			note: { column: 'note', cell: text() },
			...sourceColumns
		},
		check(rows, report) {
			unique(rows, report, 'group', (r) => r.group, (r) => `group "${r.group}"`);
		}
	},
	'provider-share': {
		columns: shareColumns,
		check(rows, report) {
			unique(rows, report, 'id', (r) => r.id, (r) => `id "${r.id}"`);
			sharesOfOneWhole(rows, report);
		}
	},
	'country-share': {
		columns: shareColumns,
		check(rows, report) {
			unique(rows, report, 'id', (r) => r.id, (r) => `id "${r.id}"`);
			oneRowPerCountry(rows, report);
			sharesOfOneWhole(rows, report);
		}
	},
	'weekly-tokens': {
		columns: {
			weekStart: { column: 'week_start', cell: date({ dayOnly: true }) },
			weekEnd: { column: 'week_end', cell: date({ dayOnly: true }) },
			chinaT: { column: 'china_t', cell: numOrNull({ min: 0 }) },
			usT: { column: 'us_t', cell: numOrNull({ min: 0 }) },
			totalT: { column: 'total_t', cell: numOrNull({ min: 0 }) },
			leader: { column: 'leader', cell: oneOfOrNull(COUNTRIES) },
			leaderBasis: { column: 'leader_basis', cell: oneOfOrNull(LEADER_BASES) },
			note: { column: 'note', cell: text() },
			...sourceColumns
		},
		values: ['chinaT', 'usT', 'totalT', 'leader'],
		check(rows, report) {
			unique(rows, report, 'weekStart', (r) => r.weekStart, (r) => `week ${r.weekStart}`);
			rows.forEach(({ row, line }, i) => {
				const start = dayNumber(row.weekStart);
				// 1970-01-01 was a Thursday: day 4 of the week counting from Monday = 0.
				if ((((start + 3) % 7) + 7) % 7 !== 0) report(line, 'weekStart', `${row.weekStart} is not a Monday`);
				if (dayNumber(row.weekEnd) !== start + 6) {
					report(line, 'weekEnd', `expected ${isoDay(start + 6)} (week_start + 6 days), got ${row.weekEnd}`);
				}
				if (i > 0) {
					const prev = dayNumber(rows[i - 1].row.weekStart);
					if (start !== prev + 7) {
						report(line, 'weekStart', `expected ${isoDay(prev + 7)} (7 days after the week above), got ${row.weekStart}; list every week in order, unreported ones as "${NOT_REPORTED}"`);
					}
				}
				if (row.totalT !== null && row.chinaT !== null && row.usT !== null && row.chinaT + row.usT > row.totalT + 1e-9) {
					report(line, 'totalT', `total ${row.totalT} is less than china_t + us_t (${Math.round((row.chinaT + row.usT) * 1000) / 1000})`);
				}
				if ((row.leader === null) !== (row.leaderBasis === null)) {
					report(line, 'leaderBasis', row.leader === null ? `a week with no leader has no leader_basis; write "${NOT_REPORTED}"` : 'say how the leader is known: reported or inferred');
				}
				// Where both tallies are reported, they decide the leader; an inference cannot overrule them.
				if (row.chinaT !== null && row.usT !== null) {
					const tallied = row.chinaT > row.usT ? 'CN' : row.usT > row.chinaT ? 'US' : null;
					if (row.leader !== tallied || (tallied !== null && row.leaderBasis !== 'reported')) {
						report(line, 'leader', `the tallies (china_t ${row.chinaT}, us_t ${row.usT}) make the leader ${tallied ?? `"${NOT_REPORTED}" (a tie)`}, reported; got ${row.leader ?? NOT_REPORTED}, ${row.leaderBasis ?? NOT_REPORTED}`);
					}
				}
			});
		}
	},
	'benchmark-metrics': {
		columns: {
			id: { column: 'id', cell: str(SLUG) },
			label: { column: 'label', cell: str() },
			unit: { column: 'unit', cell: str() },
			about: { column: 'about', cell: str() },
			...sourceColumns
		},
		check(rows, report) {
			unique(rows, report, 'id', (r) => r.id, (r) => `id "${r.id}"`);
		}
	},
	benchmarks: {
		columns: {
			model: { column: 'model', cell: str() },
			lab: { column: 'lab', cell: str() },
			country: { column: 'country', cell: oneOf(COUNTRIES) },
			metric: { column: 'metric', cell: str(SLUG) },
			score: { column: 'score', cell: numOrNull() },
			approximate: { column: 'approximate', cell: yesNo() },
			error: { column: 'error', cell: numOrNull({ min: 0 }) },
			note: { column: 'note', cell: text() },
			...sourceColumns
		},
		values: ['score'],
		check(rows, report) {
			unique(rows, report, 'model', (r) => `${r.metric}\u0000${r.model}`, (r) => `model "${r.model}" on metric "${r.metric}"`);
			for (const { row, line } of rows) {
				if (row.score === null && row.approximate) report(line, 'approximate', 'a score that is not reported cannot be approximate');
				if (row.score === null && row.error !== null) report(line, 'error', 'a score that is not reported cannot have an error');
			}
		}
	},
	'china-share-history': {
		columns: {
			id: { column: 'id', cell: str(SLUG) },
			period: { column: 'period', cell: str() },
			sharePct: { column: 'share_pct', cell: num({ min: 0, max: 100 }) },
			note: { column: 'note', cell: text() },
			...sourceColumns
		},
		check(rows, report) {
			unique(rows, report, 'id', (r) => r.id, (r) => `id "${r.id}"`);
		}
	},
	prices: {
		columns: {
			model: { column: 'model', cell: str() },
			lab: { column: 'lab', cell: str() },
			country: { column: 'country', cell: oneOf(COUNTRIES) },
			inputUsd: { column: 'input_usd', cell: num({ min: 0 }) },
			outputUsd: { column: 'output_usd', cell: num({ min: 0 }) },
			note: { column: 'note', cell: text() },
			...sourceColumns
		},
		check(rows, report) {
			unique(rows, report, 'model', (r) => r.model, (r) => `model "${r.model}"`);
		}
	}
};

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
export function applySchema<R>(table: CsvTable, schema: DatasetSchema<R>): ParsedDataset<R> {
	const { file } = table;
	const errors = new ErrorList();
	const fields = Object.keys(schema.columns) as (keyof R & string)[];
	const columnOf = (field: keyof R & string): string => schema.columns[field].column;
	const expected = fields.map(columnOf);

	const index = new Map<string, number>();
	table.header.forEach((name, i) => index.set(name, i));
	for (const name of table.header) {
		if (!expected.includes(name)) {
			errors.add({ file, line: 1, field: name, detail: `unknown column "${name}"; expected one of ${expected.join(', ')}` });
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
			const { column, cell } = schema.columns[field];
			const raw = record.cells[index.get(column) ?? -1] ?? '';
			const result = cell.parse(raw);
			if (result.ok) values[field] = result.value;
			else {
				rowOk = false;
				errors.add({ file, line: record.line, field: column, detail: result.detail });
			}
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
	if (errors.size === 0) schema.check?.(located, report);
	errors.throwIfAny();
	return { rows: located.map((l) => l.row), lines: located.map((l) => l.line) };
}

/** A row that reports a value must say where it comes from: a url and a confidence. */
function checkSource<R>(
	row: R & SourceRef,
	values: (keyof R & string)[] | undefined,
	report: (column: string, detail: string) => void
): void {
	const reports = values === undefined || values.some((f) => row[f] !== null);
	if (!reports) return;
	if (row.url === null) report('url', 'a row that reports a value needs a source url');
	else if (isSiteRoot(row.url)) {
		report('url', `${JSON.stringify(row.url)} is the front page of ${new URL(row.url).hostname}; link the article or page the figure comes from`);
	} else if (isRepoRoot(row.url)) {
		report('url', `${JSON.stringify(row.url)} is the front page of a repository; link the file at the commit the figure was read from`);
	}
	if (row.confidence === null) report('confidence', `a row that reports a value needs a confidence (high, medium or low), not "${NOT_REPORTED}"`);
}

/** Parses one dataset's table with its schema. */
export function parseDataset<K extends DatasetId>(id: K, table: CsvTable): ParsedDataset<Datasets[K][number]> {
	const schema: DatasetSchema<Datasets[K][number]> = SCHEMAS[id];
	return applySchema(table, schema);
}

// --- checks across datasets ------------------------------------------------------------------

/** Where each dataset's rows came from, for reporting. */
export interface DatasetSource {
	file: string;
	lines: number[];
}

/**
 * Checks that tie datasets together. `sources` holds only the datasets that parsed cleanly; a
 * check runs when all the datasets it reads are among them.
 */
export function checkAcrossDatasets(
	data: Datasets,
	sources: Partial<Record<DatasetId, DatasetSource>>,
	errors: ErrorList
): void {
	const bSrc = sources.benchmarks;
	const mSrc = sources['benchmark-metrics'];
	if (bSrc && mSrc) {
		const ids = data['benchmark-metrics'].map((m) => m.id);
		data.benchmarks.forEach((row, i) => {
			if (!ids.includes(row.metric)) {
				errors.add({
					file: bSrc.file,
					line: bSrc.lines[i],
					field: 'metric',
					detail: `unknown metric "${row.metric}"; expected an id of ${mSrc.file}: ${ids.join(', ')}`
				});
			}
		});
	}

	checkSharesAgree(data, sources, errors);

	const cSrc = sources['top10-composition'];
	if (cSrc && sources['model-ranking']) {
		const ranking = data['model-ranking'];
		const composition = data['top10-composition'];
		const total = composition.reduce((s, r) => s + r.count, 0);
		if (total !== ranking.length) {
			errors.add({
				file: cSrc.file,
				line: cSrc.lines[cSrc.lines.length - 1],
				field: 'count',
				detail: `counts add up to ${total}, but model-ranking has ${ranking.length} ranks`
			});
		}
		composition.forEach((row, i) => {
			const known = ranking.filter((r) => r.country !== null && (r.country === 'CN') === (row.group === 'CN')).length;
			if (row.count < known) {
				errors.add({
					file: cSrc.file,
					line: cSrc.lines[i],
					field: 'count',
					detail: `group "${row.group}" counts ${row.count}, but model-ranking already itemizes ${known} such models`
				});
			}
		});
	}
}

/**
 * The provider and country files tell one story: the US providers together must hold what the
 * US row of country-share says, and the same for China. Otherwise the donut changes its total
 * between two steps and contradicts the copy.
 */
function checkSharesAgree(
	data: Datasets,
	sources: Partial<Record<DatasetId, DatasetSource>>,
	errors: ErrorList
): void {
	const pSrc = sources['provider-share'];
	const cSrc = sources['country-share'];
	if (!pSrc || !cSrc) return;
	const providers = data['provider-share'];
	data['country-share'].forEach((c, i) => {
		if (c.country === null) return;
		const members = providers.map((p, j) => ({ p, line: pSrc.lines[j] })).filter(({ p }) => p.country === c.country);
		if (members.length === 0) {
			errors.add({
				file: cSrc.file,
				line: cSrc.lines[i],
				field: 'share_pct',
				detail: `"${c.label}" has ${c.sharePct}%, but ${pSrc.file} has no provider with country "${c.country}"; the two files must agree`
			});
			return;
		}
		const sum = roundPct(members.reduce((s, { p }) => s + p.sharePct, 0));
		if (Math.abs(sum - c.sharePct) > SHARE_TOLERANCE + 1e-9) {
			const parts = members.map(({ p, line }) => `${p.label} ${p.sharePct} (line ${line})`).join(' + ');
			errors.add({
				file: cSrc.file,
				line: cSrc.lines[i],
				field: 'share_pct',
				detail: `"${c.label}" has ${c.sharePct}%, but the providers with country "${c.country}" in ${pSrc.file} add up to ${sum} (${parts}); the two files must agree`
			});
		}
	});
}
