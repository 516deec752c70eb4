import type { DatasetId, Datasets, Step } from '../story/types.ts';
import type { WordSpec } from './words.ts';

/** A plain table a screen reader can reach: the chart state's data, as shown. */
export interface DataTable {
	columns: string[];
	rows: string[][];
}

/** The words of one chart state, generated from its data: shown, announced and exported. */
export interface ChartText {
	/** Headline above the chart. */
	title: string;
	/** What the axis or arc measures, e.g. "Monthly tokens, trillions". */
	unit: string;
	/** One or two sentences that say what the state shows: the chart's text alternative. */
	caption: string;
	table: DataTable;
}

/**
 * What the build, the page and the tests know about a chart without drawing it.
 * Pure TypeScript: the data validator imports it at build time.
 */
export interface ChartSpec {
	id: string;
	/** Datasets the chart reads; each must be declared in data/story.yaml. */
	datasets: DatasetId[];
	/** The states a step may ask for (may depend on the data, e.g. one per benchmark metric). */
	states: (data: Datasets) => string[];
	/** Row labels a step may `highlight` in a given state. */
	keys: (data: Datasets, state: string) => string[];
	/** Text alternative of one step's state. */
	text: (data: Datasets, step: Step) => ChartText;
	/** The whole scene of one step (marks, labels, text): what the component draws. */
	scene: (data: Datasets, step: Step) => { text: ChartText };
	/** The words the chart shows, each with the `{slots}` it may fill (see words.ts). */
	words: WordSpec;
}

/** Props every chart component takes: the data and the current step, nothing else. */
export interface ChartProps {
	data: Datasets;
	step: Step;
}
