/**
 * The guard: checks for data that is well-formed but wrong, run by the loader before its own
 * checks (`parseStory`, one call). It reads the files by path and story.yaml's declarations
 * itself (guard/dataset.ts), so it depends on no dataset id and no typed schema.
 *
 * What it returns:
 * - `problems`: each at the file and line where the mistake is (a CSV line, a step's line);
 * - `blamed`: the dataset files with a problem, which the loader then leaves out, so a wrong value
 *   is reported once, at its line, and not again where it shows up later (a highlight, a chart);
 * - `files`: the files with the copy's figure references (`{dataset[row].column}`) written out.
 */
import type { Scalar } from 'yaml';
import type { DataErrorInit } from '../errors.ts';
import { datasetCharacters, narrativeCharacters } from './characters.ts';
import { chartDatasets, guardDatasets, readNarrative } from './dataset.ts';
import { datasetMarkup, narrativeMarkup } from './markup.ts';
import { buildDay, futureDates, futureDatesInNarrative, mixedDates } from './dates.ts';
import { implausible } from './plausible.ts';
import { checkFigures } from './figures.ts';
import type { GuardDataset, GuardNarrative } from './dataset.ts';
import { updateConcerns } from './updates.ts';
import { notesUnfit } from './note-fit.ts';

export interface GuardOptions {
	/** The narrative's path among the files. */
	narrativeFile: string;
	/**
	 * The datasets a chart reads, for steps that cite no datasets of their own (default: the
	 * chart's `data:` in story.yaml's `charts:`).
	 */
	datasetsOf?: (chart: string) => readonly string[] | null;
	/** The build's day, YYYY-MM-DD (default: today, UTC); no date in the data may be after it. */
	today?: string;
	/** A dataset's `file:` as its path among the files (default: as written). */
	pathOf?: (declared: string) => string;
}

export interface GuardResult {
	files: Record<string, string>;
	/** The words whose references were written out, by node of story.yaml's one parse (figures.ts). */
	written: ReadonlyMap<Scalar, string>;
	problems: DataErrorInit[];
	blamed: Set<string>;
}

/** One check over the whole story: returns its problems. */
type Check = (n: GuardNarrative, datasets: GuardDataset[], opts: GuardOptions) => DataErrorInit[];

const CHECKS: Check[] = [
	(n, datasets) => [...narrativeCharacters(n), ...datasets.flatMap((d) => datasetCharacters(d))],
	(n, datasets) => [...narrativeMarkup(n), ...datasets.flatMap((d) => datasetMarkup(d))],
	(n, datasets, opts) => {
		const today = opts.today ?? buildDay();
		return [
			...futureDatesInNarrative(n, today),
			...datasets.flatMap((d) => [...futureDates(d, today), ...mixedDates(d, n)])
		];
	},
	(n, datasets) => datasets.flatMap((d) => implausible(d, n)),
	(n, datasets) => updateConcerns(n, datasets),
	(n, datasets) => notesUnfit(n, datasets)
];

export function guardStory(files: Record<string, string>, opts: GuardOptions): GuardResult {
	const text = files[opts.narrativeFile];
	const narrative = text === undefined ? null : readNarrative(opts.narrativeFile, text);
	// Without a readable story.yaml the loader reports the YAML mistake; nothing to guard yet.
	if (!narrative) return { files, written: new Map(), problems: [], blamed: new Set() };
	const datasets = guardDatasets(narrative, files, opts.pathOf);
	const problems = CHECKS.flatMap((check) => check(narrative, datasets, opts));
	const blamed = new Set(problems.map((p) => p.file).filter((f) => f !== opts.narrativeFile));
	// Figures are checked against datasets with no problem of their own: a figure that disagrees
	// with a slipped value is the value's mistake, already reported at its line.
	const figures = checkFigures(
		narrative,
		datasets,
		opts.datasetsOf ?? ((chart) => chartDatasets(narrative, chart)),
		blamed
	);
	problems.push(...figures.problems);
	return { files: { ...files, [opts.narrativeFile]: figures.text }, written: figures.written, problems, blamed };
}
