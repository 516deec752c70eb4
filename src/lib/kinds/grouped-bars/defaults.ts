import type { LangDefaults } from '../../model/words.ts';

/**
 * The words of a grouped-bars chart a story may leave out (see spec.ts), in each language, as
 * the chart printed them in English before they were words.
 */
export const GROUPED_BARS_DEFAULTS = {
	en: {
		value: '${value}',
		pair: '{first} in / {second} out',
		'pair-short': '{first} / {second}',
		span: '{low} to {high}',
		'rank-prefix': '#{rank}',
		'column-note': 'Note'
	},
	zh: {
		value: '{value}美元',
		pair: '输入{first} / 输出{second}',
		'pair-short': '{first} / {second}',
		span: '{low}至{high}',
		'rank-prefix': '第{rank}名',
		'column-note': '注'
	},
	ar: {
		value: '{value} دولار',
		pair: '{first} للإدخال / {second} للإخراج',
		'pair-short': '{first} / {second}',
		span: 'من {low} إلى {high}',
		'rank-prefix': '#{rank}',
		'column-note': 'ملاحظة'
	}
} as const satisfies LangDefaults;
