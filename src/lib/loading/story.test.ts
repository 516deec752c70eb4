/**
 * parseStory on a small valid fixture (tests/fixtures/data), broken one thing at a time. Each
 * case asserts the exact file, line and field of the error. A fake chart registry keeps these
 * tests independent of the real charts' states; real-data.test.ts uses the real one.
 */
import { describe, expect, it } from 'vitest';
import { DataError } from './errors.ts';
import { parseStory, rowsOf } from './load.ts';
import { CHARTS, STORY, edit, errorsOf, fixture, lineOf, onlyError } from './fixture.ts';

describe('the fixture story', () => {
	it('parses into the typed model', () => {
		const story = parseStory(fixture(), CHARTS);
		expect(story.meta.title).toBe('A test story');
		expect(story.meta.dek).toBe('A dek that folds onto one line.');
		expect(story.meta.basedOn).toEqual({
			title: 'An article',
			publisher: 'A publisher',
			url: 'https://example.com/article',
			date: '2026-04'
		});
		expect(story.meta.method).toEqual([
			[
				{ kind: 'text', text: 'Values marked ' },
				{ kind: 'strong', text: 'derived' },
				{ kind: 'text', text: ' are computed.' }
			],
			[{ kind: 'text', text: 'Gaps are not filled.' }]
		]);
		expect(story.datasets.map((d) => d.id)).toEqual([
			'model-ranking',
			'top10-composition',
			'provider-share',
			'country-share',
			'weekly-tokens',
			'benchmark-metrics',
			'benchmarks',
			'prices',
			'china-share-history'
		]);
		expect(story.datasets[0].limits).toEqual(['Ranks 3 and 4 are not itemized.']);
		expect(story.datasets[2].limits).toEqual(['Window not stated.']);
		expect(story.steps.map((s) => s.id)).toEqual(['intro', 'shares', 'weeks', 'prices']);
		expect(story.steps[0]).toEqual({
			id: 'intro',
			kicker: 'The market',
			// The fake charts show no words.
			chart: {
				id: 'ranking',
				kind: 'ranked-bars',
				bind: { ranks: 'model-ranking', counts: 'top10-composition' },
				options: {},
				words: {}
			},
			state: 'named',
			highlight: ['Model A'],
			copy: [
				[
					{ kind: 'text', text: 'First paragraph with ' },
					{ kind: 'strong', text: 'strong' },
					{ kind: 'text', text: ' text folded onto one line.' }
				],
				[
					{ kind: 'text', text: 'Second paragraph with ' },
					{ kind: 'link', text: 'a link', href: 'https://example.com/a' },
					{ kind: 'text', text: '.' }
				]
			],
			notes: [[{ kind: 'text', text: 'Speaker notes.' }]],
			cite: ['model-ranking', 'top10-composition'],
			groups: story.groups,
			lang: 'en'
		});
		expect(story.groups.map((g) => [g.id, g.label, g.tag])).toEqual([
			['US', 'US', 'US'],
			['CN', 'Chinese', 'CN']
		]);
		expect(story.steps[1].kicker).toBeNull();
		expect(story.steps[1].cite).toEqual(['provider-share']);
		expect(story.steps[2].highlight).toEqual(['2026-02-09']);
		expect(story.steps[3].cite).toEqual(['prices', 'model-ranking']);
		expect(story.data['model-ranking'][0]).toEqual({
			rank: 1,
			label: 'Model A',
			short: '',
			sub: 'Lab A',
			group: 'CN',
			value: 8.21,
			note: '',
			source: 'The Hype, citing OpenRouter',
			url: 'https://example.com/article',
			date: '2026-04',
			confidence: 'low'
		});
		expect(rowsOf(story, 'model-ranking', 'ranks')[2].label).toBeNull();
		expect(rowsOf(story, 'top10-composition', 'counts')[0].note).toBe('"Two are Chinese."');
		expect(rowsOf(story, 'benchmarks', 'scores')[1]).toMatchObject({ value: null, url: null, confidence: null });
		expect(rowsOf(story, 'benchmarks', 'scores')[2]).toMatchObject({ approximate: true, error: 28 });
	});
});

