/**
 * Whether a chart's notes leave its rows room to be read. A row chart (RowFrame.svelte) sets every
 * row's `note` cell as a footnote under the plot, and the plot gets what the footnotes leave: a
 * long note squeezes the rows together until their names and bars are drawn over one another. The
 * check sets the footnotes with the stage's estimate (fit.ts: the served fonts' advances, greedy
 * lines) in the chart's frame in the tightest places it is shown, and stops the build at the
 * note's CSV line when the rows would be closer than a label can be small.
 */
import { isMap, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { DataErrorInit } from '../errors.ts';
import { MARKERS } from '../../kinds/rows.ts';
import { plainLines } from './fit.ts';
import type { GuardDataset, GuardNarrative } from './dataset.ts';
import { eachCell, mapGet, scalarText } from './dataset.ts';

/**
 * The kinds that set their rows' notes as footnotes, and the slot of `data:` whose rows they are
 * (grouped-bars/scene.ts, ranked-bars/scene.ts).
 */
const FOOTNOTED: Record<string, string> = { 'grouped-bars': 'pairs', 'ranked-bars': 'ranks' };

/**
 * The smallest distance between two rows at which their names stay apart: the smallest chart
 * label the reading page allows (`tests/e2e/phone.spec.ts` fails a label under 10 px). Closer,
 * the names overlap whatever their size.
 */
export const MIN_ROW = 10;

/**
 * RowFrame.svelte: the footnotes in `12px / 1.3` sans (frames wider than 420 px) under
 * `margin-top: 4px`; the plot is `top: 2px` into its area, over the axis's `26px`.
 */
const FOOT = { size: 12, lineHeight: 1.3, marginTop: 4 } as const;
const AXIS = 26 + 2;

export interface ChartFrame {
	/** As a message names it: `the stage (1024x768)`. */
	place: string;
	/** The frame's width, and its height under the legend's line, in CSS px. */
	width: number;
	height: number;
}

/**
 * The row chart's frame in the tightest places it is held to, as the browser lays out the China
 * story's prices chart (`tests/e2e/stage-fit.spec.ts` checks the stage's): the stage at 1024x768
 * puts the chart over the words, the full width of the canvas; a 1920x1080 still beside its words.
 * The 320x568 phone is left out: there the price chart's rows are already closer than `MIN_ROW`
 * with the China story's own two notes, a layout to fix (what-the-build-refuses.md).
 */
export const CHART_FRAMES: readonly ChartFrame[] = [
	{ place: 'the stage (1024x768)', width: 960, height: 314 },
	{ place: 'a still (1920x1080)', width: 740, height: 482 }
];

/** The height in CSS px of `notes` set as a chart's footnotes in a frame `width` px wide. */
export function footnotesHeight(notes: readonly string[], width: number): number {
	if (!notes.length) return 0;
	const lines = notes.reduce((n, text) => n + plainLines(text, 'sans', 400, FOOT.size, width).length, 0);
	return FOOT.marginTop + lines * FOOT.size * FOOT.lineHeight;
}

/**
 * Why `notes` under a chart of `rows` rows leave them too little room, or null: each frame where
 * the rows would be closer than `MIN_ROW`, and the share of the notes' characters to cut.
 */
export function notesFitProblem(
	notes: readonly string[],
	rows: number,
	frames: readonly ChartFrame[] = CHART_FRAMES
): string | null {
	const over: string[] = [];
	let share = 0;
	for (const frame of frames) {
		const foot = footnotesHeight(notes, frame.width);
		const row = (frame.height - foot - AXIS) / rows;
		if (row >= MIN_ROW) continue;
		over.push(
			`on ${frame.place} they take about ${Math.round(foot)} px and leave its ${rows} rows ${Math.max(0, row).toFixed(1)} px each`
		);
		const room = frame.height - AXIS - rows * MIN_ROW - FOOT.marginTop;
		share = Math.max(share, room <= 0 ? 1 : 1 - room / (foot - FOOT.marginTop));
	}
	if (!over.length) return null;
	const chars = notes.reduce((n, t) => n + [...t].length, 0);
	const cut = Math.ceil((share * chars) / 10) * 10;
	return `${over.join('; ')}, under the ${MIN_ROW} px a row needs to be read; cut about ${Math.ceil(share * 100)}% of the notes (about ${cut} characters), or move the detail to the dataset's limits`;
}

/** The charts story.yaml declares: id, kind and `data:` slots. */
function declaredCharts(n: GuardNarrative): { id: string; kind: string; slots: Map<string, string> }[] {
	const charts = mapGet(n.doc.contents, 'charts');
	if (!isMap(charts)) return [];
	return charts.items.flatMap((p) => {
		const id = scalarText(p.key as YamlNode);
		const kind = scalarText(mapGet(p.value as YamlNode, 'kind'));
		const data = mapGet(p.value as YamlNode, 'data');
		if (id === null || kind === null || !isMap(data)) return [];
		const slots = new Map(
			data.items.flatMap((s) => {
				const [k, v] = [scalarText(s.key as YamlNode), scalarText(s.value as YamlNode)];
				return k === null || v === null ? [] : [[k, v] as [string, string]];
			})
		);
		return [{ id, kind, slots }];
	});
}

/** The ids of the steps that show `chart`. */
function stepsShowing(n: GuardNarrative, chart: string): string[] {
	const steps = mapGet(n.doc.contents, 'steps');
	if (!isSeq(steps)) return [];
	return steps.items.flatMap((s) =>
		scalarText(mapGet(s as YamlNode, 'chart')) === chart ? (scalarText(mapGet(s as YamlNode, 'id')) ?? []) : []
	);
}

/** The column a dataset declares as its rows' names (`columns: { label: ... }`). */
function labelColumn(n: GuardNarrative, id: string): string | null {
	const list = mapGet(n.doc.contents, 'datasets');
	if (!isSeq(list)) return null;
	const entry = list.items.find((d) => scalarText(mapGet(d as YamlNode, 'id')) === id);
	return scalarText(mapGet(mapGet(entry as YamlNode, 'columns'), 'label'));
}

/**
 * Every footnoted chart whose notes leave its rows too little room: one problem at the CSV line of
 * its longest note, naming the chart and the steps that show it.
 */
export function notesUnfit(n: GuardNarrative, datasets: readonly GuardDataset[]): DataErrorInit[] {
	const out: DataErrorInit[] = [];
	for (const chart of declaredCharts(n)) {
		const slot = FOOTNOTED[chart.kind];
		const ds = slot === undefined ? undefined : datasets.find((d) => d.id === chart.slots.get(slot));
		if (!ds || !ds.header.includes('note')) continue;
		const label = labelColumn(n, ds.id) ?? ds.header[0];
		const notes: { text: string; line: number; length: number }[] = [];
		eachCell(ds, (row, column, raw, lineAt) => {
			if (column !== 'note' || !raw.trim()) return;
			const marker = MARKERS[notes.length % MARKERS.length];
			const text = `${marker} ${row.cells[label]?.raw ?? ''}: ${raw.trim()}`;
			notes.push({ text, line: lineAt(raw.length - raw.trimStart().length), length: raw.trim().length });
		});
		const problem = notesFitProblem(
			notes.map((x) => x.text),
			ds.rows.length
		);
		if (!problem) continue;
		const longest = notes.reduce((a, b) => (b.length > a.length ? b : a));
		const steps = stepsShowing(n, chart.id).map((s) => `"${s}"`);
		const shown = steps.length ? ` (shown by step${steps.length > 1 ? 's' : ''} ${steps.join(', ')})` : '';
		out.push({
			file: ds.file,
			line: longest.line,
			field: 'note',
			detail: `the notes under chart "${chart.id}"${shown}: ${problem}`
		});
	}
	return out;
}
