/**
 * The notes under a row chart and the check that stops a note so long the chart's rows would be
 * drawn over one another (note-fit.ts), with the stage's estimate of the words (fit.ts).
 */
import { describe, expect, it } from 'vitest';
import { REAL_STORY_DIR, edit, loadMessages } from '../fixture.ts';
import { parseStory } from '../load.ts';
import { readStoryFiles } from '../load.server.ts';
import { CHART_FRAMES, MIN_ROW, footnotesHeight, notesFitProblem } from './note-fit.ts';

/** Filler for a note too long for the chart, as the probe pasted it. */
const filler = (chars: number) =>
	'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. '
		.repeat(Math.ceil(chars / 120))
		.slice(0, chars)
		.trim();

const files = readStoryFiles(REAL_STORY_DIR);
const PRICES = `${REAL_STORY_DIR}/datasets/prices.csv`;
/** prices.csv with a note of `chars` characters on its first row (line 2), which has none. */
const withNote = (chars: number) =>
	edit(files, PRICES, 'MiMo-V2-Pro,,Xiaomi,CN,1.00,3.00,,', `MiMo-V2-Pro,,Xiaomi,CN,1.00,3.00,"${filler(chars)}",`);

describe('the footnotes under a row chart', () => {
	it('take a line each when short, more when long, in the narrower frame more', () => {
		const [stage, still] = CHART_FRAMES;
		expect(footnotesHeight([], stage.width)).toBe(0);
		expect(footnotesHeight(['* Qwen3.6 Plus: Paid tier.'], stage.width)).toBeCloseTo(4 + 12 * 1.3);
		const long = [`* MiMo-V2-Pro: ${filler(1000)}`];
		expect(footnotesHeight(long, still.width)).toBeGreaterThan(footnotesHeight(long, stage.width));
	});

	it('leave the rows room down to the smallest label', () => {
		expect(notesFitProblem([], 13)).toBeNull();
		expect(notesFitProblem([`* A: ${filler(3000)}`], 13)).toMatch(
			new RegExp(`leave its 13 rows \\d+\\.\\d px each, under the ${MIN_ROW} px a row needs to be read; cut about`)
		);
	});
});

describe('a note that squeezes its chart', () => {
	it('stops the build at its CSV line, naming the chart, its steps and the cut (probe I-para10k-csvnote)', () => {
		const messages = loadMessages(() => parseStory(withNote(10_000)));
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(
			new RegExp(
				`^${PRICES}:2: field "note": the notes under chart "prices" \\(shown by steps "prices", "prices-top", "closing"\\): on the stage \\(1024x768\\) they take about \\d+ px and leave its 13 rows 0\\.0 px each; on a still \\(1920x1080\\) they take about \\d+ px and leave its 13 rows 0\\.0 px each, under the 10 px a row needs to be read; cut about \\d+% of the notes \\(about \\d+ characters\\), or move the detail to the dataset's limits$`
			)
		);
		const [, percent] = messages[0].match(/cut about (\d+)%/) ?? [];
		expect(Number(percent)).toBeGreaterThan(80);
	});

	it('lets a 1,000-character note through: the rows are thinner but apart (probe I-para1k-csvnote)', () => {
		expect(loadMessages(() => parseStory(withNote(1000)))).toEqual([]);
	});

	for (const [name, dir] of [
		['china-ai-market', REAL_STORY_DIR],
		['test-story', 'tests/fixtures/stories/test-story']
	] as const) {
		it(`passes every chart of ${name}`, () => {
			expect(loadMessages(() => parseStory(readStoryFiles(dir)))).toEqual([]);
		});
	}
});
