/**
 * What changed since the last publish, and whether it may go out: the last record (`record.ts`)
 * against the one this publish would write. A changed figure goes out only with a new entry in
 * story.yaml's `updates:` (a reader is owed a dated note); changed words too, unless the editor
 * says no claim changed (`--allow-wording`: a typo fixed, or the engine's own wording changed while
 * story.yaml and the data stayed the same). The log only grows: an entry removed, rewritten or
 * dated before the last publish is refused.
 */
import type { Story } from '../../model/types.ts';
import { recordCells, recordDigest, type PublishRecord, type RecordCell } from './record.ts';

export interface FigureChange {
	/** `dataset[row].column`. */
	key: string;
	before: RecordCell | null;
	after: RecordCell | null;
	/** The places whose words change with it (`step "intro" copy`). */
	texts: string[];
}

export interface WordChange {
	where: string;
	before: string | null;
	after: string | null;
}

export interface PublishChanges {
	/** First publish: nothing to compare. */
	first: boolean;
	figures: FigureChange[];
	/** Cells of words (a note, a source) that changed. */
	cells: FigureChange[];
	words: WordChange[];
	/** The words changed while story.yaml and the data did not: the engine's doing. */
	engineOnly: boolean;
	newUpdates: PublishRecord['updates'];
	/** Why the publish stops; empty when it may go out. */
	refusals: string[];
}

/** Why `raw` (the record file's JSON) cannot be trusted as the record of `slug`, or null. */
export function recordProblem(raw: unknown, slug: string): string | null {
	const r = raw as Partial<PublishRecord> | null;
	if (!r || typeof r !== 'object' || typeof r.check !== 'string' || !r.rows || !r.texts || !Array.isArray(r.updates))
		return 'is not a publish record';
	if (r.story !== slug) return `is the record of another story ("${r.story}"), not of "${slug}"`;
	const { check, ...body } = r as PublishRecord;
	if (recordDigest(body) !== check)
		return 'does not match its own digest: it was edited by hand. Restore it from git (git checkout -- <file>); publish writes it';
	return null;
}

const sameEntry = (a: PublishRecord['updates'][number], b: PublishRecord['updates'][number]) =>
	a.date === b.date && a.kind === b.kind && a.note === b.note;

/** The datasets each step cites, as the record names its places (`step "intro"`). */
export function placesByDataset(story: Pick<Story, 'steps' | 'datasets'>): Map<string, string[]> {
	const out = new Map<string, string[]>(story.datasets.map((d) => [d.id, [`dataset "${d.id}"`, 'meta']]));
	for (const step of story.steps) for (const id of step.cite) out.get(id)?.push(`step "${step.id}"`);
	return out;
}

export function compareRecords(
	before: PublishRecord | null,
	after: PublishRecord,
	places: Map<string, string[]>,
	opts: { allowWording: boolean }
): PublishChanges {
	if (!before)
		return { first: true, figures: [], cells: [], words: [], engineOnly: false, newUpdates: [], refusals: [] };
	const words: WordChange[] = [];
	for (const where of new Set([...Object.keys(before.texts), ...Object.keys(after.texts)])) {
		const a = before.texts[where] ?? null;
		const b = after.texts[where] ?? null;
		if (a !== b) words.push({ where, before: a, after: b });
	}
	const figures: FigureChange[] = [];
	const cells: FigureChange[] = [];
	const was = recordCells(before);
	const is = recordCells(after);
	for (const key of new Set([...was.keys(), ...is.keys()])) {
		const a = was.get(key) ?? null;
		const b = is.get(key) ?? null;
		if (a?.value === b?.value) continue;
		const dataset = key.slice(0, key.indexOf('['));
		const at = places.get(dataset) ?? [];
		const texts = words.map((w) => w.where).filter((w) => at.some((p) => w.startsWith(`${p} `)));
		((a ?? b)!.figure ? figures : cells).push({ key, before: a, after: b, texts });
	}
	const newUpdates = after.updates.filter((u) => !before.updates.some((o) => sameEntry(o, u)));
	const refusals: string[] = [];
	for (const old of before.updates)
		if (!after.updates.some((u) => sameEntry(u, old)))
			refusals.push(
				`the ${old.kind} of ${old.date} was published and is gone or rewritten: the log only grows; add a new entry instead`
			);
	for (const u of newUpdates)
		if (u.date < before.publishedOn)
			refusals.push(
				`the ${u.kind} dated ${u.date} is new since the last publish (${before.publishedOn}) but dated before it: date it the day it goes out`
			);
	const entry = newUpdates.length > 0;
	const engineOnly = before.inputs === after.inputs && words.length > 0;
	if (!entry) {
		for (const f of figures)
			refusals.push(
				`${f.key} changed (${f.before?.value ?? 'absent'} → ${f.after?.value ?? 'absent'}) with no new entry in updates: a changed figure always goes out with a dated note`
			);
		if (!opts.allowWording && (words.length || cells.length))
			refusals.push(
				`${words.length + cells.length} place(s) a reader sees changed their words with no new entry in updates:; add one, or pass --allow-wording if no claim changed (a typo fixed${engineOnly ? ', or, as here, the engine reworded what the same data says' : ''})`
			);
	}
	return { first: false, figures, cells, words, engineOnly, newUpdates, refusals };
}

/** The report publish prints (and `--dry-run` prints alone), one story. */
export function changesReport(slug: string, c: PublishChanges, before: PublishRecord | null): string {
	if (c.first) return `${slug}: first publish; the record of what it shows will be written.`;
	const lines = [`${slug}: changes since the publish of ${before!.publishedOn}`];
	const cell = (x: RecordCell | null) => (x ? `"${x.value}" (${x.file}:${x.line}; ${x.source}, ${x.date})` : 'absent');
	for (const f of [...c.figures, ...c.cells]) {
		lines.push(`  ${c.figures.includes(f) ? 'figure' : 'words '} ${f.key}: ${cell(f.before)} → ${cell(f.after)}`);
		for (const t of f.texts) lines.push(`         changes the words of ${t}`);
	}
	for (const w of c.words) {
		lines.push(`  text   ${w.where}:`);
		lines.push(`         before: ${w.before ?? '(absent)'}`);
		lines.push(`         after:  ${w.after ?? '(absent)'}`);
	}
	if (c.engineOnly) lines.push('  story.yaml and the data are as published: these words are the engine’s own change');
	for (const u of c.newUpdates) lines.push(`  new ${u.kind} of ${u.date}: ${u.note}`);
	if (!c.figures.length && !c.cells.length && !c.words.length) lines.push('  nothing a reader sees changed');
	for (const r of c.refusals) lines.push(`  REFUSED: ${r}`);
	return lines.join('\n');
}
