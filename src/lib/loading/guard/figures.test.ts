/**
 * A figure in a story's words is a reference into the data, or the build stops: a figure written
 * out (in digits or in words) stops at its line, with a reference to write only when it prints
 * exactly the figure written. The probe's cases (/work/shared/story/bad-input-probe.md: E01b, E09,
 * X33, E01c, X15, E06c) are named by their ids. Numbers that are not figures (dates, years, names,
 * versions, ranks) are never flagged. The reference syntax is tested in references.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { CHARTS, STORY, edit, fixture, lineOf, loadMessages } from '../fixture.ts';
import { parseStory } from '../load.ts';
import { readStoryFiles } from '../load.server.ts';
import type { Story } from '../../model/types.ts';
import { figuresIn, nameForms } from './numbers.ts';

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

const PRICES_COPY = '      Prices.\n';
const SHARES = 'copy: Shares by provider.';

describe('a figure written out stops the build', () => {
	it('a figure the data holds, in the copy: stops at its line, with the reference that prints it', () => {
		const files = edit(fixture(), STORY, INTRO_COPY, 'Model A drew 8.21 trillion tokens, with **strong** text');
		expect(load(files).messages).toEqual([
			`${STORY}:${lineOf(files[STORY], '8.21 trillion')}: step "intro" field "copy": the figure "8.21" is written out; a figure in the words is a reference to the data, so it follows the data: write 8.21 as {model-ranking[Model A].tokens_t}`
		]);
	});

	it('in the notes and the header too', () => {
		let files = edit(fixture(), STORY, 'Speaker notes.', 'Speaker notes: 8.21 trillion.');
		expect(load(files).messages[0]).toMatch(
			/^data\/story\.yaml:\d+: step "intro" field "notes": the figure "8\.21" is written out/
		);
		files = edit(fixture(), STORY, 'dek: A dek that folds', 'dek: A dek of 12.96 trillion that folds');
		expect(load(files).messages[0]).toMatch(
			/^data\/story\.yaml:\d+: meta field "dek": the figure "12\.96" is written out;.*write 12\.96 as \{weekly-tokens\[2026-02-23\]\.china_t\}$/
		);
	});

	it('E01b: "$3 or less" stops even though a cell holds 3; the hint names every cell that prints $3', () => {
		const files = edit(fixture(), STORY, PRICES_COPY, '      Every Chinese model costs $3 or less.\n');
		const [message, ...rest] = load(files).messages;
		expect(rest).toEqual([]);
		expect(message).toContain(
			'the figure "3" is written out; a figure in the words is a reference to the data, so it follows the data: write $3 as the one of {prices[Model A].output_usd|usd}, {prices[Model B].input_usd|usd}'
		);
	});

	it('E01b: written as a derivation, a raised price changes the words, and a wrong "five times" cannot build', () => {
		const max = 'max(prices[Model A].output_usd)';
		let files = edit(
			fixture(),
			STORY,
			PRICES_COPY,
			`      It costs {${max}|usd} or less; Model B, {prices[Model B].output_usd|usd}, {ratio(prices[Model B].output_usd, ${max})|words} times as much.\n`
		);
		expect(text(load(files).story, 'prices')).toBe('It costs $3 or less; Model B, $15, five times as much.');
		files = edit(files, 'data/datasets/prices.csv', 'Model A,Lab A,CN,1.00,3.00,', 'Model A,Lab A,CN,1.00,3.50,');
		expect(load(files).messages).toEqual([
			expect.stringMatching(
				/step "prices" field "copy": reference \{ratio\(.*\)\|words\}: the figure is 4\.29, which has no words form/
			)
		]);
	});

	it('E09: a wrong difference ("2.8 trillion more") stops; written as diff() it prints the true gap', () => {
		let files = edit(
			fixture(),
			STORY,
			INTRO_COPY,
			'Model A drew 3.04 trillion more than Model B, with **strong** text'
		);
		expect(load(files).messages[0]).toContain('the figure "3.04" is written out;');
		expect(load(files).messages[0]).toContain(
			'write 3.04 as {diff(model-ranking[Model A].tokens_t, model-ranking[Model B].tokens_t)}'
		);
		files = edit(fixture(), STORY, INTRO_COPY, 'Model A drew 2.8 trillion more than Model B, with **strong** text');
		expect(load(files).messages[0]).toContain(
			'nothing in the data the step cites (model-ranking, top10-composition) prints 2.8 as written'
		);
		files = edit(
			fixture(),
			STORY,
			INTRO_COPY,
			'Model A drew {diff(model-ranking[Model A].tokens_t, model-ranking[Model B].tokens_t)} trillion more than Model B, with **strong** text'
		);
		expect(text(load(files).story, 'intro')).toContain('Model A drew 3.04 trillion more than Model B');
	});

	it('X33: a count in words stops; as a reference it follows the data ("two" becomes "three")', () => {
		let files = edit(fixture(), STORY, INTRO_COPY, 'Two of the top four are Chinese, with **strong** text');
		expect(load(files).messages[0]).toContain('the figure "Two" is written out;');
		expect(load(files).messages[0]).toContain('{top10-composition[CN].count|Words}');
		files = edit(
			fixture(),
			STORY,
			INTRO_COPY,
			'{top10-composition[CN].count|Words} of the top four are Chinese, with **strong** text'
		);
		expect(text(load(files).story, 'intro')).toContain('Two of the top four are Chinese');
		files = edit(files, 'data/datasets/top10-composition.csv', 'CN,2,"""Two', 'CN,3,"""Two');
		files = edit(files, 'data/datasets/top10-composition.csv', 'not CN,2,', 'not CN,1,');
		expect(load(files).messages).toEqual([]);
		expect(text(load(files).story, 'intro')).toContain('Three of the top four are Chinese');
	});

	it('E01c: no hint to a value that prints another figure (4.6 is not 4.12 or 4.69)', () => {
		const files = edit(fixture(), STORY, 'copy: |\n      Weekly.', 'copy: |\n      Chinese models drew 4.6 trillion.');
		const [message] = load(files).messages;
		expect(message).toContain('the figure "4.6" is written out');
		expect(message).toContain('nothing in the data the step cites (weekly-tokens) prints 4.6 as written');
		expect(message).not.toMatch(/write 4\.6 as/);
	});

	it('X15: "30%" is never offered 27 (a total of tokens)', () => {
		const files = edit(fixture(), STORY, 'copy: |\n      Weekly.', 'copy: |\n      Close to 30% in some weeks.');
		const [message] = load(files).messages;
		expect(message).not.toContain('total_t');
		expect(message).toContain('prints 30 as written');
	});

	it('E06c: a 9.5-point gap is offered the difference that prints 9.5, never a 16.3 remainder', () => {
		let files = edit(fixture(), STORY, SHARES, 'copy: "A gap of 9.5 points."');
		expect(load(files).messages[0]).toContain(
			'write 9.5 as {diff(provider-share[anthropic].share_pct, provider-share[china-six].share_pct)}'
		);
		files = edit(
			files,
			'data/datasets/provider-share.csv',
			'anthropic,Anthropic,US,46.6',
			'anthropic,Anthropic,US,45.6'
		);
		const messages = load(files).messages.filter((m) => m.includes('"9.5"'));
		expect(messages[0]).toContain('prints 9.5 as written');
		expect(messages[0]).not.toContain('write 9.5 as');
	});

	it('a hint prints exactly what is written: format and rounding included', () => {
		const files = edit(fixture(), STORY, SHARES, 'copy: "Anthropic has 46.6%, or about 47%."');
		const messages = load(files).messages;
		expect(messages[0]).toContain('write 46.6% as {provider-share[anthropic].share_pct|pct}');
		expect(messages[1]).toContain('nothing in the data the step cites (provider-share) prints 47 as written');
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

	it('versions, and ranks in words ("the top five", "ranks six to ten", "top-six")', () => {
		expect(
			figures('Index version 4.0, v4.1; the top five; ranks six to ten; the top-six claim; one of them, half, twice.')
		).toEqual([]);
	});

	it('X33: counts in words are figures, and so are figures with units, money, percents and thousands', () => {
		expect(figures('Six of the top ten; four of five; twenty-one weeks; the china-six id.')).toEqual([
			'Six',
			'four',
			'five',
			'twenty-one'
		]);
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

	it('a figure in the test story stops, naming the datasets its chart reads', () => {
		expect(loadMessages(() => parseStory(files))).toEqual([]);
		const changed = edit(files, NARRATIVE, 'the axis does not start at zero', 'the axis starts at 61 seconds');
		expect(loadMessages(() => parseStory(changed))).toEqual([
			`${NARRATIVE}:${lineOf(changed[NARRATIVE], 'starts at 61')}: step "test-laps" field "copy": the figure "61" is written out; a figure in the words is a reference to the data, so it follows the data; nothing in the data the step cites (lap-times, lap-metrics) prints 61 as written (a cell, a figure in a cell's words, a total, a difference or a count): correct the figure or the data, derive it (docs/writing-a-story.md#figures-are-references), or say it another way`
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
