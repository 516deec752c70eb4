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

interface Option {
	/** The reference without its format, e.g. `diff(a[x].v, a[y].v)`. */
	text: string;
	value: number;
}

const SHORT = 40;
const MOST = 3;

/** A row's shortest value that no other row holds, to name it with. */
function selectorFor(ds: GuardDataset, row: GuardRow): string {
	for (const c of ds.header) {
		const raw = row.cells[c].raw;
		if (typeof row.cells[c].value !== 'string' || raw.length > SHORT || /[,\]|{}#]/.test(raw)) continue;
		if (ds.rows.filter((r) => Object.values(r.cells).some((x) => x.raw === raw)).length === 1) return raw;
	}
	return row.cells[ds.header[0]].raw;
}

/** Every reference tried, plain cells first. */
function options(cited: readonly GuardDataset[], scope: ReferenceScope): Option[] {
	const { names } = scope;
	const plain: Option[] = [];
	const derived: Option[] = [];
	for (const ds of cited) {
		for (const field of ['title', 'about', 'limits']) {
			const texts = scope.declared(ds.id, field) ?? [];
			texts
				.flatMap((t) => figuresIn(t, names))
				.forEach((f, i) => plain.push({ text: `${ds.id}.${field}#${i + 1}`, value: f.value }));
		}
		const numeric = ds.header.filter((c) => c !== 'rank' && ds.rows.some((r) => typeof r.cells[c].value === 'number'));
		for (const row of ds.rows) {
			const at = `${ds.id}[${selectorFor(ds, row)}]`;
			for (const c of ds.header) {
				const cell = row.cells[c];
				// A rank is a place, not a measure: "$3" is never the rank of a row.
				if (c === 'rank') continue;
				if (typeof cell.value === 'number') plain.push({ text: `${at}.${c}`, value: cell.value });
				else if (typeof cell.value === 'string' && c !== 'url')
					figuresIn(cell.raw, names).forEach((f, i) => plain.push({ text: `${at}.${c}#${i + 1}`, value: f.value }));
			}
		}
		derived.push({ text: `count(${ds.id})`, value: ds.rows.length });
		const groups = ds.header.filter(
			(c) => c !== 'url' && ds.rows.every((r) => typeof r.cells[c].value !== 'number' && r.cells[c].raw.length <= SHORT)
		);
		for (const g of groups)
			for (const key of new Set(ds.rows.map((r) => r.cells[g].raw)))
				if (!/[,\]|{}#]/.test(key))
					derived.push({
						text: `count(${ds.id}[${key}])`,
						value: ds.rows.filter((r) => r.cells[g].raw === key).length
					});
		for (const c of numeric) {
			const cells = ds.rows.filter((r) => typeof r.cells[c].value === 'number');
			derived.push({ text: `sum(${ds.id}.${c})`, value: cells.reduce((s, r) => s + (r.cells[c].value as number), 0) });
			for (const a of cells)
				for (const b of cells) {
					const [va, vb] = [a.cells[c].value as number, b.cells[c].value as number];
					if (va > vb)
						derived.push({
							text: `diff(${ds.id}[${selectorFor(ds, a)}].${c}, ${ds.id}[${selectorFor(ds, b)}].${c})`,
							value: Math.round((va - vb) * 1e9) / 1e9
						});
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
	const all = options(cited, scope);
	for (const shape of shapes(f, text)) {
		const fits = all.filter((o) => FORMATS[shape.format](o.value) === shape.written);
		if (fits.length === 0) continue;
		const refs = [...new Set(fits.map((o) => `{${o.text}${shape.format === 'number' ? '' : `|${shape.format}`}}`))];
		const shown = refs.slice(0, MOST);
		const more = refs.length > MOST ? ` (and ${refs.length - MOST} more)` : '';
		return refs.length === 1
			? `: write ${shape.written} as ${shown[0]}`
			: `: write ${shape.written} as the one of ${shown.join(', ')}${more} that the sentence means (each prints ${shape.written})`;
	}
	return `; nothing in ${what} prints ${f.raw} as written (a cell, a figure in a cell's words, a total, a difference or a count): correct the figure or the data, derive it (docs/writing-a-story.md#figures-are-references), or say it another way`;
}
