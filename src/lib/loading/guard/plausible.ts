/**
 * Plausibility declared in the story: what a value of a column can believably be, so a decimal
 * slip (2.70 typed 0.27, 5.16 typed 51.6) or two values swapped in one row stops the build at its
 * line, naming the rule it breaks. Declared per dataset in story.yaml:
 *
 * ```yaml
 * checks:
 *   columns:
 *     china_t: { min: 0.5, max: 60, ratio: 5 }  # ratio: largest factor from one reported row to the next
 *     share_pct: { min: 0, max: 100, change: 20 }  # change: largest difference from one row to the next
 *   rows:
 *     - output_usd >= input_usd                 # a rule every row must keep
 *     - total_t >= china_t + us_t
 * ```
 *
 * A rule's sides are sums of columns and numbers (`2 * input_usd` too); a row where a column of
 * the rule is not reported is skipped. Steps compare each reported value with the one before it
 * in the file, skipping rows that do not report it; a value out of line with both neighbours is
 * blamed alone (the slip), not the neighbour after it.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { DataErrorInit } from '../errors.ts';
import type { GuardDataset, GuardNarrative, GuardRow } from './dataset.ts';
import { mapGet, numberAt, scalarText } from './dataset.ts';

const COLUMN_KEYS = ['min', 'max', 'ratio', 'change'] as const;
type ColumnKey = (typeof COLUMN_KEYS)[number];
export type ColumnRule = Partial<Record<ColumnKey, number>> & { column: string; line: number };

interface Term {
	factor: number;
	column: string | null;
}
export interface RowRule {
	text: string;
	line: number;
	left: Term[];
	op: '>=' | '>' | '<=' | '<' | '=';
	right: Term[];
}

export interface Checks {
	columns: ColumnRule[];
	rows: RowRule[];
}

const OPS = ['>=', '<=', '>', '<', '='] as const;

/** `2 * input_usd + 1` as terms; null when a term is neither a number nor a column name. */
function parseSide(text: string): Term[] | null {
	const terms: Term[] = [];
	for (const part of text.split('+').map((p) => p.trim())) {
		const m = /^(?:(\d+(?:\.\d+)?)\s*\*\s*)?([a-z_][a-z0-9_]*)$/i.exec(part);
		if (m) terms.push({ factor: m[1] ? Number(m[1]) : 1, column: m[2] });
		else if (/^-?\d+(\.\d+)?$/.test(part)) terms.push({ factor: Number(part), column: null });
		else return null;
	}
	return terms;
}

/** Reads a dataset's `checks:`; mistakes in it are reported at their line of story.yaml. */
export function readChecks(ds: GuardDataset, n: GuardNarrative, problems: DataErrorInit[]): Checks {
	const out: Checks = { columns: [], rows: [] };
	if (ds.checks === null) return out;
	const ctx = `dataset "${ds.id}"`;
	const report = (node: YamlNode | null | undefined, field: string, detail: string) =>
		problems.push({ file: n.file, line: n.lineOf(node ?? ds.checks), context: ctx, field, detail });
	if (!isMap(ds.checks)) {
		report(ds.checks, 'checks', 'expected a map with columns: and rows:');
		return out;
	}
	for (const pair of ds.checks.items) {
		const key = scalarText(pair.key as YamlNode);
		if (key !== 'columns' && key !== 'rows')
			report(pair.key as YamlNode, 'checks', `unknown key ${JSON.stringify(key)}; expected columns or rows`);
	}
	const columns = mapGet(ds.checks, 'columns');
	if (columns !== undefined && !isMap(columns))
		report(columns, 'checks', 'columns: expected a map of column names to { min, max, ratio, change }');
	else if (columns) {
		for (const pair of columns.items) {
			const column = scalarText(pair.key as YamlNode) ?? '';
			const at = pair.key as YamlNode;
			if (!ds.header.includes(column)) {
				report(at, 'checks', `column "${column}" is not in ${ds.file}; expected one of ${ds.header.join(', ')}`);
				continue;
			}
			if (!isMap(pair.value)) {
				report(at, 'checks', `column "${column}": expected { min, max, ratio, change }`);
				continue;
			}
			const rule: ColumnRule = { column, line: n.lineOf(at) };
			for (const p of pair.value.items) {
				const k = scalarText(p.key as YamlNode) ?? '';
				const v = isScalar(p.value) ? p.value.value : null;
				if (!(COLUMN_KEYS as readonly string[]).includes(k))
					report(
						p.key as YamlNode,
						'checks',
						`column "${column}": unknown check "${k}"; expected ${COLUMN_KEYS.join(', ')}`
					);
				else if (typeof v !== 'number' || ((k === 'ratio' || k === 'change') && v <= (k === 'ratio' ? 1 : 0))) {
					report(
						p.key as YamlNode,
						'checks',
						`column "${column}": ${k} must be a number${k === 'ratio' ? ' above 1' : k === 'change' ? ' above 0' : ''}`
					);
				} else rule[k as ColumnKey] = v;
			}
			out.columns.push(rule);
		}
	}
	const rows = mapGet(ds.checks, 'rows');
	if (rows !== undefined && !isSeq(rows))
		report(rows, 'checks', 'rows: expected a list of rules such as "output_usd >= input_usd"');
	else if (rows) {
		for (const item of rows.items) {
			const text = scalarText(item as YamlNode) ?? '';
			const op = OPS.find((o) => text.includes(o));
			const [l, r] = op ? text.split(op) : [];
			const left = op ? parseSide(l) : null;
			const right = op ? parseSide(r) : null;
			if (!op || !left || !right || text.split(op).length !== 2) {
				report(
					item as YamlNode,
					'checks',
					`rule ${JSON.stringify(text)}: expected a comparison of columns and numbers, like "output_usd >= input_usd"`
				);
				continue;
			}
			const unknown = [...left, ...right].flatMap((t) =>
				t.column !== null && !ds.header.includes(t.column) ? [t.column] : []
			);
			if (unknown.length) {
				report(
					item as YamlNode,
					'checks',
					`rule ${JSON.stringify(text)}: no column ${unknown.map((u) => `"${u}"`).join(', ')} in ${ds.file}`
				);
				continue;
			}
			out.rows.push({ text: text.trim(), line: n.lineOf(item as YamlNode), left, op, right });
		}
	}
	return out;
}

