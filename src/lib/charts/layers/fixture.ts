/**
 * Test data for the row charts: small builders, and the story's own rows for the ranking,
 * benchmark and prices datasets, typed out so the scene tests are deterministic and do not depend
 * on the loader. Imported by tests only.
 */
import type {
	BenchmarkMetricRow,
	BenchmarkRow,
	Country,
	Datasets,
	ModelRankingRow,
	PriceRow,
	Top10CompositionRow
} from '../../story/types.ts';

const src = { source: 'test', url: null, date: '2026-04', confidence: 'low' as const };

export function datasets(parts: Partial<Datasets>): Datasets {
	return {
		'model-ranking': [],
		'top10-composition': [],
		'provider-share': [],
		'country-share': [],
		'weekly-tokens': [],
		'benchmark-metrics': [],
		benchmarks: [],
		prices: [],
		'china-share-history': [],
		...parts
	};
}

export const rank = (
	r: number,
	model: string | null,
	country: Country | null = null,
	tokensT: number | null = null,
	note = ''
): ModelRankingRow => ({ rank: r, model, lab: model ? 'Lab' : null, country, tokensT, note, ...src });

export const composition = (cn: number, notCn: number): Top10CompositionRow[] => [
	{ group: 'CN', count: cn, note: '', ...src },
	{ group: 'not CN', count: notCn, note: '', ...src }
];

export const metric = (id: string, label: string, unit: string): BenchmarkMetricRow => ({
	id,
	label,
	unit,
	about: '',
	...src
});

export const score = (
	model: string,
	country: Country,
	m: string,
	s: number | null,
	approximate = false,
	error: number | null = null,
	note = ''
): BenchmarkRow => ({ model, lab: 'Lab', country, metric: m, score: s, approximate, error, note, ...src });

export const price = (
	model: string,
	country: Country,
	inputUsd: number,
	outputUsd: number,
	note = ''
): PriceRow => ({ model, lab: 'Lab', country, inputUsd, outputUsd, note, ...src });

/** The story's rows (data/datasets/*.csv, April-May 2026). */
export const STORY = datasets({
	'model-ranking': [
		rank(1, 'MiMo-V2-Pro', 'CN', 8.21),
		rank(
			2,
			'Qwen3.6 Plus (free)',
			'CN',
			6.27,
			'The free tier ran only about 2-8 April 2026 (models.dev catalogue history), which inflates its monthly total.'
		),
		rank(3, 'DeepSeek V3.2', 'CN', 5.41),
		rank(4, 'Claude Sonnet 4.6', 'US', 5.17),
		rank(5, 'MiniMax M2.7', 'CN', 4.75),
		...[6, 7, 8, 9, 10].map((r) => rank(r, null, null, null, 'Not itemized by the source; below 4.75T.'))
	],
	'top10-composition': composition(6, 4),
	'benchmark-metrics': [
		metric('gdpval-aa', 'GDPval-AA', 'Elo'),
		metric('aa-index', 'AA Intelligence Index', 'points'),
		metric('caisi-elo', 'CAISI IRT Elo', 'Elo')
	],
	benchmarks: [
		score('Claude Opus 4.7', 'US', 'gdpval-aa', 1753),
		score('Claude Opus 4.6', 'US', 'gdpval-aa', null),
		score('DeepSeek V4 Pro (Max)', 'CN', 'gdpval-aa', 1554),
		score('GLM-5.1', 'CN', 'gdpval-aa', 1535),
		score('Kimi K2.6', 'CN', 'gdpval-aa', 1484),
		score('GLM-5', 'CN', 'gdpval-aa', 1402),
		score('GPT-5.5 (xhigh)', 'US', 'aa-index', 60),
		score('Claude Opus 4.7', 'US', 'aa-index', 57.3),
		score('Gemini 3.1 Pro', 'US', 'aa-index', 57.2),
		score('GPT-5.4', 'US', 'aa-index', 56.8),
		score('Kimi K2.6', 'CN', 'aa-index', 54),
		score('DeepSeek V4 Pro', 'CN', 'aa-index', 52),
		score('GPT-5.5', 'US', 'caisi-elo', 1260, true),
		score('Claude Opus 4.6', 'US', 'caisi-elo', 999, true),
		score('DeepSeek V4 Pro', 'CN', 'caisi-elo', 800, true, 28)
	],
	prices: [
		price('MiMo-V2-Pro', 'CN', 1.0, 3.0),
		price('Qwen3.6 Plus', 'CN', 0.325, 1.95, 'Paid tier; the free tier ran only in early April.'),
		price('DeepSeek V3.2', 'CN', 0.28, 0.4),
		price('DeepSeek V4 Pro', 'CN', 1.74, 3.48, "DeepSeek's own list price."),
		price('MiniMax M2.7', 'CN', 0.3, 1.2),
		price('Kimi K2.6', 'CN', 0.95, 4.0),
		price('GLM-5.1', 'CN', 1.4, 4.4),
		price('Claude Sonnet 4.6', 'US', 3, 15),
		price('Claude Opus 4.6', 'US', 5, 25),
		price('Claude Opus 4.7', 'US', 5, 25),
		price('GPT-5.4', 'US', 2.5, 15),
		price('GPT-5.5', 'US', 5, 30),
		price('Gemini 3.1 Pro Preview', 'US', 2, 12)
	]
});
