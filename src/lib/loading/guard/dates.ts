/**
 * Dates that cannot be right. No date in the data may be after the build's day: a source cannot
 * be dated in the future, and a year typed 2062 for 2026 would print "as reported in April 2062".
 * And a file's `date` column holds one precision (all days, or all months) unless the dataset
 * declares the ones it mixes in story.yaml (`dates: [month, day]`), so a month typed where every
 * other row gives a day (or the reverse) is a question to the editor, not a silent change.
 */
import { isSeq } from 'yaml';
import type { DataErrorInit } from '../errors.ts';
import type { GuardDataset, GuardNarrative } from './dataset.ts';
import { scalarText } from './dataset.ts';
import { placedScalars } from './places.ts';
import { validDate } from '../schema/cells.ts';

export const PRECISIONS = ['month', 'day'] as const;
export type Precision = (typeof PRECISIONS)[number];

const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * The precision of an ISO date (`2026-04` a month, `2026-04-29` a day), or null if it is none. A
 * date that is not on the calendar (`2026-13`) is none: the schema says it "is not a real date",
 * which is the mistake, whatever its year.
 */
export function precisionOf(raw: string): Precision | null {
	const m = ISO.exec(raw);
	if (!m || !validDate(Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3]))) return null;
	return m[3] === undefined ? 'month' : 'day';
}

/** The build's day as YYYY-MM-DD (UTC). */
export function buildDay(now: Date = new Date()): string {
	return now.toISOString().slice(0, 10);
}

/** Is this date (a day or a month) after `today`? A month is after only if it starts after it. */
export function isAfter(raw: string, today: string): boolean {
	const p = precisionOf(raw);
	if (p === null) return false;
	return p === 'month' ? raw > today.slice(0, 7) : raw > today;
}

/** What cannot be in the future: data, or (`meta.published`, an update's date) the story's own dates. */
type Dated = 'data' | 'story';

function futureDetail(raw: string, today: string, what: Dated = 'data'): string {
	const year = Number(raw.slice(0, 4));
	const typo = year > Number(today.slice(0, 4)) + 1 ? ' (is the year mistyped?)' : '';
	const rule =
		what === 'story' ? 'a story cannot be published or updated in the future' : 'data cannot be dated in the future';
	return `${raw} is after the build's day (${today}): ${rule}${typo}`;
}

/** Dates after the build's day, in any column of a dataset. */
export function futureDates(ds: GuardDataset, today: string): DataErrorInit[] {
	const out: DataErrorInit[] = [];
	for (const row of ds.rows) {
		for (const column of ds.header) {
			const raw = row.cells[column].raw;
			if (isAfter(raw, today))
				out.push({ file: ds.file, line: row.line, field: column, detail: futureDetail(raw, today) });
		}
	}
	return out;
}

/** Dates after the build's day in story.yaml (the article's date, a highlighted week, the story's own dates). */
export function futureDatesInNarrative(n: GuardNarrative, today: string): DataErrorInit[] {
	return placedScalars(n)
		.filter((s) => typeof s.node.value === 'string' && isAfter(s.node.value, today))
		.map((s) => ({
			file: n.file,
			line: n.lineOf(s.node),
			context: s.context,
			field: s.field,
			detail: futureDetail(
				String(s.node.value),
				today,
				s.path[0] === 'updates' || (s.path[0] === 'meta' && s.path[1] === 'published') ? 'story' : 'data'
			)
		}));
}

/**
 * The precisions a dataset's `date` column may hold: its `dates:` list, or null for "one, whichever
 * the file uses". A malformed list is reported at its line in story.yaml.
 */
export function declaredPrecisions(ds: GuardDataset, n: GuardNarrative, problems: DataErrorInit[]): Precision[] | null {
	if (ds.dates === null) return null;
	const at = { file: n.file, line: n.lineOf(ds.dates), context: `dataset "${ds.id}"`, field: 'dates' };
	if (!isSeq(ds.dates) || ds.dates.items.length === 0) {
		problems.push({
			...at,
			detail: `expected a list of the date precisions the file's date column may hold, from ${PRECISIONS.join(', ')}, e.g. [month, day]`
		});
		return [];
	}
	const out: Precision[] = [];
	for (const item of ds.dates.items) {
		const word = scalarText(item as never);
		if (word === null || !(PRECISIONS as readonly string[]).includes(word)) {
			problems.push({
				...at,
				line: n.lineOf(item as never),
				detail: `unknown date precision ${JSON.stringify(word ?? '')}; expected ${PRECISIONS.join(' or ')}`
			});
		} else out.push(word as Precision);
	}
	return out;
}

/** Rows whose `date` has a precision the dataset does not allow. */
export function mixedDates(ds: GuardDataset, n: GuardNarrative): DataErrorInit[] {
	const problems: DataErrorInit[] = [];
	if (!ds.header.includes('date')) return problems;
	const allowed = declaredPrecisions(ds, n, problems);
	if (problems.length > 0) return problems;
	const dated = ds.rows.flatMap((row) => {
		const p = precisionOf(row.cells.date.raw);
		return p ? [{ row, p }] : [];
	});
	if (allowed === null) {
		const first = dated[0];
		for (const { row, p } of dated) {
			if (p === first.p) continue;
			problems.push({
				file: ds.file,
				line: row.line,
				field: 'date',
				detail: `${row.cells.date.raw} is a ${p}, but the file's dates are ${first.p}s (line ${first.row.line}: ${first.row.cells.date.raw}); give the ${first.p}, or declare the precisions the file mixes on dataset "${ds.id}" in ${n.file} (dates: [month, day])`
			});
		}
		return problems;
	}
	for (const { row, p } of dated) {
		if (allowed.includes(p)) continue;
		problems.push({
			file: ds.file,
			line: row.line,
			field: 'date',
			detail: `${row.cells.date.raw} is a ${p}, but dataset "${ds.id}" allows only ${allowed.map((a) => `${a}s`).join(' and ')} (dates: [${allowed.join(', ')}] at ${n.file}:${n.lineOf(ds.dates)})`
		});
	}
	return problems;
}
