/**
 * The interface's words in Modern Standard Arabic, as Arabic newsrooms write them: the keys of
 * `en.ts`, each sentence in Arabic order, titles in «», the Arabic comma and semicolon. The page
 * runs right to left (`LANGS.ar.dir`); arrows that point along the reading direction are the
 * markup's, not the words'.
 *
 * Relative imports only: the build-time validator reaches this folder.
 */
import type { EN_UI } from './en.ts';

export const AR_UI = {
	'reading-skip': 'انتقل إلى المصادر والبيانات',
	'story-based-on': '{byline}. استنادًا إلى {source}، {publisher}.',
	'story-quoted': '«{title}»',
	'story-scroll': 'مرّر للأسفل للبدء ↓',
	'story-present': 'عرض تقديمي',
	'figure-read-in': 'هذه الخطوة باللغة {language}',
	'story-languages': 'اقرأ بلغة',
	'story-draft': 'مسودة ترجمة للمراجعة: لم تُنشر بعد.',

	'dates-published': 'نُشر في {date}',
	'dates-updated': 'حُدّث في {date}',
	'dates-as-of': 'البيانات حتى {date}',

	'corrections-one': 'تصحيح',
	'corrections-many': 'تصحيحات',
	'corrections-all': 'كل التحديثات والتصحيحات',

	'updates-title': 'التحديثات والتصحيحات',
	'updates-correction': 'تصحيح',
	'updates-update': 'تحديث',
	'updates-first': 'نُشر أول مرة',

	'sources-title': 'المصادر والمنهجية',
	'sources-rows': 'عدد الصفوف {rows} في الملف {file}.',
	'sources-rows-not-reported': 'عدد الصفوف {rows} في الملف {file}؛ منها {count} موسومة بأنها غير مذكورة.',
	'sources-confidence-high': 'ثقة عالية',
	'sources-confidence-medium': 'ثقة متوسطة',
	'sources-confidence-low': 'ثقة منخفضة',
	'sources-limits': 'ما لا تستطيع هذه البيانات قوله',

	'figure-source': 'المصدر: {credit}',
	'figure-data': 'البيانات',

	'stage-controls': 'عناصر التحكم في العرض',
	'stage-back': 'السابق',
	'stage-next': 'التالي',
	'stage-overview': 'نظرة عامة',
	'stage-presenter': 'عرض المقدّم',
	'stage-fullscreen': 'ملء الشاشة',
	'stage-dark': 'داكن',
	'stage-keys': 'المفاتيح',
	'stage-exit': 'خروج',
	'stage-role': 'عرض تقديمي',
	'stage-go-to': 'الانتقال إلى الخطوة {typed}…',
	'stage-announce': 'الخطوة {n} من {count}. {title}. {caption}',
	'stage-page-title': '{title} · العرض',

	'overview-title': 'كل الخطوات ({count})',

	'keys-title': 'المفاتيح',
	'keys-next': 'الخطوة التالية',
	'keys-prev': 'الخطوة السابقة',
	'keys-first-last': 'الخطوة الأولى أو الأخيرة',
	'keys-go-to': 'الانتقال إلى تلك الخطوة',
	'keys-black': 'شاشة سوداء، ثم العودة',
	'keys-white': 'شاشة بيضاء، ثم العودة',
	'keys-fullscreen': 'ملء الشاشة، ثم العودة',
	'keys-start': 'بدء العرض من الخطوة الأولى أو من هذه الخطوة',
	'keys-theme': 'المظهر الداكن أو الفاتح',
	'keys-overview': 'نظرة عامة على كل الخطوات',
	'keys-presenter': 'عرض المقدّم (الملاحظات، الخطوة التالية، المؤقّت) في نافذة جديدة',
	'keys-help': 'هذه المفاتيح',
	'keys-escape': 'إغلاق هذه النافذة، أو الخروج من ملء الشاشة، أو العودة إلى القراءة',
	'keys-touch': 'على الجهاز اللوحي: اسحب يمينًا أو يسارًا، أو انقر على الثلث الأيمن أو الأيسر من الشاشة.',
	'keys-close': 'إغلاق',

	'presenter-where': 'الخطوة {n} من {count}',
	'presenter-elapsed': 'الوقت المنقضي',
	'presenter-on-step': 'هذه الخطوة',
	'presenter-clock': 'الساعة',
	'presenter-pace': 'الإيقاع',
	'presenter-pace-talk': 'الإيقاع (حديث مدته {minutes} دقيقة)',
	'presenter-no-length': 'لم تُحدَّد مدة الحديث',
	'presenter-on-pace': 'في الموعد',
	'presenter-ahead': 'متقدّم بـ{time}',
	'presenter-behind': 'متأخّر بـ{time}',
	'presenter-reset': 'إعادة ضبط المؤقّت',
	'presenter-blank-black': 'الشاشة سوداء',
	'presenter-blank-white': 'الشاشة بيضاء',
	'presenter-notes': 'ملاحظات · {title}',
	'presenter-no-notes': 'لا ملاحظات لهذه الخطوة.',
	'presenter-on-screen': 'على الشاشة الآن',
	'presenter-next': 'التالي',
	'presenter-next-step': 'التالي: الخطوة {n}',
	'presenter-end': 'نهاية القصة.',
	'presenter-controls': 'عناصر تحكم المقدّم',
	'presenter-black': 'شاشة سوداء',
	'presenter-announce': 'الخطوة {n} من {count}. {title}',
	'presenter-page-title': '{title} · عرض المقدّم',

	'download-still-label': 'تنزيل هذه الخطوة صورةً بصيغة PNG',
	'download-still-title': 'تنزيل هذه الخطوة (PNG)',
	'download-failed': 'تعذّر التنزيل؛ حاول مرة أخرى',
	'download-clip-label': 'تنزيل هذه الخطوة مقطعَ فيديو ({format})',
	'download-clip-title': 'تنزيل حركة هذه الخطوة (فيديو {format})',
	'download-clip-busy': 'جارٍ تسجيل الفيديو…',
	'download-clip-failed': 'تعذّر إنشاء الفيديو؛ حاول مرة أخرى',

	'embed-button': 'تضمين',
	'embed-button-title': 'تضمين هذه الخطوة أو القصة كاملة في صفحة أخرى',
	'embed-close': 'إغلاق',
	'embed-code': 'الشيفرة',
	'embed-theme': 'المظهر',
	'embed-theme-light': 'فاتح',
	'embed-theme-dark': 'داكن',
	'embed-theme-auto': 'اتباع إعداد القارئ',
	'embed-this-step': 'هذه الخطوة: {title}',
	'embed-whole-story': 'القصة كاملة',
	'embed-copy': 'نسخ',
	'embed-copy-label': 'نسخ الشيفرة: {label}',
	'embed-copied': 'نُسخت الشيفرة. الصقها في HTML صفحتك.',
	'embed-copy-failed': 'لم يسمح متصفحك لهذه الصفحة بالنسخ: الشيفرة محدّدة، اضغط Ctrl+C (أو ⌘C على Mac).',
	'embed-variant-loader': 'مع أداة التحميل الخاصة بنا (مستحسن)',
	'embed-variant-iframe': 'إطار iframe فقط',
	'embed-variant-pym': 'pym.js',
	'embed-hosts-loader':
		'أي صفحة تسمح بتشغيل نص برمجي: يأخذ الإطار ارتفاع محتواه، وتتقدّم القصة خطوة خطوة مع تمرير الصفحة.',
	'embed-hosts-iframe':
		'المواقع التي تمنع النصوص البرمجية: AMP (بوصفه amp-iframe قابلًا لتغيير الحجم)، والتطبيقات، وعروض الويب في النشرات البريدية. تُقرأ القصة متتابعة، خطوة بعد خطوة.',
	'embed-hosts-pym': 'الصفحات التي تشغّل pym.js أصلًا: يضبط حجم الإطار على محتواه، وتُقرأ القصة متتابعة.',

	'embedded-source': 'المصدر: {credit}.',
	'embedded-sources': 'المصادر: {credit}.',
	'embedded-read-story': 'اقرأ «{title}» في صفحتها الخاصة، مع مصادرها ومنهجيتها',
	'embedded-see-step': 'شاهد هذه الخطوة في القصة',
	'embedded-see-step-in': 'شاهد هذه الخطوة في القصة: «{title}»',

	'share-open': 'افتح «{title}» عند هذه الخطوة',
	'still-page-title': '{id} · صورة ثابتة · {title}',
	'clip-page-title': 'مقاطع · {title}',
	'clip-page-note': 'تُسجَّل المقاطع هنا بواسطة {command}.'
} as const satisfies Record<keyof typeof EN_UI, string>;
