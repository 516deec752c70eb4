import type { LangDefaults } from '../../model/words.ts';

/**
 * The words of a ranked-bars chart a story may leave out (see spec.ts), in each language, as the
 * chart printed them in English before they were words: the sentences on the unnamed ranks and on
 * a group's rows, the table's rank and note headings.
 */
export const RANKED_BARS_DEFAULTS = {
	en: {
		'unnamed-count-one': '{count} is {group}',
		'unnamed-count-many': '{count} are {group}',
		'unnamed-count-not-one': '{count} is not',
		'unnamed-count-not-many': '{count} are not',
		'unnamed-of': '{count} of these {slots}',
		'unnamed-note': '{counts} — which ones is not reported',
		'unnamed-note-none': 'These {slots} are not itemized by the source',
		'unnamed-note-ceiling': '; each below {value}',
		'caption-all': 'The source names ranks 1 to {named} only.',
		'caption-all-split': 'Of ranks {first} to {last}, {counts}; which ones is not reported.',
		'caption-all-unsplit': 'Ranks {first} to {last} are not itemized.',
		'caption-group-one': '{items} is {group}',
		'caption-group-many': '{items} are {group}',
		'caption-group-other-one': '{items} is the only {group} {noun} among the {named} named',
		'caption-group-other-many': '{items} are the {group} {noun} among the {named} named',
		'caption-group-total-one': 'In the whole top {total}, {count} is {group}, {unnamed} of them unnamed.',
		'caption-group-total-many': 'In the whole top {total}, {count} are {group}, {unnamed} of them unnamed.',
		'item-rank': '{item} (rank {rank})',
		'item-value': '{item} at {value}',
		'column-rank': 'Rank',
		'column-note': 'Note'
	},
	zh: {
		'unnamed-count-one': '{count}个属于{group}',
		'unnamed-count-many': '{count}个属于{group}',
		'unnamed-count-not-one': '{count}个不属于',
		'unnamed-count-not-many': '{count}个不属于',
		'unnamed-of': '这{slots}个中有{count}个',
		'unnamed-note': '{counts}，具体是哪几个未报道',
		'unnamed-note-none': '来源未逐一列出这{slots}个名次',
		'unnamed-note-ceiling': '；每个均低于{value}',
		'caption-all': '来源只列出了第1至{named}名。',
		'caption-all-split': '第{first}至{last}名中，{counts}；具体是哪几个未报道。',
		'caption-all-unsplit': '第{first}至{last}名未逐一列出。',
		'caption-group-one': '{items}属于{group}',
		'caption-group-many': '{items}属于{group}',
		'caption-group-other-one': '{items}是已列出的{named}个{noun}中唯一属于{group}的',
		'caption-group-other-many': '{items}是已列出的{named}个{noun}中属于{group}的',
		'caption-group-total-one': '在整个前{total}名中，{count}个属于{group}，其中{unnamed}个未列名。',
		'caption-group-total-many': '在整个前{total}名中，{count}个属于{group}，其中{unnamed}个未列名。',
		'item-rank': '{item}（第{rank}名）',
		'item-value': '{item}（{value}）',
		'column-rank': '排名',
		'column-note': '注'
	},
	ar: {
		'unnamed-count-one': '{count} من {group}',
		'unnamed-count-many': '{count} من {group}',
		'unnamed-count-not-one': '{count} من غيرها',
		'unnamed-count-not-many': '{count} من غيرها',
		'unnamed-of': '{count} من هذه المراتب الـ{slots}',
		'unnamed-note': '{counts}، ولم يُذكر أيّها',
		'unnamed-note-none': 'لم يفصّل المصدر هذه المراتب الـ{slots}',
		'unnamed-note-ceiling': '؛ كلٌّ منها أقل من {value}',
		'caption-all': 'لا يذكر المصدر سوى المراتب من 1 إلى {named}.',
		'caption-all-split': 'من المراتب {first} إلى {last}، {counts}؛ ولم يُذكر أيّها.',
		'caption-all-unsplit': 'المراتب من {first} إلى {last} غير مفصّلة.',
		'caption-group-one': '{items} من {group}',
		'caption-group-many': '{items} من {group}',
		'caption-group-other-one': '{items} هو الوحيد من {group} بين الـ{named} {noun} المذكورة',
		'caption-group-other-many': '{items} هي من {group} بين الـ{named} {noun} المذكورة',
		'caption-group-total-one': 'في المراتب الـ{total} الأولى كلها، {count} من {group}، منها {unnamed} غير مسمّاة.',
		'caption-group-total-many': 'في المراتب الـ{total} الأولى كلها، {count} من {group}، منها {unnamed} غير مسمّاة.',
		'item-rank': '{item} (المرتبة {rank})',
		'item-value': '{item} بـ{value}',
		'column-rank': 'المرتبة',
		'column-note': 'ملاحظة'
	}
} as const satisfies LangDefaults;
