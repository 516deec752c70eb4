/**
 * Issue #17, figures in the copy come from the data: a reference is written out from the data
 * with the charts' number format; a figure written out must be a value the step's cited datasets
 * hold or derive, or the build stops naming the step, the line and both values. Numbers that are
 * not figures (dates, years, names, ranks, counts in words) are never flagged.
 */
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { CHARTS, STORY, edit, fixture, lineOf, loadMessages } from '../fixture.ts';
import { parseStory } from '../load.ts';
import { readStoryFiles } from '../load.server.ts';
import type { Story } from '../../model/types.ts';
import { figuresIn, nameForms } from './numbers.ts';

const RANKING = 'data/datasets/model-ranking.csv';
const INTRO_COPY = 'First paragraph with **strong** text';

function load(files: Record<string, string>): { story: Story | null; messages: string[] } {
	try {
		return { story: parseStory(files, CHARTS), messages: [] };
	} catch (e) {
		if (e instanceof DataError) return { story: null, messages: e.all.map((x) => x.message) };
		throw e;
	}
}

const text = (story: Story | null, id: string) =>
	story!.steps
		.find((s) => s.id === id)!
		.copy.map((p) => p.map((r) => r.text).join(''))
		.join('\n');

describe('a figure written out must be in the data', () => {
	it('a CSV value changed 8.21 -> 9.21 while the copy says "8.21 trillion" stops the build', () => {
		let files = edit(fixture(), STORY, INTRO_COPY, 'Model A drew 8.21 trillion tokens, with **strong** text');
		expect(load(files).messages).toEqual([]);
		files = edit(files, RANKING, 'CN,8.21,', 'CN,9.21,');
		const line = lineOf(files[STORY], '8.21 trillion');
		expect(load(files).messages).toEqual([
			`${STORY}:${line}: step "intro" field "copy": the figure 8.21 is not in the data the step cites (model-ranking, top10-composition), nor a total, difference, ratio or count of it; correct the figure or the data`
		]);
	});

	it('in the notes too', () => {
		const files = edit(fixture(), STORY, 'Speaker notes.', 'Speaker notes: 8.31 trillion.');
		expect(load(files).messages[0]).toMatch(
			/^data\/story\.yaml:\d+: step "intro" field "notes": the figure 8\.31 is not in the data/
		);
	});

	it('rounding to the decimals written is allowed, once: 4.908 is "4.91", 12.96 is not "13"', () => {
		let files = edit(fixture(), RANKING, 'CN,8.21,', 'CN,8.214,');
		files = edit(files, STORY, INTRO_COPY, 'Model A drew 8.21 trillion, with **strong** text');
		expect(load(files).messages).toEqual([]);
		files = edit(files, STORY, 'drew 8.21 trillion', 'drew 8 trillion');
		expect(load(files).messages[0]).toContain('the figure 8 is not in the data');
	});

	it('a total by group, a difference, a count, a number in a note are figures of the data', () => {
		// The shares step cites provider-share: 46.6 + 37.1 (US and CN) and their gap 9.5.
		let files = edit(
			fixture(),
			STORY,
			'copy: Shares by provider.',
			'copy: "The US holds 46.6%, China 37.1%, a gap of 9.5 points over 3 providers."'
		);
		expect(load(files).messages).toEqual([]);
		files = edit(files, STORY, 'a gap of 9.5 points', 'a gap of 9.4 points');
		expect(load(files).messages[0]).toContain('the figure 9.4 is not in the data the step cites (provider-share)');
	});

	it("the header's words (title, dek, method) are checked against every dataset", () => {
		let files = edit(fixture(), STORY, 'dek: A dek that folds', 'dek: A dek of 12.96 trillion that folds');
		expect(load(files).messages).toEqual([]);
		files = edit(files, STORY, 'dek of 12.96 trillion', 'dek of 12.97 trillion');
		expect(load(files).messages[0]).toMatch(
			/^data\/story\.yaml:\d+: meta field "dek": the figure 12\.97 is not in the story.s data,/
		);
	});

	it('a figure from a dataset the step does not cite is refused', () => {
		// 12.96 is in weekly-tokens, which the shares step does not cite.
		const files = edit(
			fixture(),
			STORY,
			'copy: Shares by provider.',
			'copy: Shares by provider; 12.96 trillion a week.'
		);
		expect(load(files).messages[0]).toContain('the figure 12.96 is not in the data the step cites (provider-share)');
	});
});

