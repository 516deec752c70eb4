/**
 * The story's data model: what `data/` holds once it has been parsed and validated.
 *
 * Everything the page shows is one of these values. A value the source did not report is
 * `null` (written `not reported` in the data files), never a guess, so charts can draw the gap.
 */

import type { Grain } from './periods.ts';
import type { LangCode } from './locale/langs.ts';

export type Confidence = 'high' | 'medium' | 'low';
/** The id of one of the story's groups (`groups:` in story.yaml), as its data cells write it. */
export type GroupId = string;

/** A family the story's rows belong to: drawn in its colour, named by its label and tag. */
export interface Group {
	/** What the data cells write, e.g. a country code. */
	id: GroupId;
	/** The group in sentences, as an adjective: "the {label} model". */
	label: string;
	/** Short tag printed beside a mark, so the group never rests on colour alone. */
	tag: string;
	/** `#rrggbb` per theme; each passes WCAG contrast on its theme's backgrounds. */
	colour: { light: string; dark: string };
}
/**
 * `derived` values are computed from reported ones (a sum, a remainder) and are drawn as such;
 * `combined` is reported as one total of several parts the source does not split.
 */
export type Basis = 'reported' | 'derived' | 'combined';
/**
 * How a period's leader is known: `reported` (the week's tallies, or a report that says who led),
 * or `inferred` from the sources' streak counts ("second consecutive week" dates the week before).
 */
export type LeaderBasis = 'reported' | 'inferred';

/** Where a row comes from. Every dataset row carries one. */
export interface SourceRef {
	/** Human name of the source, e.g. "The Daily, citing the Statistics Office". */
	source: string;
	/** Link to the source; `null` where the row records that nothing was reported. */
	url: string | null;
	/** Date of the source or snapshot (YYYY-MM-DD, or YYYY-MM when only the month is known). */
	date: string;
	/** `null` only on rows that record the absence of a report. */
	confidence: Confidence | null;
}

/** Shape `ranks`: one row per rank; a rank the source does not name is all "not reported". */
export interface RankRow extends SourceRef {
	rank: number;
	/** `null` for ranks the source does not itemize. */
	label: string | null;
	/** A shorter label for narrow charts, or empty for the label itself (column `short`, optional). */
	short: string;
	sub: string | null;
	group: GroupId | null;
	/** Monthly tokens in trillions. */
	value: number | null;
	note: string;
}

/** Shape `counts`: how many of a ranking fall in a group, as reported. */
export interface CountRow extends SourceRef {
	/** A group id, or "not <id>" for the rows outside that group. */
	group: string;
	count: number;
	note: string;
}

/** Shape `shares`: parts of one whole, in %, each with its group (or none). */
export interface ShareRow extends SourceRef {
	id: string;
	label: string;
	/** `null` for the remainder ("everyone else"), which has no single country. */
	group: GroupId | null;
	value: number;
	basis: Basis;
	note: string;
}

/**
 * Shape `timeline`: one row per period (a day, week, month, quarter or year: see `model/periods.ts`),
 * reported or not, or one per dated observation of an irregular series; one value per series.
 */
export interface TimeRow extends SourceRef {
	/** The period's first day (an observation's date), YYYY-MM-DD. */
	start: string;
	/** Its last day, YYYY-MM-DD, where the file gives one (column `end`, optional); else null. */
	end: string | null;
	/**
	 * One value per series, by group id, in the order the dataset's `series:` lists them (each
	 * mapped to a column); `null` where not reported.
	 */
	values: Record<GroupId, number | null>;
	/** Everyone's total that period, where reported (column `total`, optional). */
	total: number | null;
	/** Who led that period, where a source says or implies it (column `leader`, optional); `null` else. */
	leader: GroupId | null;
	/** How the leader is known; `null` with no leader. */
	leaderBasis: LeaderBasis | null;
	note: string;
}

/** Shape `metrics`: the scales a dot plot shows, one at a time. */
export interface MetricRow extends SourceRef {
	id: string;
	label: string;
	/** Short unit for axis labels, e.g. "Elo". */
	unit: string;
	about: string;
}

/** Shape `scores`: one score of one item on one metric. */
export interface ScoreRow extends SourceRef {
	label: string;
	/** A shorter label for narrow charts, or empty for the label itself (column `short`, optional). */
	short: string;
	sub: string;
	group: GroupId;
	/** An id from benchmark-metrics.csv. */
	metric: string;
	value: number | null;
	/** The source gives the score as approximate ("~1260"). */
	approximate: boolean;
	/** Plus-or-minus error the source states, if any. */
	error: number | null;
	note: string;
}

/** Shape `pairs`: two values per item, e.g. an input and an output price. */
export interface PairRow extends SourceRef {
	label: string;
	/** A shorter label for narrow charts, or empty for the label itself (column `short`, optional). */
	short: string;
	sub: string;
	group: GroupId;
	first: number;
	second: number;
	note: string;
}

