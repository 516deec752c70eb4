/**
 * Editions: the two the repository holds load and read in their language; every mistake an editor
 * of a translation can make stops a published edition at its file and line, and only warns in a
 * draft. Each bad case edits a copy of the Arabic test edition in memory.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../load.server.ts';
import { KINDS } from '../../kinds/registry.ts';
import { chartView } from '../../kinds/view.ts';
import { editionBase, loadEditions } from './editions.server.ts';
import { readEdition } from './edition.ts';
import { formatDataError } from '../errors.ts';
import type { Paragraph } from '../../model/types.ts';
import { figuresIn } from '../guard/numbers.ts';

const CHINA = 'data/stories/china-ai-market';
const TEST = 'tests/fixtures/stories/test-story';
const AR_FILE = `${TEST}/editions/ar.yaml`;
const testStory = loadStory(TEST);
const base = editionBase(TEST, testStory);
const arText = readFileSync(AR_FILE, 'utf8');
const text = (ps: Paragraph[]) => ps.map((p) => p.map((i) => i.text).join('')).join('\n');

/** The problems of the Arabic edition with `from` replaced by `to` (once), as messages. */
function broken(from: string, to: string, code = 'ar'): string[] {
	expect(arText, `the edition holds ${JSON.stringify(from)}`).toContain(from);
	const { edition, problems } = readEdition(AR_FILE, code, arText.replace(from, to), base);
	expect(edition).toBeNull();
	return problems.map(formatDataError);
}

const lineOf = (needle: string) => arText.slice(0, arText.indexOf(needle)).split('\n').length;

describe('the editions in the repository', () => {
	const china = loadStory(CHINA);
	const [zh] = loadEditions(CHINA, china);
	const [ar] = loadEditions(TEST, testStory);

	it('load: the China story in Simplified Chinese (a draft), the test story in Arabic (published)', () => {
		expect([zh.lang, zh.status, zh.warnings]).toEqual(['zh', 'draft', []]);
		expect([ar.lang, ar.status, ar.warnings]).toEqual(['ar', 'published', []]);
	});

	it('read in their language, with the figures from the data and the data untouched', () => {
		expect(zh.story.lang).toBe('zh');
		expect(zh.story.steps.every((s) => s.lang === 'zh')).toBe(true);
		expect(zh.story.meta.title).toMatch(/中国/);
		// The English writes this figure as a reference; the edition's copy prints the data's value.
		const intro = text(zh.story.steps.find((s) => s.id === 'intro')!.copy);
		const mimo = (china.data['model-ranking'] as { label: string; value: number }[]).find(
			(r) => r.label === 'MiMo-V2-Pro'
		)!;
		expect(intro).toContain(`${mimo.value}万亿`);
		expect(zh.story.data['model-ranking'].map((r) => (r as { value: unknown }).value)).toEqual(
			china.data['model-ranking'].map((r) => (r as { value: unknown }).value)
		);
		expect(zh.story.groups.map((g) => g.label)).toEqual(['美国', '中国']);
	});

	it('every step draws, its chart words and sentences in the language, not English', () => {
		for (const edition of [zh, ar]) {
			for (const step of edition.story.steps) {
				const t = KINDS[step.chart.kind].text(chartView(edition.story.data, step.chart), step);
				const all = [t.title, t.unit, t.caption, ...t.table.columns].join(' ');
				// English frames would leave these words; names (MiMo-V2-Pro, GDPval-AA) are not words of a sentence.
				expect(all, `${edition.lang} ${step.id}`).not.toMatch(/\b(the|of|and|reported|led|to|in|not)\b/);
			}
		}
	});
});

