/**
 * story.yaml's `steps:`, checked against the chart registry: a step that names an unknown chart,
 * state, highlight or dataset, repeats an id or misspells a key stops the build instead of
 * showing a blank or wrong chart.
 */
import { isMap, isSeq } from 'yaml';
import type { DatasetId, Group, Step, StoryChart, StoryData } from '../../model/types.ts';
import { SOURCE_LANG } from '../../model/locale/langs.ts';
import { chartView } from '../../kinds/view.ts';
import type { ChartDecl, Charts } from './charts.ts';
import type { NarrativeDoc } from './document.ts';
import { DASHED_ID, describe, entryName, type Node } from './reader.ts';
import { stageFitProblem } from '../guard/fit.ts';
import { stillFitProblem } from '../guard/still-fit.ts';

const STEP_KEYS = ['id', 'kicker', 'chart', 'state', 'highlight', 'copy', 'notes', 'cite'] as const;

/**
 * Reads and checks the steps. `data` holds every dataset, `usable` the ids that parsed cleanly:
 * a chart's states and keys are only asked for when all of its datasets are usable.
 */
// One chart object per declaration, which every step showing it shares.
const charts = new WeakMap<ChartDecl, StoryChart>();
function storyChart(d: ChartDecl): StoryChart {
	let c = charts.get(d);
	if (!c) charts.set(d, (c = { id: d.id, kind: d.kind, bind: d.bind, options: d.options, words: d.words }));
	return c;
}

