/**
 * Reading story.yaml's nodes: typed values out of YAML nodes, each problem reported at the line of
 * its node, and the words messages use to name an entry and a value.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { LineCounter, ParsedNode, Scalar, YAMLMap } from 'yaml';
import type { ErrorList } from '../errors.ts';
import { parseCopy } from '../copy.ts';
import { PLAIN_REFERENCE, REFERENCE } from '../guard/references.ts';
import type { Paragraph } from '../../model/types.ts';

/** A node of story.yaml; null where a key has no value. */
export type Node = ParsedNode | null;

/** An id of story.yaml (a step, a chart, a series, a dataset): lowercase words joined by dashes. */
export const DASHED_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads typed values out of YAML nodes, reporting each problem at its line. */
export class Reader {
	constructor(
		readonly file: string,
		private readonly lines: LineCounter,
		readonly errors: ErrorList,
		/** Words with their figure references written out (by the guard), read instead of the node's value. */
		private readonly written: ReadonlyMap<Scalar, string> = new Map()
	) {}

	line(node: Node | undefined): number {
		const offset = node?.range?.[0];
		return offset === undefined ? 1 : this.lines.linePos(offset).line;
	}

	report(node: Node | undefined, context: string | null, field: string | null, detail: string, line?: number): void {
		this.errors.add({ file: this.file, line: line ?? this.line(node), context, field, detail });
	}

	/**
	 * The keys of a map, each with its key node (for the line) and value node. Reports keys not in
	 * `allowed`. Duplicate keys are already YAML errors.
	 */
	fields(
		map: YAMLMap.Parsed,
		allowed: readonly string[],
		context: string | null
	): Map<string, { key: Node; value: Node }> {
		const out = new Map<string, { key: Node; value: Node }>();
		for (const pair of map.items) {
			const key = pair.key;
			if (!isScalar(key) || typeof key.value !== 'string') {
				this.report(key, context, null, 'keys must be plain words');
				continue;
			}
			if (!allowed.includes(key.value)) {
				this.report(key, context, key.value, `unknown field; expected one of ${allowed.join(', ')}`);
				continue;
			}
			out.set(key.value, { key, value: pair.value });
		}
		return out;
	}

	/** A required or optional non-empty string. */
	text(
		fields: Map<string, { key: Node; value: Node }>,
		name: string,
		context: string | null,
		at: Node,
		opts: { optional?: boolean } = {}
	): string | null {
		const entry = fields.get(name);
		if (!entry) {
			if (!opts.optional) this.report(at, context, name, 'missing; this field is required');
			return null;
		}
		return this.scalarText(entry.value, context, name, entry.key);
	}

	scalarText(node: Node, context: string | null, field: string, keyNode: Node): string | null {
		if (!isScalar(node) || node.value === null) {
			this.report(
				node ?? keyNode,
				context,
				field,
				`expected text, got ${describe(node)}`,
				node ? undefined : this.line(keyNode)
			);
			return null;
		}
		if (typeof node.value !== 'string') {
			this.report(node, context, field, `expected text, got ${describe(node)}; put it in quotes`);
			return null;
		}
		const value = (this.written.get(node) ?? node.value).trim();
		if (value === '') {
			this.report(node, context, field, 'is empty');
			return null;
		}
		return value;
	}

	/** A list of non-empty strings (flow `[a, b]` or block `- a`). */
	textList(node: Node, context: string | null, field: string, keyNode: Node): string[] | null {
		if (!isSeq(node)) {
			this.report(
				node ?? keyNode,
				context,
				field,
				`expected a list, got ${describe(node)}`,
				node ? undefined : this.line(keyNode)
			);
			return null;
		}
		const out: string[] = [];
		let ok = true;
		for (const item of node.items) {
			const s = this.scalarText(item, context, field, keyNode);
			if (s === null) ok = false;
			else out.push(s);
		}
		return ok ? out : null;
	}

	/** Copy text into paragraphs, problems reported at their own line. */
	copy(node: Node, context: string | null, field: string, keyNode: Node): Paragraph[] | null {
		const source = this.scalarText(node, context, field, keyNode);
		if (source === null || !isScalar(node)) return null;
		// A block scalar's text starts on the line after its `|` or `>`.
		const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
		const first = this.line(node) + (block ? 1 : 0);
		// Literal blocks keep their lines; other styles are checked with the folded value. A reference
		// still written as one was left alone because its dataset, or the reference itself, has a
		// problem reported where it is: its `[row]` is no link, so it is read as a word. An update's
		// note is not written out (it quotes what the page said): braces there stay as typed.
		const { paragraphs, problems } = parseCopy(
			(node.type === 'BLOCK_LITERAL' ? (this.written.get(node) ?? String(node.value)) : source).replace(
				field === 'note' ? PLAIN_REFERENCE : REFERENCE,
				'{reference}'
			)
		);
		for (const p of problems) {
			this.report(node, context, field, p.detail, node.type === 'BLOCK_LITERAL' ? first + p.lineOffset : first);
		}
		return problems.length === 0 ? paragraphs : null;
	}
}

/**
 * How messages name the i-th entry of a list of maps (groups, datasets, steps): by its `id` where it
 * has a written one (`step "intro"`), else by its place (`step 3`), so a message can name an entry
 * whose id is itself the mistake.
 */
export function entryName(item: YAMLMap.Parsed, kind: string, i: number): string {
	const idPair = item.items.find((p) => isScalar(p.key) && p.key.value === 'id');
	const raw = idPair && isScalar(idPair.value) ? idPair.value.value : null;
	return typeof raw === 'string' && raw !== '' ? `${kind} "${raw}"` : `${kind} ${i + 1}`;
}

export function describe(node: Node): string {
	if (node === null) return 'nothing';
	if (isMap(node)) return 'a map';
	if (isSeq(node)) return 'a list';
	if (isScalar(node)) {
		if (node.value === null) return 'nothing';
		return `${typeof node.value} ${JSON.stringify(node.value)}`;
	}
	return 'an alias';
}
