/**
 * Where a piece of story.yaml belongs, in the words of the loader's messages: `step "intro"` and
 * field `copy`, `dataset "prices"` and field `limits`, `meta` and field `dek`. Lets a check that
 * scans the file's text (characters) or its scalars (markup) report like every other check.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Scalar } from 'yaml';
import type { GuardNarrative } from './dataset.ts';
import { mapGet, scalarText } from './dataset.ts';

export interface Place {
	context: string | null;
	field: string | null;
}

export interface PlacedScalar extends Place {
	node: Scalar.Parsed;
	/** The keys from the top, e.g. ['steps', 'copy'] (list indexes left out). */
	path: string[];
}

/** What an item of a top-level list is called: `step "intro"`, `dataset "prices"`. */
function itemContext(section: string, item: YamlNode, index: number): string {
	const noun =
		section === 'steps' ? 'step' : section === 'datasets' ? 'dataset' : section === 'updates' ? 'update' : section;
	// An update has no id: it is named by its place, as the loader names it.
	if (section === 'updates') return `${noun} ${index + 1}`;
	const id = scalarText(mapGet(item, 'id'));
	return id !== null ? `${noun} "${id}"` : `${noun} ${index + 1}`;
}

/** Every scalar value of the narrative (keys excluded), with its place. */
export function placedScalars(n: GuardNarrative): PlacedScalar[] {
	const out: PlacedScalar[] = [];
	const visit = (node: YamlNode | null | undefined, path: string[], context: string | null) => {
		if (!node) return;
		if (isScalar(node)) {
			out.push({ node: node as Scalar.Parsed, path, context, field: path[path.length - 1] ?? null });
		} else if (isMap(node)) {
			for (const pair of node.items) {
				const key = scalarText(pair.key as YamlNode);
				if (key === null) continue;
				const ctx =
					path.length === 0 && key === 'meta'
						? 'meta'
						: path.length === 1 && path[0] === 'charts'
							? `chart "${key}"`
							: context;
				visit(pair.value as YamlNode, [...path, key], ctx);
			}
		} else if (isSeq(node)) {
			node.items.forEach((item, i) => {
				const top = path.length === 1 && ['steps', 'datasets', 'updates'].includes(path[0]);
				visit(item as YamlNode, path, top ? itemContext(path[0], item as YamlNode, i) : context);
			});
		}
	};
	visit(n.doc.contents as YamlNode, [], null);
	return out;
}

/** The place of a character offset of the narrative's text: the scalar around it, if any. */
export function placeAt(scalars: PlacedScalar[], offset: number): Place {
	let best: PlacedScalar | null = null;
	for (const s of scalars) {
		const [start, , end] = s.node.range;
		if (offset >= start && offset < end && (!best || start >= best.node.range[0])) best = s;
	}
	return best ? { context: best.context, field: best.field } : { context: null, field: null };
}
