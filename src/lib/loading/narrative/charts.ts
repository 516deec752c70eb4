/** story.yaml's `charts:`: each chart's kind, the datasets its roles read, its options and words. */
import { isMap, isScalar } from 'yaml';
import { KIND_IDS } from '../../model/types.ts';
import type { ChartOptions, ChartWords, DatasetId, Group, KindId, RoleId } from '../../model/types.ts';
import type { ChartSpec } from '../../kinds/types.ts';
import { readWords } from './chart-words.ts';
import type { DeclaredDataset } from './datasets.ts';
import type { NarrativeDoc } from './document.ts';
import { DASHED_ID, describe, type Node } from './reader.ts';

/** The chart kinds, by id (the registry, or a test's fakes). */
export type Charts = Record<KindId, ChartSpec>;

const CHART_KEYS = ['kind', 'data', 'options', 'words'] as const;

/** More decimals than a source reports would state a precision nobody measured. */
const MAX_DECIMALS = 6;

function isKindId(s: string): s is KindId {
	return (KIND_IDS as readonly string[]).includes(s);
}

/** A chart the story declares: its kind, its roles bound to datasets, options and words. */
export interface ChartDecl {
	id: string;
	/** Its declaration had errors (reported at their lines): steps naming it are not checked further. */
	broken?: boolean;
	kind: KindId;
	bind: Partial<Record<RoleId, DatasetId>>;
	options: ChartOptions;
	words: ChartWords;
}

/**
 * The `charts:` section: each chart the steps may name, with its `kind`, its `data` (each role
 * of the kind bound to a declared dataset of the role's shape), its `options` and its `words`
 * (titles, units, legends; each using only the `{slots}` the kind allows, per-group words once
 * per group, in the order written).
 */
