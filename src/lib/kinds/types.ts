import type { ChartOptions, Datasets, Group, KindId, RoleId, ShapeId, Step, StoryData } from '../model/types.ts';
import type { LangDefaults, WordSpec } from '../model/words.ts';

/** A plain table a screen reader can reach: the chart state's data, as shown. */
export interface DataTable {
	columns: string[];
	rows: string[][];
	/**
	 * Where the page carries fewer rows than the file: how many it has, how they were chosen, and a
	 * link to the file with its words (written here, so the page's table needs no number format).
	 */
	full?: { rows: number; href: string; note: string; link: string };
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

/** A role of a chart kind: the shape its dataset must have, and whether a chart may leave it out. */
export interface RoleSpec {
	shape: ShapeId;
	optional?: boolean;
	/** What the role holds, for error messages: "the ranked items". */
	about: string;
}

/**
 * What the build, the page and the tests know about a chart kind without drawing it: its roles
 * (the datasets it reads, each of a shape with its channels), its states and its words.
 * Pure TypeScript: the data validator imports it at build time. `data` is the chart's view
 * (`chartView`): its roles' rows.
 */
export interface ChartSpec {
	id: KindId;
	/** The datasets the kind reads, by role. */
	roles: Partial<Record<RoleId, RoleSpec>>;
	/** The options it reads from the chart's `options:` (others are refused). */
	options: readonly (keyof ChartOptions)[];
	/** The states a step may ask for (may depend on the data, e.g. one per metric). */
	states: (data: Datasets, groups: readonly Group[]) => string[];
	/** Row labels a step may `highlight` in a given state. */
	keys: (data: Datasets, state: string, groups: readonly Group[]) => string[];
	/** Text alternative of one step's state. */
	text: (data: Datasets, step: Step) => ChartText;
	/** The whole scene of one step (marks, labels, text): what the component draws. */
	scene: (data: Datasets, step: Step) => { text: ChartText };
	/** The words the chart shows, each with the `{slots}` it may fill (see words.ts). */
	words: WordSpec;
	/** Words of `words` a story may leave out, with their text then (see `WordDefaults`). */
	defaults?: LangDefaults;
}

/**
 * Props every chart component takes: the story's data and the current step, nothing else (the
 * component reads its roles with `chartView`).
 */
export interface ChartProps {
	data: StoryData;
	step: Step;
}

/**
 * What every figure around a chart is drawn from (the reading page's, the stage's, an embed's):
 * the chart's data and step, its words and its source line.
 */
export interface FigureProps extends ChartProps {
	/** The step's chart text (title, caption, table), written at build time from the data. */
	text: ChartText;
	/** Source credit for the step's datasets. */
	credit: string;
}