/** Shape `periods`: a value per period, cited by the copy (e.g. a share before the chart's time). */
export interface PeriodRow extends SourceRef {
	id: string;
	/** The period in words, e.g. "the year before" or "the first half". */
	label: string;
	value: number;
	note: string;
}

/**
 * The shapes a dataset's rows may take: each a set of channels (the row's fields, read from the
 * columns the dataset maps onto them) with its own checks. A chart kind's roles each take one
 * shape (see charts/kinds.ts).
 */
export interface Shapes {
	/** Ranked items: rank, label, sub-label, group, value; unnamed ranks as "not reported". */
	ranks: RankRow;
	/** How many items of a ranking fall in a group ("DK") or outside one ("not DK"). */
	counts: CountRow;
	/** Shares of one whole, in % (a `derived` remainder, a `combined` total of unsplit parts). */
	shares: ShareRow;
	/** One row per period or dated observation, one value per series (a group), unreported periods included. */
	timeline: TimeRow;
	/** The scales a dot plot shows one at a time. */
	metrics: MetricRow;
	/** One score of one item on one metric. */
	scores: ScoreRow;
	/** Two values per item (a bar and the start of its range). */
	pairs: PairRow;
	/** A value per period, cited by the copy but drawn by no chart. */
	periods: PeriodRow;
}
export type ShapeId = keyof Shapes;
export const SHAPE_IDS = [
	'ranks',
	'counts',
	'shares',
	'timeline',
	'metrics',
	'scores',
	'pairs',
	'periods'
] as const satisfies readonly ShapeId[];

/** A dataset's id as the story declares it (any lowercase id). */
export type DatasetId = string;

/** Every dataset's rows, by the id the story gives it. */
export type StoryData = Record<DatasetId, readonly object[]>;

/** What one chart reads: the rows bound to its kind's roles (its `data:`); an unbound role is empty. */
export interface Datasets {
	ranks: RankRow[];
	counts: CountRow[];
	parts: ShareRow[];
	totals: ShareRow[];
	timeline: TimeRow[];
	metrics: MetricRow[];
	scores: ScoreRow[];
	pairs: PairRow[];
}
export type RoleId = keyof Datasets;

/** A run of text inside a paragraph. Copy is plain text with `**strong**`, `*em*` and `[links](url)`. */
export type Inline =
	| { kind: 'text'; text: string }
	| { kind: 'strong'; text: string }
	| { kind: 'em'; text: string }
	| { kind: 'link'; text: string; href: string };
export type Paragraph = Inline[];

/** A chart's words by key, as written under `charts:`; `{slot}`s are filled from the data (words.ts). */
export type ChartWords = Readonly<Record<string, string>>;

/**
 * A chart of the story (`charts:` in story.yaml): its kind, the datasets bound to the kind's
 * roles, its options and its words. Every step that shows it refers to this one object.
 */
export interface StoryChart {
	/** The id the steps name it by. */
	id: string;
	kind: KindId;
	/** The kind's roles bound to dataset ids. */
	bind: Readonly<Partial<Record<RoleId, DatasetId>>>;
	options: ChartOptions;
	/** Titles, units, legends and labels, as the editors wrote them. */
	words: ChartWords;
}

/** One step of the narrative: what the reader reads while its chart shows `state`. */
export interface Step {
	/** Unique, URL-safe: used as the element id and the URL hash. */
	id: string;
	/** Optional small heading shown above the copy (a section start). */
	kicker: string | null;
	/** Which of the story's charts the figure shows. */
	chart: StoryChart;
	/** The chart's state for this step; each chart lists the states it knows. */
	state: string;
	/** Row labels (model, provider or week) the chart should emphasise. */
	highlight: string[];
	copy: Paragraph[];
	/**
	 * Speaker notes for the stage's presenter view, read like copy; never shown to readers (the
	 * pages for readers carry none: an empty list).
	 */
	notes: Paragraph[];
	/** Datasets this step's copy draws on, for the source line under it. */
	cite: DatasetId[];
	/** The story's groups (every step shares the same array). */
	groups: readonly Group[];
	/** The language of the step's words: the chart writes its sentences, numbers and dates in it. */
	lang: LangCode;
}

/** Options a chart may set in story.yaml (`options:`), read by the kinds that use them. */
export interface ChartOptions {
	/** Dot plot: is a higher or a lower score better (the leader, the order). Default higher. */
	better?: 'higher' | 'lower';
	/** Dot plot: where the axis starts; default a round number below the lowest score. */
	start?: number;
	/**
	 * How many decimals the chart's values print with, on labels, tips, captions and the table
	 * (not the axis ticks, which print as many as their step needs); default each kind's own.
	 */
	decimals?: number;
	/**
	 * Lines over time: the group of each series (series id -> group id), from the bound dataset's
	 * `series:`; set by the loader, not written under `options:`.
	 */
	seriesGroups?: Readonly<Record<string, GroupId>>;
	/** Lines over time: the bound dataset's declared `grain:`; set by the loader like `seriesGroups`. */
	grain?: Grain;
	/**
	 * Lines over time, on a page's copy of a long timeline (loading/reduce.ts): the rows of the
	 * whole file and where the page links it. Set by the build, never written.
	 */
	drawnFrom?: {
		rows: number;
		href: string;
		/** Each step's caption as the whole file gives it (by `captionKey` of lines-over-time's text). */
		captions?: Readonly<Record<string, string>>;
	};
}