export function readSteps(
	n: NarrativeDoc,
	kinds: Charts,
	data: StoryData,
	usable: ReadonlySet<DatasetId>,
	declared: ReadonlySet<DatasetId>,
	charts: ReadonlyMap<string, ChartDecl> | null,
	groups: readonly Group[] = []
): Step[] {
	const { reader } = n;
	const entry = n.top.get('steps');
	if (!entry) return [];
	if (!isSeq(entry.value)) {
		reader.report(entry.key, null, 'steps', `expected a list of steps, got ${describe(entry.value)}`);
		return [];
	}
	if (entry.value.items.length === 0) {
		reader.report(entry.key, null, 'steps', 'the list of steps is empty; the story needs at least one step');
		return [];
	}
	const steps: Step[] = [];
	const seenIds = new Map<string, number>();
	const statesOf = new Map<string, string[] | null>();
	// A chart's states and keys are asked for only when every dataset it reads parsed cleanly.
	const ready = (chart: ChartDecl) => Object.values(chart.bind).every((d) => usable.has(d));

	const chartStates = (chart: ChartDecl, node: Node, ctx: string): string[] | null => {
		if (!ready(chart)) return null;
		if (!statesOf.has(chart.id)) {
			try {
				statesOf.set(chart.id, kinds[chart.kind].states(chartView(data, chart), groups));
			} catch (e) {
				reader.report(
					node,
					ctx,
					'chart',
					`chart "${chart.id}" failed to list its states: ${e instanceof Error ? e.message : String(e)}`
				);
				statesOf.set(chart.id, null);
			}
		}
		return statesOf.get(chart.id) ?? null;
	};

	entry.value.items.forEach((item, i) => {
		if (!isMap(item)) {
			reader.report(item, `step ${i + 1}`, null, `expected a map with ${STEP_KEYS.join(', ')}, got ${describe(item)}`);
			return;
		}
		const ctx = entryName(item, 'step', i);
		const f = reader.fields(item, STEP_KEYS, ctx);
		let good = true;

		// id: unique, URL-safe.
		const id = reader.text(f, 'id', ctx, item);
		const idNode = f.get('id')?.value ?? null;
		if (id !== null) {
			if (!DASHED_ID.test(id)) {
				reader.report(idNode, ctx, 'id', 'expected lowercase words joined by dashes, like "weekly-start"');
				good = false;
			} else if (seenIds.has(id)) {
				reader.report(idNode, ctx, 'id', `duplicate step id (first on line ${seenIds.get(id)})`);
				good = false;
			} else seenIds.set(id, reader.line(idNode));
		}

		const kicker = reader.text(f, 'kicker', ctx, item, { optional: true });
		if (f.has('kicker') && kicker === null) good = false;

		// chart: one the story declares under charts:.
		const chartName = reader.text(f, 'chart', ctx, item);
		const chartNode = f.get('chart')?.value ?? null;
		let chart: ChartDecl | null = null;
		// Without a charts: section (reported once) or with a broken chart, the step is not checked further.
		if (chartName !== null && charts !== null) {
			chart = charts.get(chartName) ?? null;
			if (!chart)
				reader.report(
					chartNode,
					ctx,
					'chart',
					`unknown chart "${chartName}"; expected one of ${[...charts.keys()].join(', ')} (declared under charts:)`
				);
			else if (chart.broken) chart = null;
		}

		// state: one of the chart's states for this data.
		const state = reader.text(f, 'state', ctx, item);
		const stateNode = f.get('state')?.value ?? null;
		let stateOk = false;
		if (chart !== null && state !== null) {
			const states = chartStates(chart, chartNode, ctx);
			if (states !== null) {
				stateOk = states.includes(state);
				if (!stateOk)
					reader.report(
						stateNode,
						ctx,
						'state',
						`unknown state "${state}" of chart "${chart.id}"; expected one of ${states.join(', ')}`
					);
			}
		}

		// highlight: rows the chart can emphasise in this state.
		let highlight: string[] = [];
		const hEntry = f.get('highlight');
		if (hEntry) {
			const list = reader.textList(hEntry.value, ctx, 'highlight', hEntry.key);
			if (list === null) good = false;
			else highlight = list;
			if (list !== null && chart !== null && state !== null && stateOk) {
				let keys: string[] | null = null;
				try {
					keys = kinds[chart.kind].keys(chartView(data, chart), state, groups);
				} catch (e) {
					reader.report(
						hEntry.key,
						ctx,
						'highlight',
						`chart "${chart.id}" failed to list its keys: ${e instanceof Error ? e.message : String(e)}`
					);
				}
				if (keys !== null) {
					const items = isSeq(hEntry.value) ? hEntry.value.items : [];
					list.forEach((h, k) => {
						if (!keys.includes(h)) {
							reader.report(
								items[k] ?? hEntry.key,
								ctx,
								'highlight',
								`unknown highlight "${h}" for chart "${chart.id}" in state "${state}"; expected one of ${keys.map((x) => JSON.stringify(x)).join(', ')}`
							);
						}
					});
				}
			}
		}

		// copy and notes.
		const cEntry = f.get('copy');
		const copy = cEntry ? reader.copy(cEntry.value, ctx, 'copy', cEntry.key) : null;
		if (!cEntry) reader.report(item, ctx, 'copy', 'missing; this field is required');
		// Notes are read like copy (bold, italics, https links; the same refusals), so the presenter
		// shows them as the copy shows, never a link or a star as typed.
		const nEntry = f.get('notes');
		const notes = nEntry ? reader.copy(nEntry.value, ctx, 'notes', nEntry.key) : null;
		if (!nEntry) reader.report(item, ctx, 'notes', 'missing; this field is required');

		// cite: declared datasets; by default the chart's own.
		let cite: DatasetId[] = chart ? Object.values(chart.bind) : [];
		const ciEntry = f.get('cite');
		if (ciEntry) {
			const list = reader.textList(ciEntry.value, ctx, 'cite', ciEntry.key);
			if (list === null) good = false;
			else {
				const items = isSeq(ciEntry.value) ? ciEntry.value.items : [];
				cite = [];
				list.forEach((c, k) => {
					const node = items[k] ?? ciEntry.key;
					if (!declared.has(c)) {
						reader.report(
							node,
							ctx,
							'cite',
							`unknown dataset "${c}"; expected one of ${[...declared].join(', ')} (declared under datasets:)`
						);
					} else if (cite.includes(c)) {
						reader.report(node, ctx, 'cite', `dataset "${c}" is cited twice`);
					} else cite.push(c);
				});
				if (list.length === 0)
					reader.report(ciEntry.key, ctx, 'cite', "empty list; leave cite out to cite the chart's datasets");
			}
		}

		if (good && id !== null && chart !== null && state !== null && copy !== null && notes !== null) {
			const step: Step = {
				id,
				kicker,
				chart: storyChart(chart),
				state,
				highlight,
				copy,
				notes,
				cite,
				groups,
				lang: SOURCE_LANG
			};
			// Last line of defence: data that passed every check but still stops a chart from
			// drawing this step is reported here, at the step, instead of as a stack trace when the
			// page is prerendered.
			if (stateOk && ready(chart)) {
				try {
					kinds[chart.kind].text(chartView(data, step.chart), step);
				} catch (e) {
					reader.report(
						chartNode,
						ctx,
						'chart',
						`chart "${chart.id}" cannot draw this step from the data: ${e instanceof Error ? e.message : String(e)}`
					);
				}
			}
			// The stage clips words taller than its words box (mid-word, and the figure's paragraph may
			// never show): such copy stops the build instead. Only a step read whole is measured, so
			// a problem elsewhere is never blamed on its length. The first step closes with the dates.
			const unfit = stageFitProblem({ kicker, copy, dates: i === 0 });
			if (unfit) reader.report(cEntry?.key, ctx, 'copy', unfit);
			// A still shrinks its words to 12 px and then cuts them: words too long even then stop too.
			const uncut = stillFitProblem({ kicker, copy });
			if (uncut) reader.report(cEntry?.key, ctx, 'copy', uncut);
			steps.push(step);
		}
	});
	return steps;
}