describe('a bad dataset file stops the load with file, line and field', () => {
	const P = 'data/datasets/prices.csv';

	it('a number that is text', () => {
		expect(onlyError(edit(fixture(), P, 'US,3,15,', 'US,3,15$,'))).toEqual({
			file: P,
			line: 3,
			field: 'output_usd',
			message: 'data/datasets/prices.csv:3: field "output_usd": expected a number, got "15$"'
		});
	});

	it('a thousands separator in a quoted number', () => {
		const f = 'data/datasets/benchmarks.csv';
		expect(onlyError(edit(fixture(), f, 'gdpval-aa,1753,', 'gdpval-aa,"1,753",')).message).toBe(
			'data/datasets/benchmarks.csv:2: field "score": expected a number or "not reported", got "1,753"'
		);
	});

	it('a misspelled column', () => {
		const f = 'data/datasets/model-ranking.csv';
		const errors = errorsOf(edit(fixture(), f, ',tokens_t,', ',tokns_t,'));
		expect(errors.map((e) => [e.file, e.line, e.field])).toEqual([
			[f, 1, 'tokns_t'],
			[f, 1, 'tokens_t']
		]);
		expect(errors[0].message).toBe(
			'data/datasets/model-ranking.csv:1: field "tokns_t": unknown column "tokns_t"; expected one of rank, model, short, lab, country, tokens_t, note, source, url, date, confidence'
		);
		expect(errors[1].message).toBe('data/datasets/model-ranking.csv:1: field "tokens_t": missing column "tokens_t"');
	});

	it('a missing column', () => {
		const files = fixture();
		const text = files[P].replace(/,note,/, ',').replace(/(,\d+(?:\.\d+)?,\d+(?:\.\d+)?),,/g, '$1,');
		expect(onlyError({ ...files, [P]: text })).toEqual({
			file: P,
			line: 1,
			field: 'note',
			message: 'data/datasets/prices.csv:1: field "note": missing column "note"'
		});
	});

	it('a truncated file: unterminated quote', () => {
		const f = 'data/datasets/benchmark-metrics.csv';
		const files = fixture();
		const cut = files[f].slice(0, files[f].indexOf('head to head'));
		expect(onlyError({ ...files, [f]: cut })).toEqual({
			file: f,
			line: 2,
			field: null,
			message:
				'data/datasets/benchmark-metrics.csv:2: unterminated quoted field: a `"` opens it and none closes it (is the file truncated?)'
		});
	});

	it('a truncated file: a row with fewer cells', () => {
		const files = fixture();
		const cut = files[P].slice(0, files[P].indexOf(',Source P,https://example.com/p,2026-04-29,high'));
		expect(onlyError({ ...files, [P]: cut })).toEqual({
			file: P,
			line: 3,
			field: null,
			message:
				'data/datasets/prices.csv:3: row has 6 cells, expected 10 as in the header (is the file truncated, or a comma missing?)'
		});
	});

	it('an unquoted comma', () => {
		const f = 'data/datasets/model-ranking.csv';
		expect(onlyError(edit(fixture(), f, '"The Hype, citing OpenRouter"', 'The Hype, citing OpenRouter')).message).toBe(
			'data/datasets/model-ranking.csv:2: row has 11 cells, expected 10 as in the header (is a comma inside a value not quoted?)'
		);
	});

	it('shares that do not add up to 100', () => {
		const f = 'data/datasets/country-share.csv';
		expect(onlyError(edit(fixture(), f, '16.3,derived', '17.3,reported')).message).toBe(
			'data/datasets/country-share.csv:4: field "share_pct": shares add up to 101, expected 100 ± 0.15'
		);
	});

	it('a benchmark metric that benchmark-metrics.csv does not define', () => {
		const f = 'data/datasets/benchmarks.csv';
		expect(onlyError(edit(fixture(), f, 'CN,gdpval-aa,800', 'CN,gdpval,800')).message).toBe(
			'data/datasets/benchmarks.csv:4: field "metric": unknown metric "gdpval"; expected an id of data/datasets/benchmark-metrics.csv: gdpval-aa'
		);
	});

	it('a week left out of the weekly file', () => {
		const f = 'data/datasets/weekly-tokens.csv';
		const files = fixture();
		const text = files[f].replace(/^2026-02-16.*\n/m, '');
		expect(onlyError({ ...files, [f]: text }).message).toBe(
			'data/datasets/weekly-tokens.csv:3: field "week_start": expected 2026-02-16 (one week after the row above), got 2026-02-23; list every week in order, unreported ones as "not reported"'
		);
	});

	it('a reported value without a url', () => {
		const f = 'data/datasets/weekly-tokens.csv';
		expect(onlyError(edit(fixture(), f, 'medium', 'not reported'))).toMatchObject({
			file: f,
			line: 4,
			field: 'confidence'
		});
	});

	it('a top-10 count that does not match the ranking', () => {
		const f = 'data/datasets/top10-composition.csv';
		expect(errorsOf(edit(fixture(), f, '\nCN,2,', '\nCN,0,')).map((e) => e.message)).toEqual([
			'data/datasets/top10-composition.csv:3: field "count": counts add up to 2, but model-ranking has 4 ranks',
			'data/datasets/top10-composition.csv:2: field "count": group "CN" counts 0, but model-ranking already itemizes 1 such items'
		]);
	});

	it('a dataset file that does not exist', () => {
		const files = fixture();
		delete files[P];
		expect(onlyError(files)).toEqual({
			file: STORY,
			line: lineOf(files[STORY], 'file: datasets/prices.csv'),
			field: 'file',
			message: `data/story.yaml:${lineOf(files[STORY], 'file: datasets/prices.csv')}: dataset "prices" field "file": file not found: data/datasets/prices.csv`
		});
	});

	it('reports problems in several files at once, one per line', () => {
		let files = edit(fixture(), P, 'US,3,15,', 'US,3,15$,');
		files = edit(files, STORY, 'chart: timeline', 'chart: timelime');
		let thrown: unknown;
		try {
			parseStory(files, CHARTS);
		} catch (e) {
			thrown = e;
		}
		expect(thrown).toBeInstanceOf(DataError);
		const message = (thrown as Error).message;
		expect(message.split('\n')).toEqual([
			'data/datasets/prices.csv:3: field "output_usd": expected a number, got "15$"',
			`data/story.yaml:${lineOf(files[STORY], 'chart: timelime')}: step "weeks" field "chart": unknown chart "timelime"; expected one of ranking, share, timeline, benchmark, prices (declared under charts:)`
		]);
	});
});