export interface DatasetMeta {
	id: DatasetId;
	/** The shape of its rows. */
	shape: ShapeId;
	/** Channel -> column, for the channels whose column is not named as the channel. */
	columns: Readonly<Record<string, string>>;
	/** A timeline's series: series id -> the column that holds its values, in drawing order. */
	series?: Record<string, string>;
	/** A timeline's series: series id -> its group. */
	seriesGroups?: Record<string, GroupId>;
	/** A timeline's grain, where the story declares it (`grain:`); else inferred from the dates. */
	grain?: Grain;
	/**
	 * Set on the pages' copy of a story whose timeline has more rows than a plot can show: the
	 * pages carry `kept` of its `rows` (loading/reduce.ts), and the file's own figures for the
	 * sources section.
	 */
	reduced?: ReducedDataset;
	/** Path relative to the project root, e.g. data/stories/china-ai-market/datasets/prices.csv (any file name). */
	file: string;
	title: string;
	/** Short credit shown under the chart and the steps, e.g. "Statistics Office data via The Daily". */
	credit: string;
	about: string;
	/** What this data cannot tell us: shown in the sources-and-method section. */
	limits: string[];
}

/** What a page's copy of a long dataset keeps, and what the whole file says. */
export interface ReducedDataset {
	/** Rows in the file. */
	rows: number;
	/** Rows the pages carry: each stretch's highest and lowest, and every row a step names. */
	kept: number;
	/** Rows of the file that record a value as not reported. */
	notReported: number;
	/** The file's sources, as the sources section lists them (`sourcesOf` in loading/sources.ts). */
	sources: SourceCount[];
}

/** One source of a dataset's rows, and how many rows rest on it. */
export interface SourceCount {
	/** Unique within a dataset: two items of one source (same name and date) differ by url. */
	key: string;
	source: string;
	url: string | null;
	date: string;
	confidence: Confidence;
	rows: number;
}

export interface StoryMeta {
	/** Small line above the title, e.g. "Data story · Energy"; null for none. */
	label: string | null;
	title: string;
	dek: string;
	byline: string;
	/** The article this story retells, for the attribution line. */
	basedOn: { title: string; publisher: string; url: string; date: string };
	/** Shown at the end: method notes and caveats that apply to the whole story. */
	method: Paragraph[];
	/** Planned length of a talk on stage, in minutes: the presenter view paces against it. */
	talkMinutes: number | null;
	/** Where the story is published (an absolute https:// address): share cards point there. Null
	 * when not set; `npm run publish` then needs `--site`. */
	site: string | null;
	/** The origins whose pages may frame the story's embeds (`/<slug>/embed/`), such as
	 * `https://www.example-news.com` or `https://*.example-news.com`; null lets any site embed them.
	 * `npm run publish` writes them into the embeds' `frame-ancestors` header. */
	embedOn: string[] | null;
	/** The day the story was first published, YYYY-MM-DD; null for a draft (publish refuses one). */
	published: string | null;
	/** Who wrote the story (a person or a desk), for the page's structured data; null when not set. */
	author: string | null;
	/** Who publishes it (the newsroom), for the page's structured data; null when not set. */
	publisher: string | null;
}

/** What kind of change an entry of story.yaml's `updates:` records. */
export type UpdateKind = 'update' | 'correction';

/**
 * A dated change to a published story (story.yaml's `updates:`): an `update` adds or clarifies, a
 * `correction` puts right something the story got wrong. Shown with its date in the story's log,
 * a correction also at the top.
 */
export interface StoryUpdate {
	/** YYYY-MM-DD, not before `meta.published` nor after the build's day. */
	date: string;
	kind: UpdateKind;
	/** The note readers see, in plain words (bold, italics and links as in copy). */
	note: Paragraph[];
	/** The datasets (`prices`) or rows (`prices[Zephyr-X2]`) the change concerns; empty for words alone. */
	concerns: string[];
}

export interface Story {
	/** The language of its words: English for story.yaml, an edition's own otherwise. */
	lang: LangCode;
	meta: StoryMeta;
	/** The dated changes since publication, oldest first. */
	updates: StoryUpdate[];
	groups: Group[];
	steps: Step[];
	datasets: DatasetMeta[];
	data: StoryData;
}

/** The chart kinds a story can use (charts/kinds.ts says what each draws). */
export const KIND_IDS = ['ranked-bars', 'part-of-whole', 'lines-over-time', 'dot-plot', 'grouped-bars'] as const;
export type KindId = (typeof KIND_IDS)[number];