const round = (v: number) => Math.round(v * 1000) / 1000;
const times = (v: number) => `${Math.round(v * 10) / 10} times`;

function sideValue(row: GuardRow, terms: Term[]): number | null {
	let sum = 0;
	for (const t of terms) {
		if (t.column === null) sum += t.factor;
		else {
			const v = numberAt(row, t.column);
			if (v === null) return null;
			sum += t.factor * v;
		}
	}
	return sum;
}

function holds(a: number, op: RowRule['op'], b: number): boolean {
	const eps = 1e-9;
	switch (op) {
		case '>=':
			return a >= b - eps;
		case '>':
			return a > b + eps;
		case '<=':
			return a <= b + eps;
		case '<':
			return a < b - eps;
		case '=':
			return Math.abs(a - b) <= eps;
	}
}

/** Is the step from `a` to `b` beyond what the rule believes? */
function tooFar(rule: ColumnRule, a: number, b: number): boolean {
	if (rule.ratio !== undefined && a > 0 && b > 0 && Math.max(a / b, b / a) > rule.ratio + 1e-9) return true;
	if (rule.change !== undefined && Math.abs(b - a) > rule.change + 1e-9) return true;
	return false;
}

function stepWords(rule: ColumnRule, from: number, to: number): string {
	if (rule.ratio !== undefined && from > 0 && to > 0 && Math.max(from / to, to / from) > rule.ratio) {
		return to > from ? `${times(to / from)} the value` : `${times(from / to)} smaller than the value`;
	}
	return `${round(Math.abs(to - from))} ${to > from ? 'more' : 'less'} than the value`;
}

function ruleWords(rule: ColumnRule): string {
	return rule.ratio !== undefined ? `a factor of ${rule.ratio}` : `a change of ${rule.change}`;
}

/** Every value that breaks its dataset's declared checks, at its line. */
export function implausible(ds: GuardDataset, n: GuardNarrative): DataErrorInit[] {
	const problems: DataErrorInit[] = [];
	const checks = readChecks(ds, n, problems);
	if (problems.length) return problems;
	const where = (line: number) => `${n.file}:${line}`;
	/** One message per cell: the first rule it breaks. */
	const blamed = new Set<string>();
	const add = (row: GuardRow, field: string, detail: string) => {
		const key = `${row.line}\u0000${field}`;
		if (blamed.has(key)) return;
		blamed.add(key);
		problems.push({ file: ds.file, line: row.line, field, detail });
	};

	for (const rule of checks.columns) {
		const series = ds.rows.flatMap((row) => {
			const v = numberAt(row, rule.column);
			return v === null ? [] : [{ row, v }];
		});
		for (const { row, v } of series) {
			if (rule.min !== undefined && v < rule.min)
				add(
					row,
					rule.column,
					`${row.cells[rule.column].raw} is below the believable minimum of ${rule.min} (checks of dataset "${ds.id}", ${where(rule.line)}); is a decimal point misplaced?`
				);
			if (rule.max !== undefined && v > rule.max)
				add(
					row,
					rule.column,
					`${row.cells[rule.column].raw} is above the believable maximum of ${rule.max} (checks of dataset "${ds.id}", ${where(rule.line)}); is a decimal point misplaced?`
				);
		}
		if (rule.ratio === undefined && rule.change === undefined) continue;
		for (let i = 1; i < series.length; i++) {
			const prev = series[i - 1];
			const cur = series[i];
			if (!tooFar(rule, prev.v, cur.v)) continue;
			const next = series[i + 1];
			// Out of line with both neighbours: the slip is this value; the next step is its echo.
			const outlier = next && tooFar(rule, cur.v, next.v) && Math.sign(cur.v - prev.v) !== Math.sign(next.v - cur.v);
			const after = outlier ? ` and the next (${next.row.cells[rule.column].raw}, line ${next.row.line})` : '';
			add(
				cur.row,
				rule.column,
				`${cur.row.cells[rule.column].raw} is ${stepWords(rule, prev.v, cur.v)} before it (${prev.row.cells[rule.column].raw}, line ${prev.row.line})${after}; the largest believable step is ${ruleWords(rule)} (checks of dataset "${ds.id}", ${where(rule.line)}); is a decimal point misplaced?`
			);
			if (outlier) i += 1;
		}
	}

	for (const rule of checks.rows) {
		for (const row of ds.rows) {
			const a = sideValue(row, rule.left);
			const b = sideValue(row, rule.right);
			if (a === null || b === null || holds(a, rule.op, b)) continue;
			const columns = [...rule.left, ...rule.right].flatMap((t) => (t.column ? [t.column] : []));
			const values = [...new Set(columns)].map((c) => `${c} ${row.cells[c].raw}`).join(', ');
			add(
				row,
				columns[0],
				`breaks the rule "${rule.text}" (${values}; checks of dataset "${ds.id}", ${where(rule.line)}); are two values swapped?`
			);
		}
	}
	return problems;
}
