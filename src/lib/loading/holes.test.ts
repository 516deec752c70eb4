/**
 * The data holes a pre-publication review found (issue #10): broken copies of data/ that the build
 * let through or that failed with a stack trace. Each must now stop the load with the file, line
 * and field, in words an editor understands. One broken copy per case, from the small fixture
 * (tests/fixtures/data) or, where the real charts matter, the real data/.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	CHARTS,
	FIXTURE,
	STORY,
	edit,
	errorsOf,
	fixture,
	lineOf,
	onlyError,
	REAL_STORY_DIR,
	stopMessages as messages
} from './fixture.ts';
import { parseStory, rowsOf } from './load.ts';
import { MAX_DATASET_BYTES } from './csv.ts';
import { readStoryFiles } from './load.server.ts';
import { firstBadByte } from './utf8.ts';

const RANKING = 'data/datasets/model-ranking.csv';
const PROVIDERS = 'data/datasets/provider-share.csv';
const COUNTRIES = 'data/datasets/country-share.csv';
const PRICES = 'data/datasets/prices.csv';

describe('"not reported" in any case', () => {
	it('reads "Not reported" and "NOT REPORTED" as not reported, so the rank stays an empty slot', () => {
		let files = edit(
			fixture(),
			RANKING,
			'3,not reported,not reported,not reported,not reported,',
			'3,Not reported,Not Reported,NOT REPORTED,not REPORTED,'
		);
		files = edit(files, RANKING, '4,not reported,not reported,', '4,NOT REPORTED,not reported,');
		const ranking = rowsOf(parseStory(files, CHARTS), 'model-ranking', 'ranks');
		expect(ranking.map((r) => [r.rank, r.label, r.value])).toEqual([
			[1, 'Model A', 8.21],
			[2, 'Model B', 5.17],
			[3, null, null],
			[4, null, null]
		]);
	});

	it('refuses a rank that names a model but not its tokens (it would vanish from the chart)', () => {
		const files = edit(
			fixture(),
			RANKING,
			'3,not reported,not reported,not reported,not reported,',
			'3,Model C,Lab C,CN,not reported,'
		);
		expect(onlyError(files)).toEqual({
			file: RANKING,
			line: 4,
			field: 'tokens_t',
			message: `${RANKING}:4: field "tokens_t": rank 3 names an item ("Model C") but its value is "not reported"; give its value, or write "not reported" for the label too`
		});
	});
});

describe('shares that disagree', () => {
	it('the US providers against the US row of country-share', () => {
		let files = edit(fixture(), PROVIDERS, 'anthropic,Anthropic,US,46.6,', 'anthropic,Anthropic,US,44.6,');
		files = edit(files, PROVIDERS, 'rest,Everyone else,not reported,16.3,', 'rest,Everyone else,not reported,18.3,');
		expect(onlyError(files)).toEqual({
			file: COUNTRIES,
			line: 2,
			field: 'share_pct',
			message: `${COUNTRIES}:2: field "share_pct": "USA" has 46.6%, but the parts with country "US" in ${PROVIDERS} add up to 44.6 (Anthropic 44.6, line 2); one of the two files is mistyped: check both against their sources before changing either`
		});
	});

	it('a "derived" remainder that is not 100 minus the rest: every row is named, none is told what it "must be"', () => {
		const files = edit(
			fixture(),
			COUNTRIES,
			'rest,Rest,not reported,16.3,derived',
			'rest,Rest,not reported,17.3,derived'
		);
		expect(onlyError(files)).toEqual({
			file: COUNTRIES,
			line: 2,
			field: 'share_pct',
			message: `${COUNTRIES}:2: field "share_pct": the shares no longer add up to 100: USA 46.6 (line 2) + China 37.1 (line 3) + Rest 17.3 (line 4, derived as the remainder) = 101; one of them is mistyped: check each against its source (a remainder derived from the others changes only when they do)`
		});
	});
});

describe('country-share.csv without its US row', () => {
	it('is a validation error naming the file, not a crash of the chart (real charts, real data)', () => {
		const files = readStoryFiles(REAL_STORY_DIR);
		const countries = `${REAL_STORY_DIR}/datasets/country-share.csv`;
		// The US row relabelled as a second Chinese row: the shares still add up, the groups do not.
		const text = files[countries].replace('\nusa,3 US labs,US,', '\nusa,3 US labs,CN,');
		const found = messages(() => parseStory({ ...files, [countries]: text }));
		expect(found).toContain(
			`${countries}:1: field "country": no row with country "US" (US): the totals give one row per group of the story (US, CN), so the parts of ${REAL_STORY_DIR}/datasets/provider-share.csv can be checked against them`
		);
		expect(found.every((m) => m.startsWith(`${REAL_STORY_DIR}/`))).toBe(true);
	});
});

describe('files on disk', () => {
	const tmp = mkdtempSync(join(tmpdir(), 'story-holes-'));
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));
	const copy = (name: string) => {
		const root = join(tmp, name);
		cpSync(FIXTURE, join(root, 'data'), { recursive: true });
		return root;
	};

	it('a file that is not UTF-8 (Latin-1) is refused at the line of its first bad byte', () => {
		const root = copy('latin1');
		const text = fixture()[PRICES].replace('Model B,Lab B', 'Modèle B,Lab B');
		writeFileSync(join(root, PRICES), Buffer.from(text, 'latin1'));
		expect(messages(() => readStoryFiles('data', root))).toEqual([
			`${PRICES}:3: the file is not UTF-8: byte 0xE8 at character 4 of this line cannot be read (often an accented letter saved as Latin-1 or Windows-1252); save the file as UTF-8`
		]);
	});

	it('a CSV in data/datasets/ that story.yaml does not list is an error naming it, even when invalid', () => {
		const root = copy('unlisted');
		writeFileSync(join(root, 'data/datasets/old-prices.csv'), 'model,"broken\n');
		const files = readStoryFiles('data', root);
		expect(Object.keys(files)).toContain('data/datasets/old-prices.csv');
		expect(onlyError(files)).toEqual({
			file: STORY,
			line: lineOf(files[STORY], 'datasets:'),
			field: 'datasets',
			message: `${STORY}:${lineOf(files[STORY], 'datasets:')}: field "datasets": data/datasets/old-prices.csv is in data/datasets/ but not listed here; add it under datasets: (with its id, title, credit, about and limits) or delete the file`
		});
	});

	it('finds the first byte that is not UTF-8', () => {
		expect(firstBadByte(new TextEncoder().encode('a,é,€,😀\n'))).toBe(-1);
		expect(firstBadByte(Uint8Array.from([0x61, 0x0a, 0xe9, 0x62]))).toBe(2);
		expect(firstBadByte(Uint8Array.from([0xe2, 0x82]))).toBe(0); // cut short
		expect(firstBadByte(Uint8Array.from([0xc0, 0xaf]))).toBe(0); // overlong
		expect(firstBadByte(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
	});
});

describe('a dataset too big for the page', () => {
	it('names the file, its size and the limit', () => {
		const files = fixture();
		const row = files[PRICES].split('\n')[1];
		const big = `${files[PRICES]}${`${row}\n`.repeat(Math.ceil((21 * 1024 * 1024) / row.length))}`;
		const line = lineOf(files[STORY], 'file: datasets/prices.csv');
		const mb = (new TextEncoder().encode(big).byteLength / 1024 / 1024).toFixed(1);
		expect(onlyError({ ...files, [PRICES]: big })).toEqual({
			file: STORY,
			line,
			field: 'file',
			message: `${STORY}:${line}: dataset "prices" field "file": data/datasets/prices.csv is ${mb} MB; a dataset file may be at most 20.0 MB, the most the build reads and checks: keep the rows and columns the story draws on`
		});
		expect(MAX_DATASET_BYTES).toBe(20 * 1024 * 1024);
	});
});

describe('the narrative, in plain words', () => {
	it('a javascript: link is refused because the scheme is not allowed', () => {
		const files = edit(fixture(), STORY, '[a link](https://example.com/a)', '[a link](javascript:alert(1))');
		const line = lineOf(files[STORY], '[a link]');
		expect(onlyError(files)).toEqual({
			file: STORY,
			line,
			field: 'copy',
			message: `${STORY}:${line}: step "intro" field "copy": link "a link": the scheme "javascript:" is not allowed; links must be https:// addresses`
		});
	});

	it('a line indented one space too far gives one message, in words, at its line', () => {
		const files = edit(
			fixture(),
			STORY,
			'    chart: ranking\n    state: named\n',
			'    chart: ranking\n     state: named\n'
		);
		const errors = errorsOf(files);
		expect(errors.map((e) => e.message)).toHaveLength(1);
		// The parser notices at the line before the indented one, or at it: the message names both.
		const at = lineOf(files[STORY], '     state: named');
		expect([at - 1, at]).toContain(errors[0].line);
		expect(errors[0].detail).toMatch(/^the indentation is off on this line or the next/);
		expect(errors[0].detail).not.toMatch(/YAML:|compact mappings|implicit key/i);
	});

	it('a step indented one space too little gives one message too', () => {
		const files = edit(
			fixture(),
			STORY,
			'  - id: intro\n    kicker: The market\n',
			'  - id: intro\n   kicker: The market\n'
		);
		const errors = errorsOf(files);
		expect(errors).toHaveLength(1);
		expect(errors[0].message).toContain('the indentation is off');
	});

	it('steps: [] says the list is empty', () => {
		const files = fixture();
		const text = files[STORY].replace(/\nsteps:\n[\s\S]*$/, '\nsteps: []\n');
		const line = lineOf(text, 'steps: []');
		expect(onlyError({ ...files, [STORY]: text }).message).toBe(
			`${STORY}:${line}: field "steps": the list of steps is empty; the story needs at least one step`
		);
	});

	it('a front-page link as the article the story retells', () => {
		const files = edit(fixture(), STORY, 'url: https://example.com/article', 'url: https://example.com/');
		expect(onlyError(files).message).toBe(
			`${STORY}:${lineOf(files[STORY], 'url: https://example.com/')}: meta.basedOn field "url": "https://example.com/" is a site's front page; link the article itself`
		);
	});

	it('a front-page url on a row that reports a value', () => {
		const files = edit(
			fixture(),
			PRICES,
			'US,3,15,,Source P,https://example.com/p,',
			'US,3,15,,Source P,https://example.com,'
		);
		expect(onlyError(files)).toEqual({
			file: PRICES,
			line: 3,
			field: 'url',
			message: `${PRICES}:3: field "url": "https://example.com" is the front page of example.com; link the article or page the figure comes from`
		});
	});

	it("a repository's front page on a row that reports a value", () => {
		const repo = 'https://github.com/owner/catalogue';
		const files = edit(fixture(), PRICES, 'US,3,15,,Source P,https://example.com/p,', `US,3,15,,Source P,${repo},`);
		expect(onlyError(files)).toEqual({
			file: PRICES,
			line: 3,
			field: 'url',
			message: `${PRICES}:3: field "url": "${repo}" is the front page of a repository; link the file at the commit the figure was read from`
		});
		// The file at a commit is what a source links: accepted.
		const file = `${repo}/blob/d44e7241704fd93d5b84130e3c9a4f808935351b/providers/p.toml`;
		expect(() =>
			parseStory(
				edit(fixture(), PRICES, 'US,3,15,,Source P,https://example.com/p,', `US,3,15,,Source P,${file},`),
				CHARTS
			)
		).not.toThrow();
	});
});
