import { describe, expect, it } from 'vitest';
import { decimals, formatDate, formatPct, formatPeriod, formatTokens, notReported } from '../format.ts';
import { formatsOf } from './formats.ts';
import { LANGS, type LangCode } from './langs.ts';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const intl = (lang: LangCode, opts: Intl.DateTimeFormatOptions) =>
	new Intl.DateTimeFormat(LANGS[lang].tag, { ...opts, timeZone: 'UTC' });

describe('formats per language, held against Intl where Intl has the form', () => {
	it('digits: every language here groups and rounds as its Intl does', () => {
		for (const lang of ['en', 'zh', 'ar'] as const) {
			const nf = (d: number) =>
				new Intl.NumberFormat(LANGS[lang].tag, { minimumFractionDigits: d, maximumFractionDigits: d });
			// Arabic's Intl marks a minus sign left-to-right: no value drawn in an edition here is negative.
			for (const v of [0, 1.005, 37.1, 1234.5, 1234567.891, ...(lang === 'ar' ? [] : [-8.21])]) {
				for (const d of [0, 1, 2]) expect(decimals(v, d), `${lang} ${v} ${d}`).toBe(nf(d).format(v));
			}
		}
	});

	it('dates: a day with its year, a month with its year, a month alone', () => {
		for (const lang of ['zh', 'ar'] as const) {
			expect(formatDate('2026-04-24', lang)).toBe(
				intl(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(at('2026-04-24'))
			);
			expect(formatDate('2026-04', lang)).toBe(intl(lang, { year: 'numeric', month: 'long' }).format(at('2026-04-01')));
			expect(formatsOf(lang).month(3)).toBe(intl(lang, { month: 'short' }).format(at('2026-03-01')));
			expect(formatsOf(lang).month(3, 2026)).toBe(
				intl(lang, { month: 'short', year: 'numeric' }).format(at('2026-03-01'))
			);
			expect(formatsOf(lang).day(9, 2)).toBe(intl(lang, { month: 'short', day: 'numeric' }).format(at('2026-02-09')));
		}
		expect(formatDate('2026-04-24')).toBe('24 April 2026');
	});

	it('weeks: Arabic as Intl writes a range; Chinese as its press does (至), which Intl writes as digits only', () => {
		const f = intl('ar', { month: 'short', day: 'numeric' });
		expect(formatPeriod('2026-02-09', '2026-02-15', 'week', false, 'ar')).toBe(
			f.formatRange(at('2026-02-09'), at('2026-02-15'))
		);
		expect(formatPeriod('2026-03-30', '2026-04-05', 'week', false, 'ar')).toBe(
			f.formatRange(at('2026-03-30'), at('2026-04-05'))
		);
		expect(formatPeriod('2026-02-09', '2026-02-15', 'week', false, 'zh')).toBe('2月9日至15日');
		expect(formatPeriod('2026-03-30', '2026-04-05', 'week', true, 'zh')).toBe('2026年3月30日至4月5日');
		expect(formatPeriod('2026-02-09', '2026-02-15', 'week')).toBe('9-15 Feb');
	});

	it('lists join as Intl.ListFormat joins them', () => {
		for (const lang of ['zh', 'ar'] as const) {
			const lf = new Intl.ListFormat(LANGS[lang].tag, { type: 'conjunction' });
			for (const items of [['A'], ['A', 'B'], ['A', 'B', 'C']])
				expect(formatsOf(lang).and(items)).toBe(lf.format(items));
		}
	});

	it('percentages: Arabic keeps the sign after the digits with the marks CLDR uses', () => {
		const pf = new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 });
		expect(formatPct(37.1, 1, 'ar')).toBe(pf.format(0.371));
		expect(formatPct(37.1, 1, 'zh')).toBe('37.1%');
	});

	it('units and "not reported" in each language', () => {
		expect(formatTokens(8.21, 2, 'zh')).toBe('8.21万亿');
		expect(formatTokens(null, 2, 'zh')).toBe(notReported('zh'));
		expect(notReported('en')).toBe('not reported');
		expect(new Set((['en', 'zh', 'ar'] as const).map(notReported)).size).toBe(3);
	});
});
