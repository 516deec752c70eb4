import { describe, expect, it } from 'vitest';
import { CHARTS, STORY, edit, errorsOf, fixture, lineOf } from './fixture';
import { parseStory } from './load';

const META_END = '  method: |';
/** The fixture with `lines` added to meta (before `method:`) and `updates` as the top-level list. */
function dated(metaLines: string, updates = ''): Record<string, string> {
	const files = edit(fixture(), STORY, META_END, `${metaLines}\n${META_END}`);
	return updates ? edit(files, STORY, '\ngroups:\n', `\nupdates:\n${updates}\ngroups:\n`) : files;
}
const messages = (files: Record<string, string>) => errorsOf(files).map((e) => e.message);

describe("a story's dates: meta.published and updates:", () => {
	it('reads the publication day, the authors and the log, oldest entry first', () => {
		const story = parseStory(
			dated(
				'  published: 2026-05-02\n  author: The graphics desk\n  publisher: A newsroom',
				[
					'  - date: 2026-06-10',
					'    kind: correction',
					'    note: An earlier version gave **Model B** the wrong lab.',
					'    concerns:',
					'      - model-ranking[Model B]',
					'  - date: 2026-05-20',
					'    kind: update',
					'    note: Adds the [May figures](https://example.com/may).'
				].join('\n')
			),
			CHARTS
		);
		expect(story.meta.published).toBe('2026-05-02');
		expect(story.meta.author).toBe('The graphics desk');
		expect(story.meta.publisher).toBe('A newsroom');
		expect(story.updates.map((u) => [u.date, u.kind, u.concerns])).toEqual([
			['2026-05-20', 'update', []],
			['2026-06-10', 'correction', ['model-ranking[Model B]']]
		]);
		expect(story.updates[0].note[0].map((r) => r.kind)).toEqual(['text', 'link', 'text']);
	});

	it('a draft has no dates and no log', () => {
		const story = parseStory(fixture(), CHARTS);
		expect(story.meta.published).toBeNull();
		expect(story.updates).toEqual([]);
	});

	it('refuses a day that is not real, or not a day', () => {
		const files = dated('  published: 2026-02-30');
		expect(messages(files)).toEqual([
			`${STORY}:${lineOf(files[STORY], 'published:')}: meta field "published": "2026-02-30" is not a real date`
		]);
		expect(messages(dated('  published: 2026-05'))).toEqual([
			`${STORY}:${lineOf(dated('  published: 2026-05')[STORY], 'published:')}: meta field "published": expected a date YYYY-MM-DD, got "2026-05"`
		]);
	});

	it('refuses a publication day after the build day', () => {
		const files = dated('  published: 2099-01-01');
		expect(messages(files)).toEqual([
			`${STORY}:${lineOf(files[STORY], 'published:')}: meta field "published": 2099-01-01 is after the build's day (${new Date().toISOString().slice(0, 10)}): a story cannot be published or updated in the future (is the year mistyped?)`
		]);
	});

	it('refuses an update dated before publication, or after the build day', () => {
		const files = dated(
			'  published: 2026-05-02',
			[
				'  - date: 2026-05-01',
				'    kind: update',
				'    note: Too early.',
				'  - date: 2099-01-01',
				'    kind: update',
				'    note: Too late.'
			].join('\n')
		);
		const text = files[STORY];
		expect(messages(files)).toEqual([
			`${STORY}:${lineOf(text, '2099-01-01')}: update 2 field "date": 2099-01-01 is after the build's day (${new Date().toISOString().slice(0, 10)}): a story cannot be published or updated in the future (is the year mistyped?)`,
			`${STORY}:${lineOf(text, '2026-05-01')}: update 1 field "date": 2026-05-01 is before the story was published (meta.published: 2026-05-02); an update comes after`
		]);
	});

	it('refuses an update to a story that was never published', () => {
		const files = dated('', ['  - date: 2026-05-01', '    kind: update', '    note: Something.'].join('\n'));
		expect(messages(files)).toEqual([
			`${STORY}:${lineOf(files[STORY], '2026-05-01')}: update 1 field "date": the story has no meta.published date: a story is updated only once it is published; add meta.published`
		]);
	});

	it('refuses a correction with an empty note, and an unknown kind', () => {
		const files = dated(
			'  published: 2026-05-02',
			[
				'  - date: 2026-05-03',
				'    kind: correction',
				'    note: ""',
				'  - date: 2026-05-04',
				'    kind: fix',
				'    note: Typo.'
			].join('\n')
		);
		const text = files[STORY];
		expect(messages(files)).toEqual([
			`${STORY}:${lineOf(text, 'note: ""')}: update 1 field "note": is empty: a correction says, in plain words, what was wrong and what is right`,
			`${STORY}:${lineOf(text, 'kind: fix')}: update 2 field "kind": expected one of update, correction, got "fix"`
		]);
	});

	it('refuses a note that holds a figure reference: a note says what the page showed', () => {
		const files = dated(
			'  published: 2026-05-02',
			[
				'  - date: 2026-05-03',
				'    kind: correction',
				'    note: Model A drew {model-ranking[Model A].tokens_t}T.'
			].join('\n')
		);
		expect(messages(files)[0]).toMatch(/update 1 field "note": a note is not written out from the data/);
	});

	it('refuses an update that concerns a dataset or row the story does not hold', () => {
		const files = dated(
			'  published: 2026-05-02',
			[
				'  - date: 2026-05-03',
				'    kind: update',
				'    note: New prices.',
				'    concerns:',
				'      - pricez',
				'      - prices[Model Z]',
				'      - prices[Model A]',
				'      - prices'
			].join('\n')
		);
		const text = files[STORY];
		expect(messages(files)).toEqual([
			`${STORY}:${lineOf(text, '- pricez')}: update 1 field "concerns": no dataset "pricez"; expected one of model-ranking, top10-composition, provider-share, country-share, weekly-tokens, benchmark-metrics, benchmarks, prices, china-share-history`,
			`${STORY}:${lineOf(text, 'Model Z]')}: update 1 field "concerns": no row of data/datasets/prices.csv holds "Model Z"`
		]);
	});
});
