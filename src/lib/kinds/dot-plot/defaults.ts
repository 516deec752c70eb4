import type { LangDefaults } from '../../model/words.ts';

/**
 * The words of a dot-plot chart a story may leave out (see spec.ts), in each language, as the
 * chart printed them in English before they were words: how an approximate score and a stated
 * error print, and the table's headings of the score, its source and its date.
 */
export const DOT_PLOT_DEFAULTS = {
	en: {
		approximate: '~{score}',
		error: '{score} ±{error}',
		'column-score': '{metric} ({unit})',
		'column-source': 'Source',
		'column-date': 'Date'
	},
	zh: {
		approximate: '约{score}',
		error: '{score}±{error}',
		'column-score': '{metric}（{unit}）',
		'column-source': '来源',
		'column-date': '日期'
	},
	ar: {
		approximate: 'نحو {score}',
		error: '{score} ±{error}',
		'column-score': '{metric} ({unit})',
		'column-source': 'المصدر',
		'column-date': 'التاريخ'
	}
} as const satisfies LangDefaults;
