/**
 * What an entry of story.yaml's `updates:` says it `concerns` must exist: a dataset the story
 * declares (`prices`), or one row of it (`prices[Zephyr-X2]`, or `scores[Zephyr-X2, metric-a]`
 * where one value does not tell the rows apart), picked out as a figure reference picks its row.
 * A log entry that names data the story does not hold tells readers of a change that is not there.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { DataErrorInit } from '../errors.ts';
import { declaredIds, mapGet, type GuardDataset, type GuardNarrative } from './dataset.ts';
import { rowsHolding } from './references.ts';

const CONCERN = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\[([^\]]+)\])?$/;

/**
 * Why `concern` names nothing the story holds, or null when it names a dataset or one row (or a
 * dataset `declared` whose file does not read: its own problem is reported there, not here).
 */
export function concernProblem(
	concern: string,
	datasets: readonly GuardDataset[],
	declared: readonly string[] = datasets.map((d) => d.id)
): string | null {
	const m = CONCERN.exec(concern.trim());
	if (!m) return `"${concern}" is neither a dataset id (prices) nor a row (prices[Zephyr-X2])`;
	const ds = datasets.find((d) => d.id === m[1]);
	if (!ds && declared.includes(m[1])) return null;
	if (!ds) return `no dataset "${m[1]}"; expected one of ${declared.join(', ')}`;
	if (m[2] === undefined) return null;
	const selector = m[2].split(',').map((s) => s.trim());
	const rows = rowsHolding(ds, selector);
	const named = selector.map((s) => JSON.stringify(s)).join(' and ');
	if (rows.length === 0) return `no row of ${ds.file} holds ${named}`;
	if (rows.length > 1)
		return `${rows.length} rows of ${ds.file} hold ${named} (lines ${rows.map((r) => r.line).join(', ')}); add a value that tells them apart`;
	return null;
}

/** Each `concerns:` entry of each update that names no dataset or row of the story. */
export function updateConcerns(n: GuardNarrative, datasets: readonly GuardDataset[]): DataErrorInit[] {
	const list = mapGet(n.doc.contents as YamlNode, 'updates');
	if (!isSeq(list)) return [];
	const out: DataErrorInit[] = [];
	const declared = declaredIds(n);
	list.items.forEach((item, i) => {
		if (!isMap(item)) return;
		const concerns = mapGet(item as YamlNode, 'concerns');
		if (!isSeq(concerns)) return;
		for (const c of concerns.items) {
			if (!isScalar(c) || typeof c.value !== 'string') continue;
			const problem = concernProblem(c.value, datasets, declared);
			if (problem)
				out.push({
					file: n.file,
					line: n.lineOf(c as YamlNode),
					context: `update ${i + 1}`,
					field: 'concerns',
					detail: problem
				});
		}
	});
	return out;
}
