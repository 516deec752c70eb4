/**
 * A dataset's own column names: its `columns:` (channel -> column) and, for a timeline, its
 * `series:` (series -> column and group).
 */
import { isMap, isScalar } from 'yaml';
import type { Group, ShapeId } from '../../model/types.ts';
import { channelsOf } from '../schema/schemas.ts';
import { DASHED_ID, describe, type Node, type Reader } from './reader.ts';

export /** A dataset's `columns:`: channel -> the column holding it, for channels named otherwise. */
function readColumns(
	reader: Reader,
	entry: { key: Node; value: Node } | undefined,
	ctx: string,
	shape: ShapeId
): Record<string, string> | null {
	if (!entry) return {};
	const channels = channelsOf(shape);
	if (!isMap(entry.value)) {
		reader.report(
			entry.key,
			ctx,
			'columns',
			`expected a map of channel to column (columns: { ${channels[1] ?? channels[0]}: my_column }), got ${describe(entry.value)}`
		);
		return null;
	}
	const f = reader.fields(entry.value, channels, `${ctx} columns`);
	const out: Record<string, string> = {};
	let good = f.size === entry.value.items.length;
	for (const [channel, v] of f) {
		const column = reader.scalarText(v.value, ctx, `columns.${channel}`, v.key);
		if (column === null) good = false;
		else out[channel] = column;
	}
	return good ? out : null;
}

/**
 * A timeline dataset's `series:`, in the order the lines are drawn: each series id with the
 * column holding its values, and its group. `A: a_values` is a series of group A; a story with
 * more series than groups writes `north: { column: north_t, group: A }`. `undefined` when
 * absent, `null` after an error.
 */
export function readSeries(
	reader: Reader,
	entry: { key: Node; value: Node } | undefined,
	ctx: string,
	groups: readonly Group[]
): { columns: Record<string, string>; groups: Record<string, string> } | undefined | null {
	if (!entry) return undefined;
	const ids = groups.map((g) => g.id);
	const example = `series: { ${ids[0] ?? 'A'}: a_column, other: { column: b_column, group: ${ids[1] ?? ids[0] ?? 'B'} } }`;
	if (!isMap(entry.value)) {
		reader.report(
			entry.key,
			ctx,
			'series',
			`expected a map of series to column (${example}), got ${describe(entry.value)}`
		);
		return null;
	}
	const columns: Record<string, string> = {};
	const of: Record<string, string> = {};
	let good = true;
	for (const pair of entry.value.items) {
		const key = pair.key as Node;
		const value = pair.value as Node;
		const id = isScalar(key) ? String(key.value) : '';
		if (!DASHED_ID.test(id) && !ids.includes(id)) {
			reader.report(key, ctx, 'series', `a series id is a group id or lowercase words joined by dashes, got "${id}"`);
			good = false;
			continue;
		}
		if (isMap(value)) {
			const f = reader.fields(value, ['column', 'group'], `${ctx} series "${id}"`);
			const column = reader.text(f, 'column', `${ctx} series "${id}"`, key);
			const group = reader.text(f, 'group', `${ctx} series "${id}"`, key);
			if (group !== null && !ids.includes(group)) {
				reader.report(
					f.get('group')?.value ?? key,
					ctx,
					`series.${id}.group`,
					`unknown group "${group}"; expected one of ${ids.join(', ')}`
				);
				good = false;
			} else if (column !== null && group !== null) {
				columns[id] = column;
				of[id] = group;
			} else good = false;
		} else {
			const column = reader.scalarText(value, ctx, `series.${id}`, key);
			if (column === null) good = false;
			else if (!ids.includes(id)) {
				reader.report(
					key,
					ctx,
					`series.${id}`,
					`"${id}" is not a group id, so say its group: ${id}: { column: ${column}, group: ${ids[0] ?? 'A'} }`
				);
				good = false;
			} else {
				columns[id] = column;
				of[id] = id;
			}
		}
	}
	if (good && Object.keys(columns).length < 2) {
		reader.report(entry.key, ctx, 'series', 'a timeline needs two series or more');
		good = false;
	}
	return good ? { columns, groups: of } : null;
}