describe('a bad narrative stops the load with line, step and field', () => {
	const story = () => fixture()[STORY];

	function stepError(from: string, to: string, nth = 0) {
		const files = edit(fixture(), STORY, from, to);
		return { ...onlyError(files), expectedLine: lineOf(files[STORY], to.split('\n')[0], nth) };
	}

	it('meta.site: optional, and when given an absolute https:// address', () => {
		expect(parseStory(fixture(), CHARTS).meta.site).toBeNull();
		const withSite = edit(
			fixture(),
			STORY,
			'  byline: By the tests\n',
			'  byline: By the tests\n  site: https://stories.newsroom.org/china/\n'
		);
		expect(parseStory(withSite, CHARTS).meta.site).toBe('https://stories.newsroom.org/china/');
		for (const [bad, says] of [
			['http://stories.newsroom.org/', 'expected an https:// address, got "http://stories.newsroom.org/"'],
			['stories.newsroom.org', 'expected an absolute https:// address'],
			['https://stories.newsroom.org/?ref=x', 'may not have a query or a fragment']
		]) {
			const files = edit(fixture(), STORY, '  byline: By the tests\n', `  byline: By the tests\n  site: ${bad}\n`);
			const e = onlyError(files);
			expect(e).toMatchObject({ file: STORY, line: lineOf(files[STORY], `site: ${bad}`), field: 'site' });
			expect(e.message).toContain(says);
		}
	});

	it('an unknown chart', () => {
		const e = stepError('chart: share', 'chart: pie');
		expect(e).toMatchObject({ file: STORY, line: e.expectedLine, field: 'chart' });
		expect(e.message).toBe(
			`data/story.yaml:${e.expectedLine}: step "shares" field "chart": unknown chart "pie"; expected one of ranking, share, timeline, benchmark, prices (declared under charts:)`
		);
	});

	it('an unknown state', () => {
		const e = stepError('state: parts', 'state: provider');
		expect(e).toMatchObject({ file: STORY, line: e.expectedLine, field: 'state' });
		expect(e.message).toBe(
			`data/story.yaml:${e.expectedLine}: step "shares" field "state": unknown state "provider" of chart "share"; expected one of parts, totals`
		);
	});

	it('an unknown dataset in cite', () => {
		const e = stepError('cite: [prices, model-ranking]', 'cite: [prices, model-rankings]');
		expect(e).toMatchObject({ file: STORY, line: e.expectedLine, field: 'cite' });
		expect(e.message).toBe(
			`data/story.yaml:${e.expectedLine}: step "prices" field "cite": unknown dataset "model-rankings"; expected one of model-ranking, top10-composition, provider-share, country-share, weekly-tokens, benchmark-metrics, benchmarks, prices, china-share-history (declared under datasets:)`
		);
	});

	it('an unknown highlight (each list item on its own line)', () => {
		const e = stepError('highlight: [Model A]', 'highlight:\n      - Model A\n      - Model Z');
		const line = lineOf(
			edit(fixture(), STORY, 'highlight: [Model A]', 'highlight:\n      - Model A\n      - Model Z')[STORY],
			'- Model Z'
		);
		expect(e).toMatchObject({ file: STORY, line, field: 'highlight' });
		expect(e.message).toBe(
			`data/story.yaml:${line}: step "intro" field "highlight": unknown highlight "Model Z" for chart "ranking" in state "named"; expected one of "Model A", "Model B"`
		);
	});

	it('a duplicate step id', () => {
		const e = stepError('- id: weeks', '- id: shares');
		const line = lineOf(edit(fixture(), STORY, '- id: weeks', '- id: shares')[STORY], '- id: shares', 1);
		expect(e).toMatchObject({ file: STORY, line, field: 'id' });
		expect(e.message).toBe(
			`data/story.yaml:${line}: step "shares" field "id": duplicate step id (first on line ${lineOf(story(), '- id: shares')})`
		);
	});

	it('an unknown step key (a misspelling)', () => {
		const files = edit(fixture(), STORY, '    state: output', '    stat: output');
		const errors = errorsOf(files);
		expect(errors.map((e) => [e.file, e.line, e.field])).toEqual([
			[STORY, lineOf(files[STORY], 'stat: output'), 'stat'],
			[STORY, lineOf(files[STORY], '- id: prices', 1), 'state']
		]);
		expect(errors.map((x) => x.message)).toEqual([
			`data/story.yaml:${lineOf(files[STORY], 'stat: output')}: step "prices" field "stat": unknown field; expected one of id, kicker, chart, state, highlight, copy, notes, cite`,
			`data/story.yaml:${lineOf(files[STORY], '- id: prices', 1)}: step "prices" field "state": missing; this field is required`
		]);
	});

	it('a missing required field', () => {
		const files = edit(
			fixture(),
			STORY,
			'    notes: Notes.\n    cite: [provider-share]\n',
			'    cite: [provider-share]\n'
		);
		expect(onlyError(files)).toEqual({
			file: STORY,
			line: lineOf(files[STORY], '- id: shares'),
			field: 'notes',
			message: `data/story.yaml:${lineOf(files[STORY], '- id: shares')}: step "shares" field "notes": missing; this field is required`
		});
	});

	it('an id that is not URL-safe', () => {
		expect(stepError('- id: weeks', '- id: Weeks 1').message).toMatch(
			/step "Weeks 1" field "id": expected lowercase words/
		);
	});

	it('unbalanced ** in copy, at the line of the copy', () => {
		const files = edit(fixture(), STORY, 'folded onto one line.', 'folded **onto one line.');
		expect(onlyError(files)).toEqual({
			file: STORY,
			line: lineOf(files[STORY], 'folded **onto'),
			field: 'copy',
			message: `data/story.yaml:${lineOf(files[STORY], 'folded **onto')}: step "intro" field "copy": unbalanced "**": strong text opened here is never closed`
		});
	});

	it('a number where text is expected', () => {
		const e = stepError('highlight: [2026-02-09]', 'highlight: [2026]');
		expect(e.message).toBe(
			`data/story.yaml:${e.expectedLine}: step "weeks" field "highlight": expected text, got number 2026; put it in quotes`
		);
	});

	it('a dataset id that is not a lowercase id, and a chart reading a dataset not declared', () => {
		const files = edit(fixture(), STORY, '- id: weekly-tokens', '- id: Weekly');
		expect(errorsOf(files).map((e) => e.message)).toEqual([
			`data/story.yaml:${lineOf(files[STORY], '- id: Weekly')}: dataset "Weekly" field "id": expected lowercase words joined by dashes, like "weekly-values"`,
			`data/story.yaml:${lineOf(files[STORY], 'data: { timeline: weekly-tokens }')}: chart "timeline" field "data.timeline": dataset "weekly-tokens" is not declared under datasets:`
		]);
	});

	it('a chart whose role reads a dataset of another shape', () => {
		const files = edit(fixture(), STORY, 'data: { timeline: weekly-tokens }', 'data: { timeline: prices }');
		expect(errorsOf(files).map((e) => e.message)).toEqual([
			`data/story.yaml:${lineOf(files[STORY], 'data: { timeline: prices }')}: chart "timeline" field "data.timeline": dataset "prices" has shape "pairs"; the role "timeline" of kind "lines-over-time" reads timeline, a dataset of shape "timeline"`
		]);
	});

	it('a cite of a dataset that is not declared', () => {
		let files = edit(fixture(), STORY, 'cite: [provider-share]', 'cite: [benchmarks]');
		expect(parseStory(files, CHARTS).steps[1].cite).toEqual(['benchmarks']);
		files = edit(files, STORY, 'cite: [benchmarks]', 'cite: [benchmark]');
		expect(errorsOf(files).map((e) => e.message)).toContain(
			`data/story.yaml:${lineOf(files[STORY], 'cite: [benchmark]')}: step "shares" field "cite": unknown dataset "benchmark"; expected one of model-ranking, top10-composition, provider-share, country-share, weekly-tokens, benchmark-metrics, benchmarks, prices, china-share-history (declared under datasets:)`
		);
	});

	it('YAML syntax errors, with their line', () => {
		const files = edit(fixture(), STORY, '    chart: share\n', '    chart: share\n   bad: [\n');
		const errors = errorsOf(files);
		expect(errors[0].file).toBe(STORY);
		expect(errors).toHaveLength(1);
		expect(errors[0].message).toMatch(/^data\/story\.yaml:\d+: /);
		expect(errors[0].line).toBeGreaterThanOrEqual(lineOf(files[STORY], 'bad: ['));
	});

	it('a missing narrative file', () => {
		expect(() => parseStory({}, CHARTS)).toThrow('story.yaml: file not found');
	});
});
