/**
 * One item, one spelling in every file. The charts match an item's rows across datasets by its
 * label (a model's price to its rank), and the words name it as written: "Nova-M2" in one file and
 * "Nova M2" in the others would print both, and a caption would say the item has no price
 * while the table beside it lists one.
 *
 * Two labels are one item written two ways when they differ only in case, spaces, dashes,
 * underscores or dots (`labelKey`). A dot, dash or space between two digits stays a mark, so a
 * version stays a version: "Nova 5.5" is not "Nova 55", nor "Nova-V2-Pro" "Nova-V2.5-Pro". Any
 * other difference (a word more, "Preview" or "(free)") makes two items.
 */
import type { ErrorList } from '../errors.ts';
import type { DatasetId, StoryData } from '../../model/types.ts';
import type { DatasetSource } from './rules.ts';

/** What a label is once case, spaces, dashes, underscores and dots are set aside. */
export function labelKey(label: string): string {
	return label
		.toLowerCase()
		.replace(/(\d)[\s._-]+(?=\d)/g, '$1#')
		.replace(/[\s._-]+/g, '');
}

interface Written {
	spelling: string;
	/** Index of its dataset in the story's order, its file and first line there. */
	order: number;
	file: string;
	line: number;
	column: string;
}

/**
 * Refuses an item spelt two ways among the datasets that parsed (`sources`, in the story's order):
 * each odd spelling once per file, at its first line there, naming where the item is written
 * otherwise and the spelling to use: the one most files use, on a tie the first dataset's.
 */
export function checkLabelSpellings(
	ids: readonly DatasetId[],
	data: StoryData,
	sources: Partial<Record<DatasetId, DatasetSource>>,
	errors: ErrorList
): void {
	const byKey = new Map<string, Written[]>();
	ids.forEach((id, order) => {
		const src = sources[id];
		const rows = data[id];
		if (!src || !rows) return;
		const seen = new Set<string>();
		rows.forEach((row, i) => {
			const label = (row as { label?: unknown }).label;
			if (typeof label !== 'string' || seen.has(label)) return;
			seen.add(label);
			const key = labelKey(label);
			const column = src.columns?.label ?? 'label';
			byKey.set(key, [
				...(byKey.get(key) ?? []),
				{ spelling: label, order, file: src.file, line: src.lines[i], column }
			]);
		});
	});
	for (const written of byKey.values()) {
		const spellings = [...new Set(written.map((w) => w.spelling))];
		if (spellings.length < 2) continue;
		const files = (s: string) => new Set(written.filter((w) => w.spelling === s).map((w) => w.file)).size;
		const first = (s: string) => Math.min(...written.filter((w) => w.spelling === s).map((w) => w.order));
		const [use] = spellings.sort((a, b) => files(b) - files(a) || first(a) - first(b));
		const right = written.filter((w) => w.spelling === use);
		const where = right.map((w) => `${w.file}:${w.line}`);
		const list = where.length === 1 ? where[0] : `${where.slice(0, -1).join(', ')} and ${where[where.length - 1]}`;
		for (const w of written) {
			if (w.spelling === use) continue;
			errors.add({
				file: w.file,
				line: w.line,
				field: w.column,
				detail: `"${w.spelling}" is the item written "${use}" in ${list}; an item is spelt one way in every file (the charts match rows by it): write "${use}"`
			});
		}
	}
}
