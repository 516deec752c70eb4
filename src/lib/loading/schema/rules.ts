/**
 * Checks across datasets, declared by the story (`rules:` in story.yaml): each rule names the
 * datasets it reads, and runs once they all parsed cleanly.
 */
import type { ErrorList } from '../errors.ts';
import type { DatasetId, Group, ShapeId, Shapes, StoryData } from '../../model/types.ts';
import { SHARE_TOLERANCE, roundPct } from './row-checks.ts';

/** Where each dataset's rows came from, for reporting. */
export interface DatasetSource {
	file: string;
	lines: number[];
	/** Channel -> column name, where the file names a channel's column otherwise. */
	columns?: Readonly<Record<string, string>>;
}

/** The column a channel is read from in this file, for messages. */
function col(src: DatasetSource, channel: string): string {
	return src.columns?.[channel] ?? channel;
}

/**
 * A check that ties datasets together, declared by the story (`rules:` in story.yaml), each
 * naming the datasets it reads:
 * - `parts-add-up`: the parts of each group (a `shares` dataset with a group column) add up to
 *   that group's row of the totals (another `shares` dataset), which has one row per group;
 * - `counts-match-ranking`: the counts (a `counts` dataset) add up to the ranking's length and
 *   are never below the items the ranking names in that group;
 * - `metrics-known`: every score names a metric id of the metrics dataset.
 */
export type Rule =
	| { rule: 'parts-add-up'; parts: DatasetId; totals: DatasetId }
	| { rule: 'counts-match-ranking'; counts: DatasetId; ranking: DatasetId }
	| { rule: 'metrics-known'; scores: DatasetId; metrics: DatasetId };

/** Each rule, the datasets it names and the shape each must have. */
export const RULES = {
	'parts-add-up': { parts: 'shares', totals: 'shares' },
	'counts-match-ranking': { counts: 'counts', ranking: 'ranks' },
	'metrics-known': { scores: 'scores', metrics: 'metrics' }
} as const satisfies Record<Rule['rule'], Record<string, ShapeId>>;

/**
 * Runs the story's rules. `sources` holds only the datasets that parsed cleanly; a rule runs
 * when all the datasets it reads are among them.
 */
export function checkAcrossDatasets(
	data: StoryData,
	sources: Partial<Record<DatasetId, DatasetSource>>,
	errors: ErrorList,
	groups: readonly Group[] = [],
	rules: readonly Rule[] = []
): void {
	for (const rule of rules) {
		if (rule.rule === 'metrics-known') checkMetricsKnown(data, sources, errors, rule);
		else if (rule.rule === 'parts-add-up') checkPartsAddUp(data, sources, errors, groups, rule);
		else checkCountsMatch(data, sources, errors, rule);
	}
}

function checkMetricsKnown(
	data: StoryData,
	sources: Partial<Record<DatasetId, DatasetSource>>,
	errors: ErrorList,
	rule: Extract<Rule, { rule: 'metrics-known' }>
): void {
	const bSrc = sources[rule.scores];
	const mSrc = sources[rule.metrics];
	if (!bSrc || !mSrc) return;
	const ids = (data[rule.metrics] as Shapes['metrics'][]).map((m) => m.id);
	(data[rule.scores] as Shapes['scores'][]).forEach((row, i) => {
		if (!ids.includes(row.metric)) {
			errors.add({
				file: bSrc.file,
				line: bSrc.lines[i],
				field: col(bSrc, 'metric'),
				detail: `unknown metric "${row.metric}"; expected an id of ${mSrc.file}: ${ids.join(', ')}`
			});
		}
	});
}

function checkCountsMatch(
	data: StoryData,
	sources: Partial<Record<DatasetId, DatasetSource>>,
	errors: ErrorList,
	rule: Extract<Rule, { rule: 'counts-match-ranking' }>
): void {
	const cSrc = sources[rule.counts];
	if (!cSrc || !sources[rule.ranking]) return;
	const ranking = data[rule.ranking] as Shapes['ranks'][];
	const composition = data[rule.counts] as Shapes['counts'][];
	const total = composition.reduce((s, r) => s + r.count, 0);
	if (total !== ranking.length) {
		errors.add({
			file: cSrc.file,
			line: cSrc.lines[cSrc.lines.length - 1],
			field: col(cSrc, 'count'),
			detail: `counts add up to ${total}, but ${rule.ranking} has ${ranking.length} ranks`
		});
	}
	composition.forEach((row, i) => {
		const outside = /^not (.+)$/.exec(row.group)?.[1];
		const known = ranking.filter(
			(r) => r.group !== null && (outside !== undefined ? r.group !== outside : r.group === row.group)
		).length;
		if (row.count < known) {
			errors.add({
				file: cSrc.file,
				line: cSrc.lines[i],
				field: col(cSrc, 'count'),
				detail: `group "${row.group}" counts ${row.count}, but ${rule.ranking} already itemizes ${known} such items`
			});
		}
	});
}

/**
 * The parts and the totals tell one story: the parts of each group together must hold what that
 * group's row of the totals says, and the totals have one row per group. Otherwise the donut
 * changes its total between two steps and contradicts the copy.
 */
function checkPartsAddUp(
	data: StoryData,
	sources: Partial<Record<DatasetId, DatasetSource>>,
	errors: ErrorList,
	groups: readonly Group[],
	rule: Extract<Rule, { rule: 'parts-add-up' }>
): void {
	const pSrc = sources[rule.parts];
	const cSrc = sources[rule.totals];
	if (!pSrc || !cSrc) return;
	const providers = data[rule.parts] as Shapes['shares'][];
	const totals = data[rule.totals] as Shapes['shares'][];
	const column = col(cSrc, 'group');
	for (const { id, label } of groups) {
		const of = totals.map((row, i) => ({ row, line: cSrc.lines[i] })).filter(({ row }) => row.group === id);
		if (of.length === 0) {
			errors.add({
				file: cSrc.file,
				line: 1,
				field: column,
				detail: `no row with ${column} "${id}" (${label}): the totals give one row per group of the story (${groups.map((g) => g.id).join(', ')}), so the parts of ${pSrc.file} can be checked against them`
			});
		}
		for (const extra of of.slice(1)) {
			errors.add({
				file: cSrc.file,
				line: extra.line,
				field: column,
				detail: `a second row with ${column} "${id}" (the first is on line ${of[0].line}); the file has one row per group`
			});
		}
	}
	totals.forEach((c, i) => {
		if (c.group === null) return;
		const members = providers.map((p, j) => ({ p, line: pSrc.lines[j] })).filter(({ p }) => p.group === c.group);
		if (members.length === 0) {
			errors.add({
				file: cSrc.file,
				line: cSrc.lines[i],
				field: col(cSrc, 'value'),
				detail: `"${c.label}" has ${c.value}%, but ${pSrc.file} has no part with ${col(pSrc, 'group')} "${c.group}"; the two files must agree`
			});
			return;
		}
		const sum = roundPct(members.reduce((s, { p }) => s + p.value, 0));
		if (Math.abs(sum - c.value) > SHARE_TOLERANCE + 1e-9) {
			// Either file may hold the slip: neither is named as the one to change.
			const parts = members.map(({ p, line }) => `${p.label} ${p.value}, line ${line}`).join(' + ');
			errors.add({
				file: cSrc.file,
				line: cSrc.lines[i],
				field: col(cSrc, 'value'),
				detail: `"${c.label}" has ${c.value}%, but the parts with ${col(pSrc, 'group')} "${c.group}" in ${pSrc.file} add up to ${sum} (${parts}); one of the two files is mistyped: check both against their sources before changing either`
			});
		}
	});
}
