/**
 * Issue #17, plausibility declared in the story: ranges, the largest believable step of a series
 * and row rules, each at the CSV line, naming the rule. The probe's cases run on the real story
 * and its declared checks (data/stories/china-ai-market/story.yaml); the rules' reading on the fixture.
 */
import { describe, expect, it } from 'vitest';
import { CHARTS, REAL_STORY_DIR, STORY, edit, fixture, lineOf, loadMessages } from '../fixture.ts';
import { parseStory } from '../load.ts';
import { readStoryFiles } from '../load.server.ts';

const PRICES = 'data/datasets/prices.csv';

const messages = (files: Record<string, string>, charts?: typeof CHARTS) =>
	loadMessages(() => parseStory(files, charts));

const REAL_NARRATIVE = `${REAL_STORY_DIR}/story.yaml`;
const REAL_WEEKLY = `${REAL_STORY_DIR}/datasets/weekly-tokens.csv`;
const REAL_PRICES = `${REAL_STORY_DIR}/datasets/prices.csv`;
const real = () => readStoryFiles(REAL_STORY_DIR);
/** The real story with one edit of one file; the line of the edit. */
function realEdit(path: string, from: string, to: string): { files: Record<string, string>; line: number } {
	const files = edit(real(), path, from, to);
	return { files, line: lineOf(files[path], to) };
}
const checksLine = (column: string) => lineOf(real()[REAL_NARRATIVE], `        ${column}: {`);

describe("the probe's cases, on the real story", () => {
	it('a decimal slip 2.70 -> 0.27 in a weekly row stops at its line, naming the rule', () => {
		const { files, line } = realEdit(REAL_WEEKLY, '5.16,2.70,', '5.16,0.27,');
		expect(messages(files)).toEqual([
			`${REAL_WEEKLY}:${line}: field "us_t": 0.27 is below the believable minimum of 0.5 (checks of dataset "weekly-tokens", ${REAL_NARRATIVE}:${checksLine('us_t')}); is a decimal point misplaced?`
		]);
	});

	it('5.16 -> 51.6 blames the CSV line (it used to blame a highlight in story.yaml)', () => {
		const { files, line } = realEdit(REAL_WEEKLY, '5.16,2.70,', '51.6,2.70,');
		expect(messages(files)).toEqual([
			`${REAL_WEEKLY}:${line}: field "china_t": 51.6 is 12.5 times the value before it (4.12, line ${line - 1}) and the next (4.69, line ${line + 3}); the largest believable step is a factor of 5 (checks of dataset "weekly-tokens", ${REAL_NARRATIVE}:${checksLine('china_t')}); is a decimal point misplaced?`
		]);
	});

	it('input and output prices swapped in one row', () => {
		const { files, line } = realEdit(
			REAL_PRICES,
			'Claude Sonnet 4.6,Sonnet 4.6,Anthropic,US,3,15,',
			'Claude Sonnet 4.6,Sonnet 4.6,Anthropic,US,15,3,'
		);
		const rule = lineOf(real()[REAL_NARRATIVE], '- output_usd >= input_usd');
		expect(messages(files)).toEqual([
			`${REAL_PRICES}:${line}: field "output_usd": breaks the rule "output_usd >= input_usd" (output_usd 3, input_usd 15; checks of dataset "prices", ${REAL_NARRATIVE}:${rule}); are two values swapped?`
		]);
	});

	it('a value ten times too big between two reported ones: the slip alone is blamed, not its neighbour', () => {
		const { files, line } = realEdit(REAL_WEEKLY, '4.69,3.294,', '4.69,32.94,');
		expect(messages(files)).toEqual([
			`${REAL_WEEKLY}:${line}: field "us_t": 32.94 is 12.2 times the value before it (2.70, line ${line - 3}) and the next (3.03, line ${line + 3}); the largest believable step is a factor of 5 (checks of dataset "weekly-tokens", ${REAL_NARRATIVE}:${checksLine('us_t')}); is a decimal point misplaced?`
		]);
	});
});

describe('declaring checks', () => {
	const withChecks = (block: string) =>
		edit(
			fixture(),
			STORY,
			'  - id: prices\n    file: datasets/prices.csv\n',
			`  - id: prices\n    file: datasets/prices.csv\n${block}`
		);

	it('a range, a change and a rule with a sum', () => {
		const files = withChecks(
			'    checks:\n      columns:\n        output_usd: { max: 10, change: 5 }\n      rows:\n        - output_usd >= 2 * input_usd + 0.5\n'
		);
		const line = lineOf(files[STORY], 'output_usd: { max');
		const rule = lineOf(files[STORY], '- output_usd >= 2');
		expect(messages(files, CHARTS)).toEqual([
			`${PRICES}:3: field "output_usd": 15 is above the believable maximum of 10 (checks of dataset "prices", ${STORY}:${line}); is a decimal point misplaced?`
		]);
		const fine = edit(files, PRICES, 'US,3,15,', 'US,3,6,');
		expect(messages(fine, CHARTS)).toEqual([
			`${PRICES}:3: field "output_usd": breaks the rule "output_usd >= 2 * input_usd + 0.5" (output_usd 6, input_usd 3; checks of dataset "prices", ${STORY}:${rule}); are two values swapped?`
		]);
	});

	it('mistakes in a checks block are reported at their line in story.yaml', () => {
		const files = withChecks(
			'    checks:\n      columns:\n        price: { min: 0 }\n        output_usd: { most: 3, ratio: 1 }\n      rows:\n        - output_usd is big\n        - output_usd >= input\n'
		);
		const at = (s: string) => lineOf(files[STORY], s);
		expect(messages(files, CHARTS)).toEqual([
			`${STORY}:${at('price: { min')}: dataset "prices" field "checks": column "price" is not in ${PRICES}; expected one of model, lab, country, input_usd, output_usd, note, source, url, date, confidence`,
			`${STORY}:${at('output_usd: { most')}: dataset "prices" field "checks": column "output_usd": unknown check "most"; expected min, max, ratio, change`,
			`${STORY}:${at('output_usd: { most')}: dataset "prices" field "checks": column "output_usd": ratio must be a number above 1`,
			`${STORY}:${at('- output_usd is big')}: dataset "prices" field "checks": rule "output_usd is big": expected a comparison of columns and numbers, like "output_usd >= input_usd"`,
			`${STORY}:${at('- output_usd >= input')}: dataset "prices" field "checks": rule "output_usd >= input": no column "input" in ${PRICES}`
		]);
	});

	it('rows that do not report a value are skipped by rules and steps', () => {
		const files = edit(
			fixture(),
			STORY,
			'  - id: weekly-tokens\n    file: datasets/weekly-tokens.csv\n',
			'  - id: weekly-tokens\n    file: datasets/weekly-tokens.csv\n    checks:\n      columns:\n        china_t: { ratio: 5 }\n      rows:\n        - total_t >= china_t + us_t\n'
		);
		// 4.12 then (not reported) then 12.96: a step of 3.1, within 5.
		expect(messages(files, CHARTS)).toEqual([]);
	});
});
