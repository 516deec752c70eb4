/**
 * A story in an edition's language: the English story with the edition's words put in, the
 * data's reader-facing text (notes, makers, units) translated by the edition's table of cells,
 * and each chart's words completed by its kind's defaults in that language. The data's values,
 * ids and names (the keys a step highlights) are the story's, untouched.
 *
 * Relative imports only: the build-time validator reaches this file.
 */
import type { Paragraph, Step, Story, StoryChart, StoryData } from '../../model/types.ts';
import type { LangCode } from '../../model/locale/langs.ts';
import type { Charts } from '../narrative/charts.ts';
import { withDefaults } from '../../model/words.ts';
import { parseCopy } from '../copy.ts';

/**
 * The cells a reader reads as words, translated by an edition's `cells:`. A row's `label` is a
 * name (a model, a period) most editions keep as written; one an edition renders in its script
 * is renamed wherever a step names it too (its `highlight:`).
 */
const TEXT_FIELDS = ['note', 'sub', 'unit', 'about', 'source', 'label'];

/** Whether a row's `key` is reader-facing text an edition may translate. */
export function isTextField(key: string): boolean {
	return TEXT_FIELDS.includes(key);
}

/** The data with its text cells translated (values, ids and names as they are). */
function translateData(data: StoryData, cells: ReadonlyMap<string, string>): StoryData {
	const out: StoryData = {};
	for (const [id, rows] of Object.entries(data)) {
		out[id] = rows.map((row) => {
			const copy: Record<string, unknown> = { ...row };
			for (const [k, v] of Object.entries(copy)) {
				if (typeof v === 'string' && isTextField(k) && cells.has(v)) copy[k] = cells.get(v);
			}
			return copy;
		});
	}
	return out;
}

const paragraphs = (text: string): Paragraph[] => parseCopy(text).paragraphs;

/**
 * `story` in `lang`, from `words` (each field's text by path, references written out; a field
 * missing from `words` keeps the story's English, which only a draft may do).
 */
export function applyEdition(
	story: Story,
	lang: LangCode,
	words: ReadonlyMap<string, string>,
	cells: ReadonlyMap<string, string>,
	kinds: Charts
): Story {
	const w = (path: string, english: string) => words.get(path) ?? english;
	const wp = (path: string, english: Paragraph[]) => (words.has(path) ? paragraphs(words.get(path)!) : english);
	const m = story.meta;
	const groups = story.groups.map((g) => ({
		...g,
		label: w(`groups.${g.id}.label`, g.label),
		tag: w(`groups.${g.id}.tag`, g.tag)
	}));
	const charts = new Map<StoryChart, StoryChart>();
	const chartOf = (c: StoryChart): StoryChart => {
		let out = charts.get(c);
		if (!out) {
			const own = Object.fromEntries(
				Object.keys(c.words).flatMap((k) =>
					words.has(`charts.${c.id}.${k}`) ? [[k, words.get(`charts.${c.id}.${k}`)!]] : []
				)
			);
			// The kind's defaults in the edition's language, then any word the edition lacks (a draft's) in English.
			const defaults = kinds[c.kind].defaults?.[lang] ?? {};
			out = { ...c, words: withDefaults(withDefaults(own, defaults), c.words) };
			charts.set(c, out);
		}
		return out;
	};
	const steps: Step[] = story.steps.map((s) => ({
		...s,
		lang,
		groups,
		chart: chartOf(s.chart),
		highlight: s.highlight.map((h) => cells.get(h) ?? h),
		kicker: s.kicker === null ? null : w(`steps.${s.id}.kicker`, s.kicker),
		copy: wp(`steps.${s.id}.copy`, s.copy),
		notes: wp(`steps.${s.id}.notes`, s.notes)
	}));
	return {
		lang,
		meta: {
			...m,
			label: m.label === null ? null : w('meta.label', m.label),
			title: w('meta.title', m.title),
			dek: w('meta.dek', m.dek),
			byline: w('meta.byline', m.byline),
			author: m.author === null ? null : w('meta.author', m.author),
			publisher: m.publisher === null ? null : w('meta.publisher', m.publisher),
			basedOn: { ...m.basedOn, title: w('meta.basedOn.title', m.basedOn.title) },
			method: wp('meta.method', m.method)
		},
		updates: story.updates.map((u, i) => ({ ...u, note: wp(`updates.${i}.note`, u.note) })),
		groups,
		steps,
		datasets: story.datasets.map((d) => ({
			...d,
			title: w(`datasets.${d.id}.title`, d.title),
			credit: w(`datasets.${d.id}.credit`, d.credit),
			about: w(`datasets.${d.id}.about`, d.about),
			limits: d.limits.map((l, i) => w(`datasets.${d.id}.limits.${i}`, l))
		})),
		data: translateData(story.data, cells)
	};
}