describe('references to the data', () => {
	it("are written out with the charts' formats, and follow the data", () => {
		let files = edit(
			fixture(),
			STORY,
			INTRO_COPY,
			'Model A drew {model-ranking[Model A].tokens_t} trillion ({model-ranking[Model A].tokens_t|tokens}), with **strong** text'
		);
		expect(text(load(files).story, 'intro')).toContain('Model A drew 8.21 trillion (8.21T), with strong text');
		files = edit(files, RANKING, 'CN,8.21,', 'CN,9.2,');
		expect(text(load(files).story, 'intro')).toContain('Model A drew 9.2 trillion (9.20T), with strong text');
	});

	it('select a row by several values, format dollars, percents and thousands', () => {
		let files = edit(
			fixture(),
			STORY,
			'cite: [prices, model-ranking]',
			'cite: [prices, model-ranking, provider-share]'
		);
		files = edit(
			files,
			STORY,
			'      Prices.\n',
			'      Model B costs {prices[Model B, US].output_usd|usd}, Model A {prices[Model A].input_usd|usd}; {provider-share[anthropic].share_pct|pct}.\n'
		);
		expect(text(load(files).story, 'prices')).toBe('Model B costs $15, Model A $1; 46.6%.');
	});

	it('a reference that does not resolve stops at its line, saying why', () => {
		const cases: [string, string][] = [
			['{model-rankings[Model A].tokens_t}', 'no dataset "model-rankings"; expected one of model-ranking,'],
			[
				'{prices[Model A].output_usd}',
				'the step does not cite "prices" (it cites model-ranking, top10-composition); add it to the step\'s cite: so its source is credited'
			],
			['{model-ranking[Model Z].tokens_t}', `no row of ${RANKING} holds "Model Z"`],
			[
				'{model-ranking[not reported].tokens_t}',
				`2 rows of ${RANKING} hold "not reported" (lines 4, 5); add a value that tells them apart, e.g. [not reported, ...]`
			],
			['{model-ranking[3].tokens_t}', `${RANKING}:4 does not report "tokens_t"; say so in words instead`],
			['{model-ranking[Model A].token}', `no column "token" in ${RANKING}; expected one of rank, model,`],
			[
				'{model-ranking[Model A].tokens_t|euro}',
				'unknown format "euro"; expected one of number, usd, pct, tokens, points'
			],
			['{model-ranking[Model A].model}', `${RANKING}:2 field "model" is "Model A", not a number`]
		];
		for (const [ref, why] of cases) {
			const files = edit(fixture(), STORY, INTRO_COPY, `Model A drew ${ref}, with **strong** text`);
			const line = lineOf(files[STORY], 'Model A drew');
			const [message, ...rest] = load(files).messages;
			expect(rest, ref).toEqual([]);
			expect(message, ref).toContain(`${STORY}:${line}: step "intro" field "copy": reference ${ref}: ${why}`);
		}
	});
});

describe('numbers that are not figures', () => {
	const names = nameForms([
		'GPT-5.5',
		'Claude Sonnet 4.6',
		'Qwen3.6 Plus (free)',
		'Claude Opus 4.7',
		'DeepSeek V4 Pro',
		'Gemini 3.1 Pro Preview'
	]);
	const figures = (t: string) => figuresIn(t, names).map((f) => f.raw);

	it('dates, years, week ranges', () => {
		expect(
			figures(
				'In the week of 9 February 2026, and 30 March to 5 April; May 18-24; 30 Mar - 5 Apr; late 2024; 4 Dec 2025; 2 to 8 April; on 1 May 2026.'
			)
		).toEqual([]);
	});

	it('model names, whole or shortened, and numbers glued to letters', () => {
		expect(
			figures(
				'GPT-5.5 and Claude Sonnet 4.6 beat Qwen3.6 Plus; Opus 4.7 from April; DeepSeek V4 Pro; MiMo-V2-Pro; Gemini 3.1 Pro; GLM-5.1; Kimi K2.6; the 2nd time; 3D.'
			)
		).toEqual([]);
	});

	it('ranks, places, links and references', () => {
		expect(
			figures(
				'the top 10, ranks 6-10, rank 3, #1 and #3, step 4, [Global Times](https://www.globaltimes.cn/page/202604/1358300.shtml), {weekly-tokens[2026-03-30].china_t}'
			)
		).toEqual([]);
	});

	it('counts in words are never seen; figures with units, money, percents and thousands are', () => {
		expect(figures('Six of the top ten; four of five.')).toEqual([]);
		expect(
			figures(
				'8.21 trillion, 8.21T, $0.40, $15, 46.6%, 1,753 Elo, about 800, +/-28, 3x, 9.5 percentage points, (6.27 trillion).'
			)
		).toEqual(['8.21', '8.21', '0.40', '15', '46.6', '1,753', '800', '28', '3', '9.5', '6.27']);
	});
});

describe("on the engine: a step cites its chart's datasets, as story.yaml declares them", () => {
	const DIR = 'tests/fixtures/stories/test-story';
	const NARRATIVE = `${DIR}/story.yaml`;
	const files = readStoryFiles(DIR);

	it('the test story\'s "the axis starts at 60 seconds" is its chart\'s declared option; 61 stops, naming the datasets its chart reads', () => {
		expect(loadMessages(() => parseStory(files))).toEqual([]);
		const changed = edit(files, NARRATIVE, 'the axis starts at 60 seconds', 'the axis starts at 61 seconds');
		expect(loadMessages(() => parseStory(changed))).toEqual([
			`${NARRATIVE}:${lineOf(changed[NARRATIVE], 'starts at 61')}: step "test-laps" field "copy": the figure 61 is not in the data the step cites (lap-times, lap-metrics), nor a total, difference, ratio or count of it; correct the figure or the data`
		]);
	});

	it('a reference in the test story is written out from its own dataset', () => {
		const changed = edit(
			files,
			NARRATIVE,
			'copy: TEST DATA. Season fees.',
			'copy: TEST DATA. Season fees; Kestrel scored {leaderboard[Kestrel].points} points.'
		);
		const fees = parseStory(changed).steps.find((s) => s.id === 'test-fees')!;
		expect(loadMessages(() => parseStory(changed))).toEqual([]);
		expect(
			fees.copy
				.flat()
				.map((r) => r.text)
				.join('')
		).toBe('TEST DATA. Season fees; Kestrel scored 412 points.');
	});
});
