/**
 * What every mark of every layer says about itself in the DOM, in one place:
 *
 * - `data-mark="<layer>:<key>"`: a stable id (tests compare a mark's geometry across frames);
 * - `data-tip="<label>: <value>"`: what a tap on the mark shows (`MarkTip`), since on phones some
 *   direct labels are dropped for room; a value that is not reported says so;
 * - `data-group="g0"` (the group's place in the story's list) and `data-tag-ref`: a mark coloured
 *   by group names the label that says the group in words (`data-tag-for` on that label), so a
 *   group never rests on colour.
 *
 * Relative imports only, like rows.ts.
 */
import { notReported } from '../../model/format.ts';
import type { LangCode } from '../../model/locale/langs.ts';
import type { Row } from '../../kinds/rows.ts';

/** The group tone a mark is drawn in (`g0`..), or undefined for grey and annotation tones. */
export function markGroup(tone: string): string | undefined {
	return /^g\d+$/.test(tone) ? tone : undefined;
}

/** How a tip joins a name and its value, and names a rank the source does not itemize, per language. */
const TIP: Record<LangCode, { sep: string; rank: (rank: string, name: string) => string }> = {
	en: { sep: ': ', rank: (rank, name) => `Rank ${rank} (${name})` },
	zh: { sep: '：', rank: (rank, name) => `第${rank}名（${name}）` },
	ar: { sep: ': ', rank: (rank, name) => `المرتبة ${rank} (${name})` }
};

/** "<label>: <value>"; an empty or missing value reads "not reported", never blank. */
export function tipText(label: string, value: string | null | undefined, lang: LangCode = 'en'): string {
	return `${label}${TIP[lang].sep}${value ? value : notReported(lang)}`;
}

/**
 * The tip of a row chart's mark: the row's name and its full value label (the short one is what
 * a narrow chart prints). A rank the source does not itemize is named by its rank.
 */
export function rowTip(row: Row, lang: LangCode = 'en'): string {
	const label = row.basis === 'not-reported' && row.prefix ? TIP[lang].rank(row.prefix, row.name) : row.name;
	return tipText(label, row.value, lang);
}