describe('what stops a published edition, at its file and line', () => {
	it('an unknown language code, or English', () => {
		for (const code of ['xx', 'en', 'fr']) {
			const { edition, problems } = readEdition(`${TEST}/editions/${code}.yaml`, code, arText, base);
			expect(edition).toBeNull();
			expect(problems[0].detail).toMatch(/unknown language/);
		}
	});

	it('a half-translated step: a field the story has is missing', () => {
		const e = broken('    notes: ملاحظات اختبار تُقرأ كالنص', '    # notes: ملاحظات اختبار تُقرأ كالنص');
		expect(e.join('\n')).toMatch(/field "steps\.test-standings\.notes": missing/);
	});

	it('a key the story does not have', () => {
		const e = broken('  test-standings:\n', '  test-standings:\n    cite: leaderboard\n');
		expect(e[0]).toBe(
			`${AR_FILE}:${lineOf('  test-standings:') + 1}: field "steps.test-standings.cite": the story has no such field; an edition translates the story's fields only`
		);
	});

	it('a figure written out, and one in another language\u2019s format', () => {
		const e = broken('كيستريل تتصدّر الترتيب المختلق.', 'كيستريل تتصدّر الترتيب المختلق بـ 41.5 نقطة و٣٧٫١.');
		expect(e.join('\n')).toMatch(/the figure "41.5" is written out/);
		expect(e.join('\n')).toMatch(/the figure "٣٧٫١" is written in Arabic-Indic digits/);
		expect(broken('كيستريل تتصدّر', 'كيستريل (37,1) تتصدّر').join('\n')).toMatch(
			/"37,1" is written with a decimal comma/
		);
	});

	it('a reference to data the step does not cite', () => {
		const e = broken('{count(leaderboard[not reported])|Words}', '{count(fees[not reported])|Words}');
		expect(e.join('\n')).toMatch(/reference \{count\(fees/);
	});

	it('a limit that states other figures than the story\u2019s, an update with another date, a word with other slots', () => {
		expect(broken('رسمان اثنان لكل سيارة.', 'ثلاثة رسوم لكل سيارة.').join('\n')).toMatch(
			/states the figures 2; the translation states 3/
		);
		expect(broken('  - date: 2019-07-15', '  - date: 2019-07-16').join('\n')).toMatch(
			/dated 2019-07-15, not 2019-07-16/
		);
		const title = /\n {4}(title[^:]*): "?([^\n]*\{[a-z]+\}[^\n]*)/.exec(arText)!;
		expect(broken(title[0], `\n    ${title[1]}: بلا خانات`).join('\n')).toMatch(/the translation must use the same/);
	});

	it('a character its fonts cannot draw, or a reader cannot see', () => {
		// Devanagari: neither the story's fonts nor the Arabic family draw it.
		expect(broken('بيانات اختبار:', 'बीज बيانات اختبار:').join('\n')).toMatch(
			new RegExp(`${AR_FILE}:${lineOf('بيانات اختبار:')}.*U\\+092C.*fonts cannot draw it`)
		);
		// A Han character the Arabic edition's fonts lack: its script's family is not zh's.
		expect(broken('بيانات اختبار:', '数据 بيانات اختبار:').join('\n')).toMatch(/U\+6570 "数" \(a CJK ideograph\)/);
		// A right-to-left mark: the page's direction already sets the words; the mark would reorder them.
		expect(broken('بيانات اختبار:', 'بيانات\u200F اختبار:').join('\n')).toMatch(
			/U\+200F RIGHT-TO-LEFT MARK, a direction control/
		);
	});

	it('cells that the data does not hold, and a name against the glossary', () => {
		expect(broken('cells:\n', 'cells:\n  "Nobody wrote this": نص\n').join('\n')).toMatch(
			/no note, maker, unit or label of the data reads "Nobody wrote this"/
		);
		const latin = arText.replace('كيستريل تتصدّر', 'Kestrel تتصدّر');
		const { problems } = readEdition(AR_FILE, 'ar', latin, base, [{ en: 'Kestrel', as: 'كيستريل', source: null }]);
		expect(problems.map(formatDataError).join('\n')).toMatch(/writes "Kestrel", which the glossary gives as "كيستريل"/);
	});
});

describe('a draft', () => {
	it('builds with its problems as warnings, each such field in English, and never stops the story', () => {
		const draft = arText
			.replace('status: published', 'status: draft')
			.replace(/\n {4}notes: ملاحظات اختبار تُقرأ كالنص[^\n]*/, '');
		const { edition, problems } = readEdition(AR_FILE, 'ar', draft, base);
		expect(problems).toEqual([]);
		expect(edition!.status).toBe('draft');
		expect(edition!.warnings.map((w) => w.field)).toEqual(['steps.test-standings.notes']);
		expect(edition!.story.steps[0].notes).toEqual(testStory.steps[0].notes);
	});
});

describe('figures in Chinese and Arabic words', () => {
	const raw = (t: string, lang: 'zh' | 'ar') =>
		figuresIn(t, ['Qwen3.6 Plus', 'Gemini 3.1'], lang).map((f) => [f.raw, f.value]);

	it('Chinese: dates, ranks, versions and names are not figures; counts in numerals are, beside any character', () => {
		expect(
			raw('2026年4月24日发布；4月2日至8日上线；第6至10名；前十名；4.0版；由模型Gemini 3.1评判；Qwen3.6 Plus', 'zh')
		).toEqual([]);
		expect(raw('约有8.6万亿个token，六家中国厂商，两周，十分重要', 'zh')).toEqual([
			['8.6', 8.6],
			['六', 6],
			['两', 2]
		]);
	});

	it('Arabic: dates and ranks are not figures; counts in words are, either gender, with a joined article', () => {
		expect(raw('في 24 أبريل 2026، المرتبة 6، المراتب من 6 إلى 8', 'ar')).toEqual([]);
		expect(raw('ستة منها، والثمانية، وثلاث فرق، 37.1%', 'ar')).toEqual([
			['ستة', 6],
			['والثمانية', 8],
			['وثلاث', 3],
			['37.1', 37.1]
		]);
	});
});
