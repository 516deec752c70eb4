/**
 * How one cell of a dataset file becomes one typed value: the cells a schema's columns are made
 * of (text, numbers, dates, choices, addresses, group ids), each saying in words what it expected.
 */
import type { Group } from '../../model/types.ts';
import { isHttpsUrl } from './urls.ts';

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

/** Is this day on the calendar (no month 13 or 00, no 31 April)? */
export function validDate(y: number, m: number, d: number): boolean {
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

/** A row's id: lowercase words joined by dashes. */
export const SLUG = { re: /^[a-z0-9]+(-[a-z0-9]+)*$/, what: 'a lowercase id like "china-six"' };
