/**
 * Issue #17, dates: no date after the build's day (the day is injected here), and a file's `date`
 * column mixes only the precisions its dataset declares in story.yaml (default: one).
 */
import { describe, expect, it } from 'vitest';
import { CHARTS, REAL_STORY_DIR, STORY, edit, fixture, lineOf, loadMessages } from '../fixture.ts';
import { parseStory } from '../load.ts';
import { readStoryFiles } from '../load.server.ts';
import { isAfter, precisionOf } from './dates.ts';

const PRICES = 'data/datasets/prices.csv';
const WEEKLY = 'data/datasets/weekly-tokens.csv';
const RANKING = 'data/datasets/model-ranking.csv';
const TODAY = '2026-06-01';
/** The China story's last dated change (its `updates:`): the first day it can be built. */
const REAL_CHANGED = '2026-12-06';
const REAL_RANKING = `${REAL_STORY_DIR}/datasets/model-ranking.csv`;

const messages = (files: Record<string, string>, today = TODAY) =>
	loadMessages(() => parseStory(files, CHARTS, undefined, { today }));

describe("dates after the build's day", () => {
	it('a year typo (2062 for 2026) in a source date, at its line', () => {
		const files = edit(
			fixture(),
			RANKING,
			'comma",Source B,https://example.com/b,2026-04,low',
			'comma",Source B,https://example.com/b,2062-04,low'
		);
		expect(messages(files)).toEqual([
			`${RANKING}:3: field "date": 2062-04 is after the build's day (${TODAY}): data cannot be dated in the future (is the year mistyped?)`
		]);
	});

	it("a day one day after the build is refused; the build's own day and month pass", () => {
		expect(
			messages(
				edit(
					fixture(),
					PRICES,
					'US,3,15,,Source P,https://example.com/p,2026-04-29',
					'US,3,15,,Source P,https://example.com/p,2026-06-02'
				)
			)
		).toEqual([
			`${PRICES}:3: field "date": 2026-06-02 is after the build's day (${TODAY}): data cannot be dated in the future`
		]);
		expect(
			messages(
				edit(
					fixture(),
					PRICES,
					'US,3,15,,Source P,https://example.com/p,2026-04-29',
					'US,3,15,,Source P,https://example.com/p,2026-06-01'
				)
			)
		).toEqual([]);
		expect(isAfter('2026-06', TODAY)).toBe(false);
		expect(isAfter('2026-07', TODAY)).toBe(true);
	});

	it('any date column: a week in the future', () => {
		const files = fixture();
		const found = messages(files, '2026-02-20');
		expect(found).toContain(
			`${WEEKLY}:3: field "week_end": 2026-02-22 is after the build's day (2026-02-20): data cannot be dated in the future`
		);
		expect(found).toContain(
			`${WEEKLY}:4: field "week_start": 2026-02-23 is after the build's day (2026-02-20): data cannot be dated in the future`
		);
	});

	it("the article's date in story.yaml", () => {
		const files = edit(fixture(), STORY, 'date: 2026-04', 'date: 2062-04');
		expect(messages(files)).toContain(
			`${STORY}:${lineOf(files[STORY], 'date: 2062-04')}: meta field "date": 2062-04 is after the build's day (${TODAY}): data cannot be dated in the future (is the year mistyped?)`
		);
	});

	it('the probe\'s 2062 in the real ranking (it printed "as reported in April 2062") stops at its CSV line alone', () => {
		const files = readStoryFiles(REAL_STORY_DIR);
		const text = files[REAL_RANKING].replace(
			'Xiaomi,CN,8.21,,"The Hype, citing OpenRouter",https://thehype.news/china-is-eating-americas-ai-market/,2026-04,',
			'Xiaomi,CN,8.21,,"The Hype, citing OpenRouter",https://thehype.news/china-is-eating-americas-ai-market/,2062-04,'
		);
		expect(text).not.toBe(files[REAL_RANKING]);
		expect(
			loadMessages(() => parseStory({ ...files, [REAL_RANKING]: text }, undefined, undefined, { today: REAL_CHANGED }))
		).toEqual([
			`${REAL_RANKING}:2: field "date": 2062-04 is after the build's day (${REAL_CHANGED}): data cannot be dated in the future (is the year mistyped?)`
		]);
	});

	it('the real story passes on the day of its last update and on today, not the day before', () => {
		expect(() =>
			parseStory(readStoryFiles(REAL_STORY_DIR), undefined, undefined, { today: REAL_CHANGED })
		).not.toThrow();
		expect(() => parseStory(readStoryFiles(REAL_STORY_DIR), undefined, undefined, { today: '2026-11-26' })).toThrow(
			/meta field "published": 2026-11-27 is after the build's day \(2026-11-26\): a story cannot be published/
		);
		expect(() => parseStory(readStoryFiles(REAL_STORY_DIR))).not.toThrow();
	});
});

describe('precisions a date column may mix', () => {
	it('by default one per file: a month among days stops at its line', () => {
		const files = edit(
			fixture(),
			PRICES,
			'https://example.com/p,2026-04-29,high',
			'https://example.com/p,2026-04,high'
		);
		expect(messages(files)).toEqual([
			`${PRICES}:3: field "date": 2026-04 is a month, but the file's dates are days (line 2: 2026-04-29); give the day, or declare the precisions the file mixes on dataset "prices" in ${STORY} (dates: [month, day])`
		]);
	});

	it('a dataset declares what it mixes; a precision it does not declare stops at its line', () => {
		let files = edit(fixture(), PRICES, 'https://example.com/p,2026-04-29,high', 'https://example.com/p,2026-04,high');
		files = edit(
			files,
			STORY,
			'  - id: prices\n    file: datasets/prices.csv\n',
			'  - id: prices\n    file: datasets/prices.csv\n    dates: [month, day]\n'
		);
		expect(messages(files)).toEqual([]);
		files = edit(
			files,
			STORY,
			'    file: datasets/prices.csv\n    dates: [month, day]\n',
			'    file: datasets/prices.csv\n    dates: [day]\n'
		);
		expect(messages(files)).toEqual([
			`${PRICES}:3: field "date": 2026-04 is a month, but dataset "prices" allows only days (dates: [day] at ${STORY}:${lineOf(files[STORY], 'dates: [day]')})`
		]);
	});

	it('a misspelt precision is refused at its line in story.yaml', () => {
		const files = edit(
			fixture(),
			STORY,
			'  - id: prices\n    file: datasets/prices.csv\n',
			'  - id: prices\n    file: datasets/prices.csv\n    dates: [days]\n'
		);
		expect(messages(files)).toEqual([
			`${STORY}:${lineOf(files[STORY], 'dates: [days]')}: dataset "prices" field "dates": unknown date precision "days"; expected month or day`
		]);
	});

	it('reads precisions', () => {
		expect([precisionOf('2026-04'), precisionOf('2026-04-29'), precisionOf('April')]).toEqual(['month', 'day', null]);
	});
});
