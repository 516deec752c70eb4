import type { LangDefaults } from '../../model/words.ts';

/**
 * The words of a lines-over-time chart a story may leave out (see spec.ts), in each language: the
 * verb its captions use for the series that leads a period ("led"; a price chart where lower is
 * better may say "was cheapest"), and the frames of its generated sentences, each in its
 * language's order. English reads as the chart printed it before these were words.
 */
export const LINES_OVER_TIME_DEFAULTS = {
	en: {
		led: 'led',
		'caption-open': '{lead}, {span}: {coverage}',
		'coverage-all': 'every {grain} reported.',
		'coverage-gaps': '{reported} of {shown} {grains} reported, the rest left as gaps.',
		'coverage-some': '{reported} of {shown} {grains} reported.',
		'lead-named': '{series} {led} in {count} of the {reported} reported {grains}',
		'lead-summary': '{series} {led} in {count} of them',
		'lead-other-count': ', {series} in {count}',
		'lead-other-periods': '; {series} {led} in the {grain} of {periods} ({values})',
		tied: '; tied in {count}',
		'no-leader': 'No series {led} more often than another; tied in {count}.',
		untallied:
			"By the sources' {how}, {series} {led} {periods}, {without} (not drawn): {count} of the {shown} {grains} shown.",
		'untallied-also': 'also {led}',
		'untallied-how-streaks': 'streak counts',
		'untallied-how-reports': 'reports and streak counts',
		'untallied-one': 'a {grain} without tallies',
		'untallied-many': '{grains} without tallies',
		'at-least': 'at least {count}',
		'series-value': '{series} {value}',
		spread: '{low} to {high}',
		range: 'Range: {low} to {high}.',
		'range-end': '{series} {value} ({period})',
		latest: 'Latest, {period}: {values}.',
		highlighted: 'Highlighted: {items}.',
		'highlighted-item': '{period}, {values}',
		'drawn-from':
			"Drawn from {count} of the file's {rows} {grains}: each stretch's highest and lowest values, every gap's edges and every highlighted {grain}.",
		'every-row': 'Every row ({rows}, CSV)',
		'column-ahead': 'Ahead',
		tie: 'tie',
		inferred: '{series} (inferred)'
	},
	zh: {
		led: '领先',
		'caption-open': '{lead}，{span}：{coverage}',
		'coverage-all': '每{grain}均有报告。',
		'coverage-gaps': '{shown}{grains}中有{reported}{grains}有报告，其余留空。',
		'coverage-some': '{shown}{grains}中有{reported}{grains}有报告。',
		'lead-named': '在有报告的{reported}{grains}中，{series}{led}{count}{grains}',
		'lead-summary': '其中{series}{led}{count}{grains}',
		'lead-other-count': '，{series}{count}{grains}',
		'lead-other-periods': '；{series}在{periods}这{grain}{led}（{values}）',
		tied: '；{count}{grains}持平',
		'no-leader': '没有哪个系列{led}得更多；{count}{grains}持平。',
		untallied:
			'据来源的{how}，{series}还{led}了{periods}，{without}（未绘出）：在所示{shown}{grains}中{count}{grains}。',
		'untallied-also': '{led}',
		'untallied-how-streaks': '连续周数',
		'untallied-how-reports': '报道和连续周数',
		'untallied-one': '该{grain}没有统计',
		'untallied-many': '这些{grains}没有统计',
		'at-least': '至少{count}',
		'series-value': '{series}{value}',
		spread: '{low}至{high}',
		range: '范围：{low}至{high}。',
		'range-end': '{series}{value}（{period}）',
		latest: '最近一期{period}：{values}。',
		highlighted: '标出：{items}。',
		'highlighted-item': '{period}，{values}',
		'drawn-from':
			'从文件的{rows}{grains}中选取{count}{grains}绘制：每段的最高值和最低值、每个缺口的两端，以及每个标出的{grain}。',
		'every-row': '全部数据（{rows}行，CSV）',
		'column-ahead': '领先',
		tie: '持平',
		inferred: '{series}（推断）'
	},
	ar: {
		led: 'تصدّرت',
		'caption-open': '{lead}، {span}: {coverage}',
		'coverage-all': 'أُعلنت أرقام كل {grain}.',
		'coverage-gaps': 'أُعلنت أرقام {reported} من {shown} {grains}، وتُركت البقية فارغة.',
		'coverage-some': 'أُعلنت أرقام {reported} من {shown} {grains}.',
		'lead-named': '{led} {series} في {count} من {reported} {grains} أُعلنت أرقامها',
		'lead-summary': '{led} {series} في {count} منها',
		'lead-other-count': '، و{series} في {count}',
		'lead-other-periods': '؛ و{led} {series} في {grain} {periods} ({values})',
		tied: '؛ وتعادلت في {count}',
		'no-leader': 'لم تتصدّر أي سلسلة أكثر من غيرها؛ وتعادلت في {count}.',
		untallied:
			'بحسب {how} لدى المصادر، {led} {series} {periods}، {without} (غير مرسومة): {count} من {shown} {grains} معروضة.',
		'untallied-also': '{led} أيضًا',
		'untallied-how-streaks': 'أعداد التتابع',
		'untallied-how-reports': 'التقارير وأعداد التتابع',
		'untallied-one': '{grain} بلا أرقام',
		'untallied-many': '{grains} بلا أرقام',
		'at-least': '{count} على الأقل',
		'series-value': '{series} {value}',
		spread: 'من {low} إلى {high}',
		range: 'المدى: من {low} إلى {high}.',
		'range-end': '{series} {value} ({period})',
		latest: 'الأحدث، {period}: {values}.',
		highlighted: 'المُبرَز: {items}.',
		'highlighted-item': '{period}، {values}',
		'drawn-from':
			'رُسمت {count} من {rows} {grains} في الملف: أعلى قيمة وأدناها في كل مقطع، وطرفا كل فجوة، وكل {grain} مُبرَز.',
		'every-row': 'كل الصفوف ({rows}، CSV)',
		'column-ahead': 'المتقدّم',
		tie: 'تعادل',
		inferred: '{series} (مُستنتَج)'
	}
} as const satisfies LangDefaults;
