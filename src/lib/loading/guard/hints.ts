/**
 * The reference to write for a figure written out. A hint that printed a different figure would
 * publish a wrong sentence if followed, so only a reference that prints exactly what is written
 * (same digits, rounding and format: "$3", "46.6%", "six") is proposed, and when several do, all
 * of them up to a few, for the editor to pick the one the sentence means. The references tried
 * are the cells of the cited datasets, the figures in their words and in their title, about and
 * limits, and the derivations a sentence
 * most often states: a column's total, the difference of two of its values, a count of rows.
 */
import type { GuardDataset, GuardRow } from './dataset.ts';
import { figuresIn } from './numbers.ts';
import type { Figure } from './numbers.ts';
import { FORMATS } from './references.ts';
import type { ReferenceScope } from './references.ts';

const SHORT = 40;
const MOST = 3;
/** Characters a selector cannot hold: they mean something inside a reference. */
const SPECIAL = /[,\]|{}#]/;

/**
 * Names rows by their shortest unique value: how many rows hold each short value is counted once
 * per dataset, so naming a row costs its own cells, not a pass over the file.
 */
function selectors(ds: GuardDataset): (row: GuardRow) => string {
	const holders = new Map<string, number>();
	for (const r of ds.rows) {
		for (const raw of new Set(Object.values(r.cells).map((x) => x.raw))) holders.set(raw, (holders.get(raw) ?? 0) + 1);
	}
	return (row) => {
		for (const c of ds.header) {
			const raw = row.cells[c].raw;
			if (typeof row.cells[c].value !== 'string' || raw.length > SHORT || SPECIAL.test(raw)) continue;
			if (holders.get(raw) === 1) return raw;
		}
		return row.cells[ds.header[0]].raw;
	};
}

/** The first index of `sorted` whose value is at least `v`. */
function lowerBound(sorted: readonly number[], v: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid] < v) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Every reference that prints what `fits` accepts, plain cells first. The search starts from the
 * figure (`near`, give or take `slack`), so it stays linear in the rows: a difference is looked up
 * among the column's sorted values rather than tried for every pair.
 */
function options(
	cited: readonly GuardDataset[],
	scope: ReferenceScope,
	fits: (v: number) => boolean,
	near: number,
	slack: number
): string[] {
	const { names } = scope;
	const plain: string[] = [];
	const derived: string[] = [];
	for (const ds of cited) {
		for (const field of ['title', 'about', 'limits']) {
			const texts = scope.declared(ds.id, field) ?? [];
			texts
				.flatMap((t) => figuresIn(t, names))
				.forEach((f, i) => fits(f.value) && plain.push(`${ds.id}.${field}#${i + 1}`));
		}
		const name = selectors(ds);
		const numeric = ds.header.filter((c) => c !== 'rank' && ds.rows.some((r) => typeof r.cells[c].value === 'number'));
		for (const row of ds.rows) {
			for (const c of ds.header) {
				const cell = row.cells[c];
				// A rank is a place, not a measure: "$3" is never the rank of a row.
				if (c === 'rank') continue;
				if (typeof cell.value === 'number') {
					if (fits(cell.value)) plain.push(`${ds.id}[${name(row)}].${c}`);
				} else if (typeof cell.value === 'string' && c !== 'url')
					figuresIn(cell.raw, names).forEach(
						(f, i) => fits(f.value) && plain.push(`${ds.id}[${name(row)}].${c}#${i + 1}`)
					);
			}
		}
		if (fits(ds.rows.length)) derived.push(`count(${ds.id})`);
		const groups = ds.header.filter(
			(c) => c !== 'url' && ds.rows.every((r) => typeof r.cells[c].value !== 'number' && r.cells[c].raw.length <= SHORT)
		);
		for (const g of groups) {
			const counts = new Map<string, number>();
			for (const r of ds.rows) counts.set(r.cells[g].raw, (counts.get(r.cells[g].raw) ?? 0) + 1);
			for (const [key, n] of counts) if (!SPECIAL.test(key) && fits(n)) derived.push(`count(${ds.id}[${key}])`);
		}
		for (const c of numeric) {
			const cells = ds.rows
				.filter((r) => typeof r.cells[c].value === 'number')
				.map((row) => ({ row, v: row.cells[c].value as number }))
				.sort((a, b) => a.v - b.v);
			if (fits(cells.reduce((s, x) => s + x.v, 0))) derived.push(`sum(${ds.id}.${c})`);
			if (!(near > 0)) continue;
			const values = cells.map((x) => x.v);
			for (const a of cells) {
				// The values b with a - b within the figure's rounding of `near`.
				for (let j = lowerBound(values, a.v - near - slack); j < cells.length && values[j] <= a.v - near + slack; j++) {
					const b = cells[j];
					if (a.v > b.v && fits(Math.round((a.v - b.v) * 1e9) / 1e9))
						derived.push(`diff(${ds.id}[${name(a.row)}].${c}, ${ds.id}[${name(b.row)}].${c})`);
				}
			}
		}
	}
	return [...plain, ...derived];
}

/**
 * The ways the figure may be written as a reference: its format, and the text the reference
 * replaces ("$3" with `|usd`, "46.6%" with `|pct`, or the digits alone, the sign staying words).
 */
function shapes(f: Figure, text: string): { format: string; written: string; suffix: string }[] {
	if (f.words) return [{ format: f.capital ? 'Words' : 'words', written: f.raw, suffix: '' }];
	const before = text[f.index - 1];
	const after = text.slice(f.index + f.raw.length);
	const out: { format: string; written: string; suffix: string }[] = [];
	if (before === '$') out.push({ format: 'usd', written: `$${f.raw}`, suffix: '' });
	if (after.startsWith('%')) out.push({ format: 'pct', written: `${f.raw}%`, suffix: '' });
	if (/^ pts\b/.test(after)) out.push({ format: 'points', written: `${f.raw} pts`, suffix: '' });
	out.push({ format: 'number', written: f.raw, suffix: '' });
	return out;
}

/** The hint's words, starting "; " (or "" never: a figure always gets advice). */
export function hintFor(
	f: Figure,
	text: string,
	cited: readonly GuardDataset[],
	scope: ReferenceScope,
	what: string
): string {
	// Half a unit of the figure's last digit: the furthest a value can be and still round to it.
	const slack = 0.5 * 10 ** -f.decimals + 1e-9;
	for (const shape of shapes(f, text)) {
		const found = options(
			cited,
			scope,
			(v) => FORMATS[shape.format](v, scope.lang ?? 'en') === shape.written,
			f.value,
			slack
		);
		if (found.length === 0) continue;
		const refs = [...new Set(found.map((o) => `{${o}${shape.format === 'number' ? '' : `|${shape.format}`}}`))];
		const shown = refs.slice(0, MOST);
		const more = refs.length > MOST ? ` (and ${refs.length - MOST} more)` : '';
		return refs.length === 1
			? `: write ${shape.written} as ${shown[0]}`
			: `: write ${shape.written} as the one of ${shown.join(', ')}${more} that the sentence means (each prints ${shape.written})`;
	}
	return `; nothing in ${what} prints ${f.raw} as written (a cell, a figure in a cell's words, a total, a difference or a count): correct the figure or the data, derive it (docs/writing-a-story.md#figures-are-references), or say it another way`;
}
