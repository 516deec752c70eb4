/**
 * The story's data model: what `data/` holds once it has been parsed and validated.
 *
 * Everything the page shows is one of these values. A value the source did not report is
 * `null` (written `not reported` in the data files), never a guess, so charts can draw the gap.
 */

export type Confidence = 'high' | 'medium' | 'low';
export type Country = 'US' | 'CN';
/** `derived` values are computed from reported ones (a sum, a remainder) and are drawn as such. */
export type Basis = 'reported' | 'derived';
/**
 * How a week's leader is known: `reported` (the week's tallies, or a report that says who led),
 * or `inferred` from the sources' streak counts ("second consecutive week" dates the week before).
 */
export type LeaderBasis = 'reported' | 'inferred';

/** Where a row comes from. Every dataset row carries one. */
export interface SourceRef {
	/** Human name of the source, e.g. "The Hype, citing OpenRouter". */
	source: string;
	/** Link to the source; `null` where the row records that nothing was reported. */
	url: string | null;
	/** Date of the source or snapshot (YYYY-MM-DD, or YYYY-MM when only the month is known). */
	date: string;
	/** `null` only on rows that record the absence of a report. */
	confidence: Confidence | null;
}

/** data/datasets/model-ranking.csv: the top-10 models by monthly tokens, April 2026. */
export interface ModelRankingRow extends SourceRef {
	rank: number;
	/** `null` for ranks the source does not itemize. */
	model: string | null;
	lab: string | null;
	country: Country | null;
	/** Monthly tokens in trillions. */
	tokensT: number | null;
	note: string;
}

/** data/datasets/top10-composition.csv: how many of the top 10 come from China, as reported. */
export interface Top10CompositionRow extends SourceRef {
	group: 'CN' | 'not CN';
	count: number;
	note: string;
}

/** data/datasets/provider-share.csv: share of OpenRouter tokens by provider (lab). */
export interface ProviderShareRow extends SourceRef {
	id: string;
	label: string;
	/** `null` for the remainder ("everyone else"), which has no single country. */
	country: Country | null;
	sharePct: number;
	basis: Basis;
	note: string;
}

/** data/datasets/country-share.csv: share of OpenRouter tokens by the lab's country. */
export interface CountryShareRow extends SourceRef {
	id: string;
	label: string;
	country: Country | null;
	sharePct: number;
	basis: Basis;
	note: string;
}

/** data/datasets/weekly-tokens.csv: one row per week, reported or not. */
export interface WeeklyTokensRow extends SourceRef {
	/** Monday, YYYY-MM-DD. */
	weekStart: string;
	/** Sunday, YYYY-MM-DD. */
	weekEnd: string;
	chinaT: number | null;
	usT: number | null;
	totalT: number | null;
	/** Whose models drew more tokens that week; `null` when no source says or implies it. */
	leader: Country | null;
	/** How the leader is known; `null` with no leader. */
	leaderBasis: LeaderBasis | null;
	note: string;
}

/** data/datasets/benchmark-metrics.csv: the scales the benchmark chart can use, one at a time. */
export interface BenchmarkMetricRow extends SourceRef {
	id: string;
	label: string;
	/** Short unit for axis labels, e.g. "Elo". */
	unit: string;
	about: string;
}

/** data/datasets/benchmarks.csv: one score of one model on one metric. */
export interface BenchmarkRow extends SourceRef {
	model: string;
	lab: string;
	country: Country;
	/** An id from benchmark-metrics.csv. */
	metric: string;
	score: number | null;
	/** The source gives the score as approximate ("~1260"). */
	approximate: boolean;
	/** Plus-or-minus error the source states, if any. */
	error: number | null;
	note: string;
}

/** data/datasets/prices.csv: list prices in US$ per million tokens. */
export interface PriceRow extends SourceRef {
	model: string;
	lab: string;
	country: Country;
	inputUsd: number;
	outputUsd: number;
	note: string;
}

/**
 * data/datasets/china-share-history.csv: the share of OpenRouter usage Chinese models held before
 * 2026, from a second source (OpenRouter and a16z's study), so the weekly story has a before.
 */
export interface ChinaShareHistoryRow extends SourceRef {
	id: string;
	/** The period in words, e.g. "late 2024" or "2025, on average". */
	period: string;
	sharePct: number;
	note: string;
}

/** Every dataset, by the id the narrative file gives it. */
export interface Datasets {
	'model-ranking': ModelRankingRow[];
	'top10-composition': Top10CompositionRow[];
	'provider-share': ProviderShareRow[];
	'country-share': CountryShareRow[];
	'weekly-tokens': WeeklyTokensRow[];
	'benchmark-metrics': BenchmarkMetricRow[];
	benchmarks: BenchmarkRow[];
	prices: PriceRow[];
	'china-share-history': ChinaShareHistoryRow[];
}
export type DatasetId = keyof Datasets;

/** A run of text inside a paragraph. Copy is plain text with `**strong**` and `[links](url)`. */
export type Inline =
	| { kind: 'text'; text: string }
	| { kind: 'strong'; text: string }
	| { kind: 'link'; text: string; href: string };
export type Paragraph = Inline[];

/**
 * A chart's words (titles, units, legends, labels) by key, as the editors wrote them in the
 * `charts:` section of story.yaml; `{slot}`s are filled from the data (see charts/words.ts).
 */
export type ChartWords = Readonly<Record<string, string>>;

/** One step of the narrative: what the reader reads while the chart shows `chart` in `state`. */
export interface Step {
	/** Unique, URL-safe: used as the element id and the URL hash. */
	id: string;
	/** Optional small heading shown above the copy (a section start). */
	kicker: string | null;
	/** Which chart the sticky figure shows. */
	chart: ChartId;
	/** The chart's state for this step; each chart lists the states it knows. */
	state: string;
	/** Row labels (model, provider or week) the chart should emphasise. */
	highlight: string[];
	copy: Paragraph[];
	/** Speaker notes for the stage's presenter view; never shown to readers. */
	notes: string;
	/** Datasets this step's copy draws on, for the source line under it. */
	cite: DatasetId[];
	/** The words of this step's chart (every step of one chart shares the same object). */
	words: ChartWords;
}

export interface DatasetMeta {
	id: DatasetId;
	/** Path relative to the project root, e.g. data/datasets/prices.csv. */
	file: string;
	title: string;
	/** Short credit shown under the chart and the steps, e.g. "OpenRouter data via The Hype". */
	credit: string;
	about: string;
	/** What this data cannot tell us: shown in the sources-and-method section. */
	limits: string[];
}

export interface StoryMeta {
	/** Small line above the title, e.g. "Data story · OpenRouter usage"; null for none. */
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
}

export interface Story {
	meta: StoryMeta;
	steps: Step[];
	datasets: DatasetMeta[];
	data: Datasets;
}

export const CHART_IDS = ['ranking', 'share', 'timeline', 'benchmark', 'prices'] as const;
export type ChartId = (typeof CHART_IDS)[number];
