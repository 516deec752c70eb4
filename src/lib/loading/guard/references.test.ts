/**
 * The reference syntax (references.ts): a cell, a figure in a cell's or a dataset's words, and
 * derived figures (sum, diff, ratio, max, min, count), each printed in a format; a mistake stops
 * the build at its line, in words.
 */
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { CHARTS, STORY, edit, fixture, lineOf } from '../fixture.ts';
import { parseStory } from '../load.ts';
import { readStoryFiles } from '../load.server.ts';
import type { Story } from '../../model/types.ts';

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

const intro = (copy: string) =>
	text(load(edit(fixture(), STORY, INTRO_COPY, `${copy}, with **strong** text`)).story, 'intro');

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
				'unknown format "euro"; expected one of number, usd, pct, tokens, points, words, Words'
			],
			['{model-ranking[Model A].model}', `${RANKING}:2 field "model" is "Model A", not a number`],
			['{diff(model-ranking[Model A].tokens_t)}', 'diff(...) takes 2 values, got 1'],
			['{sums(model-ranking.tokens_t)}', '"sums" is no function; expected one of sum, diff, ratio, max, min, count'],
			['{sum(model-ranking.tokens_t}', 'sum(...) is not closed: expected "," or ")"'],
			['{model-ranking[Model A]}', 'rows are no figure: name a cell'],
			['{count(model-ranking.tokens_t)|pct|usd}', 'unexpected "|pct" after the reference'],
			[
				'{model-ranking.tokens_t}',
				'model-ranking.tokens_t is every row\'s "tokens_t": name one row ([...]) or derive one figure (sum, max, min, count)'
			],
			['{model-ranking[Model A].note#1}', 'model-ranking[Model A].note#1: the words hold 0 figures, not a #1'],
			[
				'{ratio(model-ranking[Model A].tokens_t, model-ranking[Model B].tokens_t)|words}',
				'the figure is 1.59, which has no words form'
			],
			['{ratio(model-ranking[Model A].tokens_t, sum(prices.input_usd))}', 'the step does not cite "prices"']
		];
		for (const [ref, why] of cases) {
			const files = edit(fixture(), STORY, INTRO_COPY, `Model A drew ${ref}, with **strong** text`);
			const line = lineOf(files[STORY], 'Model A drew');
			const [message, ...rest] = load(files).messages;
			expect(rest, ref).toEqual([]);
			expect(message, ref).toContain(`${STORY}:${line}: step "intro" field "copy": reference ${ref}: `);
			expect(message, ref).toContain(why);
		}
	});
});

describe('derived figures are computed from the cells they name', () => {
	it('sum, diff, ratio, max, min and count, nested, in any format', () => {
		expect(
			intro(
				'{sum(model-ranking.tokens_t)} in all, {diff(model-ranking[Model A].tokens_t, model-ranking[Model B].tokens_t)|tokens} apart'
			)
		).toContain('13.38 in all, 3.04T apart');
		expect(
			intro(
				'{ratio(model-ranking[Model A].tokens_t, model-ranking[Model B].tokens_t)} times; {max(model-ranking.tokens_t)} and {min(model-ranking.tokens_t)}'
			)
		).toContain('1.59 times; 8.21 and 5.17');
		expect(
			intro(
				'{count(model-ranking)|Words} rows, {count(model-ranking[not reported])|words} unnamed, {count(model-ranking.tokens_t)|words} reported'
			)
		).toContain('Four rows, two unnamed, two reported');
		expect(intro('{diff(top10-composition[CN].count, count(model-ranking[CN]))|words} more')).toContain('one more');
	});

	it("a figure in a cell's words", () => {
		expect(intro('"{top10-composition[CN].note#1|words} are Chinese"')).toContain('"two are Chinese"');
	});

	it('a reference may break across lines of the copy', () => {
		const files = edit(
			fixture(),
			STORY,
			INTRO_COPY,
			'A {diff(model-ranking[Model A].tokens_t,\n      model-ranking[Model B].tokens_t)} gap, with **strong** text'
		);
		expect(load(files).messages).toEqual([]);
		expect(text(load(files).story, 'intro')).toContain('A 3.04 gap');
	});
});

describe('braces', () => {
	it('in the copy are references: one that is no reference stops at its line, in words', () => {
		const files = edit(fixture(), STORY, INTRO_COPY, 'Model A {leads}, with **strong** text');
		expect(load(files).messages).toEqual([
			`${STORY}:${lineOf(files[STORY], 'Model A {leads}')}: step "intro" field "copy": reference {leads}: braces in the words hold a reference only: a cell, {dataset[row].column}, or a derived figure, {diff(a, b)}`
		]);
	});

	it("in an update's note are not checked, and stay as typed (a correction quotes what the page said)", () => {
		const DIR = 'tests/fixtures/stories/test-story';
		const files = edit(
			readStoryFiles(DIR),
			`${DIR}/story.yaml`,
			'note: TEST DATA. Adds the fees of every entry.',
			'note: TEST DATA. Adds the fees of every entry, once {diff(a, b)} and 2 more.'
		);
		const story = parseStory(files);
		expect(
			story.updates[1].note
				.flat()
				.map((r) => r.text)
				.join('')
		).toBe('TEST DATA. Adds the fees of every entry, once {diff(a, b)} and 2 more.');
	});
});
