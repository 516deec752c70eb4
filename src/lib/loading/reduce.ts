/**
 * The pages' copy of a story: a timeline with more rows than a plot can show is cut down to the
 * rows that draw it, so a page carries what it draws. The build checks and the publish record
 * read the whole files; the copy keeps, over each state a step shows, every series' highest and
 * lowest value in each stretch of the plot, the first and last rows, the edges of every gap (so
 * a gap still breaks the line), every highlighted row, the peak and the latest-dated row (so the
 * data's "as of" date stands). The chart's note and the table say how many rows are drawn, and
 * the page links the whole file.
 */
import type { ChartOptions, DatasetMeta, Step, Story, StoryChart, TimeRow } from '../model/types.ts';
import { datasetPath } from '../model/site.ts';
import { inferGrain } from '../model/periods.ts';
import { compareText } from '../model/compare.ts';
import { isReported, peakPeriod, stateRange } from '../kinds/lines-over-time/periods.ts';
import { isLinesOverTimeState } from '../kinds/lines-over-time/scene.ts';
import { captionKey } from '../kinds/lines-over-time/text.ts';
import { KINDS } from '../kinds/registry.ts';
import { chartView } from '../kinds/view.ts';
import { notReportedCount, sourcesOf } from './sources.ts';

/**
 * Rows a page carries of one timeline, about one per two pixels of the widest plot (the stage's):
 * a finer line is drawn over itself.
 */
export const PAGE_ROWS = 400;

/**
 * The indices of `rows` a plot of `states` needs: each series' highest and lowest in every
 * stretch of the file (one grid for every state, so the states share their rows), each state's
 * first and last row, and the rows `named` (highlighted).
 */
export function keptRows(rows: readonly TimeRow[], states: readonly string[], named: readonly string[]): number[] {
	const ids = [...new Set(rows.flatMap((r) => Object.keys(r.values)))];
	const keep = new Set<number>();
	// Each series' extremes in a stretch take two rows.
	const stretches = Math.max(24, Math.floor(PAGE_ROWS / (2 * Math.max(1, ids.length))));
	const size = rows.length / stretches;
	for (let b = 0; b < stretches; b++) {
		const lo = Math.floor(b * size);
		const hi = Math.min(rows.length, Math.floor((b + 1) * size)) - 1;
		for (const id of ids) {
			let min = -1;
			let max = -1;
			for (let i = lo; i <= hi; i++) {
				const v = rows[i].values[id];
				if (v === null || v === undefined) continue;
				if (min < 0 || v < (rows[min].values[id] as number)) min = i;
				if (max < 0 || v > (rows[max].values[id] as number)) max = i;
			}
			if (min >= 0) keep.add(min).add(max);
		}
	}
	for (const state of new Set(['all', ...states])) {
		if (!isLinesOverTimeState(state)) continue;
		const [from, to] = stateRange(rows as TimeRow[], state, ids);
		keep.add(from).add(to);
	}
	const peak = peakPeriod(rows as TimeRow[], ids);
	if (peak) keep.add(peak.index);
	let latest = -1;
	rows.forEach((r, i) => {
		// A gap's edges, and the reported rows beside it, so the line breaks where the file does.
		if (i > 0 && isReported(r) !== isReported(rows[i - 1])) keep.add(i - 1).add(i);
		if (named.includes(r.start)) keep.add(i);
		if (isReported(r) && (latest < 0 || compareText(r.date, rows[latest].date) > 0)) latest = i;
	});
	if (latest >= 0) keep.add(latest);
	return [...keep].sort((a, b) => a - b);
}

/** The story as its pages carry it: each long timeline cut to the rows its chart draws. */
export function reduceForPage(story: Story, slug: string): Story {
	const data = { ...story.data };
	const datasets: DatasetMeta[] = [];
	const options = new Map<string, Pick<ChartOptions, 'grain' | 'drawnFrom'>>();
	for (const meta of story.datasets) {
		const rows = [...((story.data[meta.id] ?? []) as TimeRow[])].sort((a, b) => compareText(a.start, b.start));
		if (meta.shape !== 'timeline' || rows.length <= PAGE_ROWS) {
			datasets.push(meta);
			continue;
		}
		const steps = story.steps.filter((s) => s.chart.bind.timeline === meta.id);
		const kept = keptRows(
			rows,
			steps.map((s) => s.state),
			steps.flatMap((s) => s.highlight)
		).map((i) => rows[i]);
		data[meta.id] = kept;
		// The kept rows are no longer evenly spaced: the chart keeps the file's grain, and says how
		// many rows the file has and where it is.
		const grain =
			meta.grain ??
			inferGrain(
				rows.map((r) => r.start),
				rows[0].end
			);
		// Each step's caption from the whole file: what it counts and names are the file's.
		const captions: Record<string, string> = {};
		for (const s of steps) {
			const whole = { ...s, chart: { ...s.chart, options: { ...s.chart.options, grain } } };
			captions[captionKey(s.state, s.highlight)] = KINDS[s.chart.kind].text(
				chartView(story.data, s.chart),
				whole
			).caption;
		}
		options.set(meta.id, { grain, drawnFrom: { rows: rows.length, href: datasetPath(slug, meta.id), captions } });
		datasets.push({
			...meta,
			reduced: { rows: rows.length, kept: kept.length, notReported: notReportedCount(rows), sources: sourcesOf(rows) }
		});
	}
	if (options.size === 0) return story;
	// One new chart per chart, shared by its steps as the loader's are.
	const charts = new Map<StoryChart, StoryChart>();
	const steps: Step[] = story.steps.map((s) => {
		const set = s.chart.bind.timeline ? options.get(s.chart.bind.timeline) : undefined;
		if (!set) return s;
		if (!charts.has(s.chart)) charts.set(s.chart, { ...s.chart, options: { ...s.chart.options, ...set } });
		return { ...s, chart: charts.get(s.chart)! };
	});
	return { ...story, data, datasets, steps };
}

const reducedCopies = new WeakMap<Story, Story>();

/** `reduceForPage`, once per loaded story: every page of a build shares the copy. */
export function pageStory(story: Story, slug: string): Story {
	let copy = reducedCopies.get(story);
	if (!copy) reducedCopies.set(story, (copy = reduceForPage(story, slug)));
	return copy;
}
