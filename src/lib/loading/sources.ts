/**
 * Who said each number: the source lines under steps and the sources-and-method list, both
 * gathered from the rows themselves so a new row with a new source is credited without code.
 */
import type { LangCode } from '../model/locale/langs.ts';
import type { Confidence, DatasetId, DatasetMeta, SourceCount, SourceRef, Story } from '../model/types.ts';
import { compareText } from '../model/compare.ts';
import { formatsOf } from '../model/locale/formats.ts';

export type SourceEntry = SourceCount;

const CONFIDENCE_ORDER: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/** The distinct sources of one dataset's rows; rows that record an absence of report are skipped. */
export function sourcesOf(rows: readonly SourceRef[]): SourceEntry[] {
	const byKey = new Map<string, SourceEntry>();
	for (const row of rows) {
		if (row.confidence === null) continue;
		const key = `${row.source}|${row.url ?? ''}|${row.date}|${row.confidence}`;
		const entry = byKey.get(key);
		if (entry) entry.rows += 1;
		else byKey.set(key, { key, source: row.source, url: row.url, date: row.date, confidence: row.confidence, rows: 1 });
	}
	return [...byKey.values()].sort(
		(a, b) => CONFIDENCE_ORDER[a.confidence] - CONFIDENCE_ORDER[b.confidence] || compareText(a.date, b.date)
	);
}

/** Rows of a dataset that say a value was not reported (shown in the method section as counts). */
export function notReportedCount(rows: readonly SourceRef[]): number {
	return rows.filter((r) => r.confidence === null).length;
}

export interface DatasetSources {
	meta: DatasetMeta;
	sources: SourceEntry[];
	rows: number;
	notReported: number;
}

export function datasetSources(story: Story): DatasetSources[] {
	return story.datasets.map((meta) => {
		// A page's copy of a long dataset carries the file's own figures (loading/reduce.ts).
		if (meta.reduced) {
			const { sources, rows, notReported } = meta.reduced;
			return { meta, sources, rows, notReported };
		}
		const rows = story.data[meta.id] as readonly SourceRef[];
		return { meta, sources: sourcesOf(rows), rows: rows.length, notReported: notReportedCount(rows) };
	});
}

/**
 * The source a credit part names, for telling repeats apart: "A Lab (as cited by
 * a-blog.example)" and "A Lab" name the same source.
 */
export function creditKey(part: string): string {
	return part
		.replace(/\([^)]*\)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/**
 * The short credit under a step or chart: the editors' credit of each dataset it cites, each
 * source named once, joined by the semicolon of `lang`. A credit may name several sources,
 * separated by semicolons; when two datasets credit the same source, the line keeps the first
 * place it appears and the fuller wording ("A Lab (as cited by ...)" over "A Lab"). The full list
 * of sources, row by row, is in the sources-and-method section.
 */
export function creditLine(
	datasets: readonly DatasetMeta[],
	cite: readonly DatasetId[],
	lang: LangCode = 'en'
): string {
	const parts: string[] = [];
	for (const id of cite) {
		const credit = datasets.find((d) => d.id === id)?.credit ?? '';
		// A credit names several sources between semicolons: the story's, or its edition's (；, ؛).
		for (const raw of credit.split(/[;；؛]/)) {
			const part = raw.trim();
			if (!part) continue;
			const at = parts.findIndex((p) => creditKey(p) === creditKey(part));
			if (at < 0) parts.push(part);
			else if (part.length > parts[at].length) parts[at] = part;
		}
	}
	return parts.join(formatsOf(lang).semi);
}

/** Each step's credit line, in the story's language: what a page of the story shows under each chart. */
export function stepCredits(story: Pick<Story, 'steps' | 'datasets' | 'lang'>): string[] {
	return story.steps.map((s) => creditLine(story.datasets, s.cite, story.lang));
}
