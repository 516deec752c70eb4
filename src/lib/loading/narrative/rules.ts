/** story.yaml's `rules:`: the checks across datasets the story asks for. */
import { isMap, isScalar, isSeq } from 'yaml';
import type { ShapeId } from '../../model/types.ts';
import { RULES, type Rule } from '../schema/rules.ts';
import type { DeclaredDataset } from './datasets.ts';
import type { NarrativeDoc } from './document.ts';
import { describe } from './reader.ts';

/**
 * The `rules:` list: checks across datasets (see schema/rules.ts `Rule`), each naming its datasets,
 * which must be declared with the shape the rule reads.
 */
export function readRules(n: NarrativeDoc, datasets: readonly DeclaredDataset[]): Rule[] {
	const { reader } = n;
	const entry = n.top.get('rules');
	if (!entry) return [];
	if (!isSeq(entry.value)) {
		reader.report(entry.key, null, 'rules', `expected a list of rules, got ${describe(entry.value)}`);
		return [];
	}
	const names = Object.keys(RULES) as Rule['rule'][];
	const out: Rule[] = [];
	entry.value.items.forEach((item, i) => {
		const ctx = `rule ${i + 1}`;
		if (!isMap(item)) {
			reader.report(item, ctx, null, `expected a map like { rule: ${names[0]}, ... }, got ${describe(item)}`);
			return;
		}
		const namePair = item.items.find((p) => isScalar(p.key) && p.key.value === 'rule');
		const name = namePair && isScalar(namePair.value) ? String(namePair.value.value) : null;
		if (name === null || !names.includes(name as Rule['rule'])) {
			reader.report(
				namePair?.value ?? item,
				ctx,
				'rule',
				`expected one of ${names.join(', ')}, got ${name === null ? 'nothing' : `"${name}"`}`
			);
			return;
		}
		const needs: Record<string, ShapeId> = RULES[name as Rule['rule']];
		const f = reader.fields(item, ['rule', ...Object.keys(needs)], `rule "${name}"`);
		const rule: Record<string, string> = { rule: name };
		let good = true;
		for (const [key, shape] of Object.entries(needs)) {
			const id = reader.text(f, key, `rule "${name}"`, item);
			if (id === null) {
				good = false;
				continue;
			}
			const d = datasets.find((x) => x.meta.id === id);
			const node = f.get(key)?.value ?? item;
			if (!d) {
				reader.report(node, `rule "${name}"`, key, `dataset "${id}" is not declared under datasets:`);
				good = false;
			} else if (d.meta.shape !== shape) {
				reader.report(
					node,
					`rule "${name}"`,
					key,
					`dataset "${id}" has shape "${d.meta.shape}"; this rule reads a dataset of shape "${shape}"`
				);
				good = false;
			} else rule[key] = id;
		}
		if (good) out.push(rule as unknown as Rule);
	});
	return out;
}