export function readCharts(
	n: NarrativeDoc,
	kinds: Charts,
	groups: readonly Group[],
	datasets: readonly DeclaredDataset[]
): Map<string, ChartDecl> | null {
	const { reader } = n;
	const groupIds = groups.map((g) => g.id);
	const out = new Map<string, ChartDecl>();
	const entry = n.top.get('charts');
	if (!entry) {
		reader.report(
			n.root,
			null,
			'charts',
			`missing; this section declares the charts the steps show (kind, data, words)`
		);
		return null;
	}
	if (!isMap(entry.value)) {
		reader.report(entry.key, null, 'charts', `expected a map of charts by id, got ${describe(entry.value)}`);
		return null;
	}
	for (const pair of entry.value.items) {
		const key = pair.key as Node;
		if (!isScalar(key) || typeof key.value !== 'string' || !DASHED_ID.test(key.value)) {
			reader.report(key, 'charts', null, 'a chart id is lowercase words joined by dashes, like "weekly"');
			continue;
		}
		const id = key.value;
		const ctx = `chart "${id}"`;
		const value = pair.value as Node;
		if (!isMap(value)) {
			reader.report(key, ctx, null, `expected a map with ${CHART_KEYS.join(', ')}, got ${describe(value)}`);
			continue;
		}
		const f = reader.fields(value, CHART_KEYS, ctx);
		const kindName = reader.text(f, 'kind', ctx, key);
		if (kindName === null || !isKindId(kindName) || !kinds[kindName]) {
			if (kindName !== null)
				reader.report(
					f.get('kind')?.value ?? key,
					ctx,
					'kind',
					`unknown kind "${kindName}"; expected one of ${KIND_IDS.join(', ')}`
				);
			out.set(id, { id, broken: true, kind: KIND_IDS[0], bind: {}, options: {}, words: {} });
			continue;
		}
		const kind = kinds[kindName];
		let good = true;

		// data: each role of the kind, bound to a declared dataset of its shape.
		const bind: Partial<Record<RoleId, DatasetId>> = {};
		const roles = Object.keys(kind.roles) as RoleId[];
		const dEntry = f.get('data');
		if (!dEntry) {
			reader.report(
				key,
				ctx,
				'data',
				`missing; bind the kind's roles to datasets: data: { ${roles.map((r) => `${r}: <dataset id>`).join(', ')} }`
			);
			good = false;
		} else if (!isMap(dEntry.value)) {
			reader.report(
				dEntry.key,
				ctx,
				'data',
				`expected a map of role to dataset id (${roles.join(', ')}), got ${describe(dEntry.value)}`
			);
			good = false;
		} else {
			const df = reader.fields(dEntry.value, roles, `${ctx} data`);
			if (df.size !== dEntry.value.items.length) good = false;
			for (const role of roles) {
				const spec = kind.roles[role]!;
				const r = df.get(role);
				if (!r) {
					if (!spec.optional) {
						reader.report(
							dEntry.key,
							ctx,
							`data.${role}`,
							`missing; kind "${kindName}" needs ${spec.about} (a dataset of shape "${spec.shape}")`
						);
						good = false;
					}
					continue;
				}
				const dsId = reader.scalarText(r.value, ctx, `data.${role}`, r.key);
				if (dsId === null) {
					good = false;
					continue;
				}
				const d = datasets.find((x) => x.meta.id === dsId);
				if (!d) {
					reader.report(r.value, ctx, `data.${role}`, `dataset "${dsId}" is not declared under datasets:`);
					good = false;
				} else if (d.meta.shape !== spec.shape) {
					reader.report(
						r.value,
						ctx,
						`data.${role}`,
						`dataset "${dsId}" has shape "${d.meta.shape}"; the role "${role}" of kind "${kindName}" reads ${spec.about}, a dataset of shape "${spec.shape}"`
					);
					good = false;
				} else bind[role] = dsId;
			}
		}

		// options the kind reads.
		const options: ChartOptions = {};
		const oEntry = f.get('options');
		if (oEntry) {
			if (!isMap(oEntry.value)) {
				reader.report(oEntry.key, ctx, 'options', `expected a map, got ${describe(oEntry.value)}`);
				good = false;
			} else {
				const allowed = kind.options as readonly string[];
				const of = reader.fields(oEntry.value, allowed, `${ctx} options`);
				if (of.size !== oEntry.value.items.length) good = false;
				const better = of.get('better');
				if (better) {
					const v = isScalar(better.value) ? better.value.value : null;
					if (v === 'higher' || v === 'lower') options.better = v;
					else {
						reader.report(
							better.value ?? better.key,
							ctx,
							'options.better',
							`expected higher or lower, got ${describe(better.value)}`
						);
						good = false;
					}
				}
				const start = of.get('start');
				if (start) {
					const v = isScalar(start.value) ? start.value.value : null;
					if (typeof v === 'number' && Number.isFinite(v)) options.start = v;
					else {
						reader.report(
							start.value ?? start.key,
							ctx,
							'options.start',
							`expected a number (where the axis starts), got ${describe(start.value)}`
						);
						good = false;
					}
				}
				const digits = of.get('decimals');
				if (digits) {
					const v = isScalar(digits.value) ? digits.value.value : null;
					if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_DECIMALS) options.decimals = v;
					else {
						reader.report(
							digits.value ?? digits.key,
							ctx,
							'options.decimals',
							`expected a whole number from 0 to ${MAX_DECIMALS} (the decimals every value prints with), got ${describe(digits.value)}`
						);
						good = false;
					}
				}
			}
		}

		// A timeline's series ids, groups and declared grain, from its dataset.
		const timeline = bind.timeline ? datasets.find((x) => x.meta.id === bind.timeline)?.meta : undefined;
		const seriesIds = Object.keys(timeline?.series ?? {});
		if (timeline?.seriesGroups) options.seriesGroups = timeline.seriesGroups;
		if (timeline?.grain) options.grain = timeline.grain;

		// words.
		const words = readWords(reader, f.get('words'), key, ctx, kind, groupIds, seriesIds);
		if (words === null) good = false;
		out.set(id, { id, kind: kindName, bind, options, words: words ?? {}, ...(good && words ? {} : { broken: true }) });
	}
	return out;
}
