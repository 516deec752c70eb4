import type { LangDefaults } from '../../model/words.ts';

/**
 * The words of a part-of-whole chart a story may leave out (see spec.ts), in each language, as
 * the chart printed them in English before they were words: its number formats, the basis words,
 * the captions' frames and the table's headings.
 */
export const PART_OF_WHOLE_DEFAULTS = {
	en: {
		value: '{value}%',
		points: '{value} pts',
		'points-long': '{value} percentage points',
		part: '{label} {value}',
		'part-noted': '{label} {value} ({note})',
		derived: 'derived',
		reported: 'reported',
		'short-derived': 'Others',
		'caption-shares': '{title}: {parts}.',
		'caption-gap': '{parts}. The gap, {leader} over {follower}: {points} (derived: {formula}).',
		'row-gap': 'Gap, {leader} minus {follower}',
		'column-share': 'Share',
		'column-basis': 'Basis'
	},
	zh: {
		value: '{value}%',
		points: '{value}个百分点',
		'points-long': '{value}个百分点',
		part: '{label} {value}',
		'part-noted': '{label} {value}（{note}）',
		derived: '推算',
		reported: '报告值',
		'short-derived': '其他',
		'caption-shares': '{title}：{parts}。',
		'caption-gap': '{parts}。{leader}领先{follower}{points}（推算：{formula}）。',
		'row-gap': '差距：{leader}减{follower}',
		'column-share': '份额',
		'column-basis': '依据'
	},
	ar: {
		value: '{value}%',
		points: '{value} نقطة',
		'points-long': '{value} نقطة مئوية',
		part: '{label} {value}',
		'part-noted': '{label} {value} ({note})',
		derived: 'محسوب',
		reported: 'مُعلَن',
		'short-derived': 'أخرى',
		'caption-shares': '{title}: {parts}.',
		'caption-gap': '{parts}. الفارق بين {leader} و{follower}: {points} (محسوب: {formula}).',
		'row-gap': 'الفارق، {leader} ناقص {follower}',
		'column-share': 'الحصة',
		'column-basis': 'الأساس'
	}
} as const satisfies LangDefaults;
