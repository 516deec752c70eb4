/**
 * story.yaml's `updates:`, the dated log of changes since the story was published: each entry a
 * `date`, a `kind` (`update` adds or clarifies; `correction` puts right what the story got wrong),
 * a `note` in plain words, and optionally the datasets or rows it `concerns`. The guard checks that
 * what an entry concerns exists (`guard/updates.ts`) and that no date is after the build's day.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { StoryUpdate, UpdateKind } from '../../model/types.ts';
import type { NarrativeDoc } from './document.ts';
import { readDay } from './days.ts';
import { describe } from './reader.ts';
import { PLAIN_REFERENCE } from '../guard/references.ts';

const UPDATE_KEYS = ['date', 'kind', 'note', 'concerns'] as const;
const KINDS: readonly UpdateKind[] = ['update', 'correction'];

/**
 * The updates, oldest first. `published` is `meta.published`: null for a draft, undefined when meta
 * could not be read (its problems are reported; the dates are compared once it reads).
 */
export function readUpdates(n: NarrativeDoc, published: string | null | undefined): StoryUpdate[] {
	const { reader } = n;
	const entry = n.top.get('updates');
	if (!entry) return [];
	if (!isSeq(entry.value)) {
		reader.report(entry.value ?? entry.key, null, 'updates', `expected a list, got ${describe(entry.value)}`);
		return [];
	}
	const out: StoryUpdate[] = [];
	entry.value.items.forEach((item, i) => {
		const ctx = `update ${i + 1}`;
		if (!isMap(item)) {
			reader.report(item, ctx, null, `expected a map with ${UPDATE_KEYS.join(', ')}, got ${describe(item)}`);
			return;
		}
		const f = reader.fields(item, UPDATE_KEYS, ctx);
		const dateEntry = f.get('date');
		if (!dateEntry) reader.report(item, ctx, 'date', 'missing; every update is dated (YYYY-MM-DD)');
		const date = dateEntry ? readDay(reader, dateEntry, ctx, 'date') : null;
		if (date !== null && published === null)
			reader.report(
				dateEntry!.value,
				ctx,
				'date',
				'the story has no meta.published date: a story is updated only once it is published; add meta.published'
			);
		else if (date !== null && published && date < published)
			reader.report(
				dateEntry!.value,
				ctx,
				'date',
				`${date} is before the story was published (meta.published: ${published}); an update comes after`
			);
		const kind = reader.text(f, 'kind', ctx, item);
		if (kind !== null && !KINDS.includes(kind as UpdateKind))
			reader.report(f.get('kind')!.value, ctx, 'kind', `expected one of ${KINDS.join(', ')}, got "${kind}"`);
		const noteEntry = f.get('note');
		const noteValue = noteEntry && isScalar(noteEntry.value) ? noteEntry.value.value : undefined;
		const blank = !noteEntry || noteValue === null || (typeof noteValue === 'string' && noteValue.trim() === '');
		if (blank)
			reader.report(
				noteEntry?.value ?? item,
				ctx,
				'note',
				kind === 'correction'
					? 'is empty: a correction says, in plain words, what was wrong and what is right'
					: 'is empty: an update says, in plain words, what changed',
				noteEntry && !noteEntry.value ? reader.line(noteEntry.key) : undefined
			);
		else if (typeof noteValue === 'string' && noteValue.search(PLAIN_REFERENCE) >= 0)
			reader.report(
				noteEntry!.value,
				ctx,
				'note',
				'a note is not written out from the data: it says what changed, in the words and figures the page showed; write the figure itself, not a {reference}'
			);
		const note = !blank && noteEntry ? reader.copy(noteEntry.value, ctx, 'note', noteEntry.key) : null;
		const concernsEntry = f.get('concerns');
		const concerns = concernsEntry ? reader.textList(concernsEntry.value, ctx, 'concerns', concernsEntry.key) : [];
		if (date && note && concerns && KINDS.includes(kind as UpdateKind))
			out.push({ date, kind: kind as UpdateKind, note, concerns });
	});
	return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
