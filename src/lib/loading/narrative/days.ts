/** A day written in story.yaml (`meta.published`, an update's `date`): YYYY-MM-DD, and a real one. */
import { isScalar } from 'yaml';
import { date } from '../schema/cells.ts';
import { describe, type Node, type Reader } from './reader.ts';

const DAY = date({ dayOnly: true });

/** The day at `entry` as YYYY-MM-DD, or null with the problem reported at its line. */
export function readDay(
	reader: Reader,
	entry: { key: Node; value: Node },
	context: string | null,
	field: string
): string | null {
	const v = entry.value;
	// YAML reads an unquoted 2026-04-01 as text here (the core schema has no dates), a number or a
	// date-and-time as something else: both are named as what they are.
	if (!isScalar(v) || typeof v.value !== 'string') {
		reader.report(v ?? entry.key, context, field, `expected a date YYYY-MM-DD, got ${describe(v)}`);
		return null;
	}
	const r = DAY.parse(v.value.trim());
	if (!r.ok) {
		reader.report(v, context, field, r.detail);
		return null;
	}
	return r.value;
}
