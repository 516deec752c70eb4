/**
 * Cases of the bad-input probe of the China story (the studio's notes, 2026-12-06; each test
 * names its probe id): one root cause, one message first, at its file and line, and no
 * knock-on that sends the editor to fix words or rows that are right.
 */
import { describe, expect, it } from 'vitest';
import { CHARTS, STORY, edit, fixture, lineOf, loadMessages } from './fixture.ts';
import { parseStory } from './load.ts';
import { labelKey } from './schema/labels.ts';

const RANKING = 'data/datasets/model-ranking.csv';
const PROVIDERS = 'data/datasets/provider-share.csv';
const COUNTRIES = 'data/datasets/country-share.csv';
const PRICES = 'data/datasets/prices.csv';
const BENCHMARKS = 'data/datasets/benchmarks.csv';
const WEEKS = 'data/datasets/weekly-tokens.csv';
const TODAY = '2026-12-06';

const messages = (files: Record<string, string>) =>
	loadMessages(() => parseStory(files, CHARTS, undefined, { today: TODAY }));

/** The fixture's prices step, its copy reading two prices. */
function pricesQuoted(files = fixture()): Record<string, string> {
	return edit(
		files,
		STORY,
		'    copy: |\n      Prices.',
		'    copy: |\n      Prices run from {prices[Model A].output_usd|usd} to **{prices[Model B].output_usd|usd}**.'
	);
}

describe('one root cause, one message first', () => {
	it('S10: a column named twice in the header is the only message (no "no row holds" for rows that exist)', () => {
		const files = edit(pricesQuoted(), PRICES, 'model,lab,', 'model,model,');
		expect(messages(files)).toEqual([`${PRICES}:1: field "model": column appears twice in the header`]);
	});

	it('S11: a tab-separated .csv is said once, on line 1, not blamed on rows holding commas', () => {
		let files = pricesQuoted();
		files = edit(files, PRICES, 'Model B,Lab B,US,3,15,,', 'Model B,Lab B,US,3,15,"A note, with a comma",');
		const tabbed = files[PRICES].replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, '\t');
		expect(messages({ ...files, [PRICES]: tabbed })).toEqual([
			`${PRICES}:1: the file is separated by tabs; a .csv here is comma-separated: save it as CSV (comma-separated values)`
		]);
	});

	it('S11: a semicolon-separated .csv is said once, on line 1', () => {
		const files = pricesQuoted();
		const semi = files[PRICES].replace(/,/g, ';');
		expect(messages({ ...files, [PRICES]: semi })).toEqual([
			`${PRICES}:1: the file is separated by semicolons; a .csv here is comma-separated: save it as CSV (comma-separated values)`
		]);
	});

	it('D01: a month 13 (or 00) is "not a real date", never "in the future", whatever the year', () => {
		for (const month of ['2026-13', '2027-13', '2026-00']) {
			const files = edit(
				fixture(),
				RANKING,
				'8.21,,"The Hype, citing OpenRouter",https://example.com/article,2026-04',
				`8.21,,"The Hype, citing OpenRouter",https://example.com/article,${month}`
			);
			expect(messages(files)).toEqual([`${RANKING}:2: field "date": "${month}" is not a real date`]);
		}
	});

	it('N04, X31: a dataset with a problem of its own is not re-read as links inside **strong** copy', () => {
		const files = edit(
			pricesQuoted(),
			PRICES,
			'15,,Source P,https://example.com/p,2026-04-29',
			'15,,Source P,https://example.com/p,2062-04-29'
		);
		const found = messages(files);
		expect(found).toEqual([
			`${PRICES}:3: field "date": 2062-04-29 is after the build's day (${TODAY}): data cannot be dated in the future (is the year mistyped?)`
		]);
	});

	it('Y07: an unknown dataset in cite: is the message, with no knock-on "it cites provider-shares"', () => {
		let files = edit(fixture(), STORY, 'cite: [provider-share]', 'cite: [provider-shares]');
		files = edit(
			files,
			STORY,
			'copy: Shares by provider.',
			'copy: Anthropic holds {provider-share[anthropic].share_pct|pct} and 37.1%.'
		);
		const found = messages(files);
		expect(found[0]).toMatch(/^data\/story\.yaml:\d+: step "shares" field "cite": unknown dataset "provider-shares"/);
		expect(found.filter((m) => m.includes('it cites') || m.includes('the figure'))).toEqual([]);
	});

	it('X15: a dataset id declared twice is said first, with no hint to write another figure', () => {
		let files = edit(fixture(), STORY, 'id: china-share-history', 'id: prices');
		files = edit(
			files,
			STORY,
			'    copy: |\n      Weekly.',
			'    cite: [weekly-tokens, china-share-history]\n    copy: |\n      Weekly, after {china-share-history[late-2024].share_pct}% in late 2024 and close to 30% later.'
		);
		const found = messages(files);
		expect(found[0]).toBe(
			`${STORY}:${lineOf(files[STORY], 'id: prices', 1)}: dataset "prices" field "id": declared twice (first on line ${lineOf(files[STORY], 'id: prices')})`
		);
		expect(found.filter((m) => m.includes('nearest') || m.includes('no dataset'))).toEqual([]);
	});
});

describe('E06: a mistyped share is blamed on what cannot be known to be right', () => {
	it('E06: names every share feeding the derived remainder, with the sum, and never says what the remainder "must be"', () => {
		const files = edit(fixture(), PROVIDERS, 'US,46.6,', 'US,45.6,');
		const found = messages(files);
		expect(found).toEqual([
			`${PROVIDERS}:2: field "share_pct": the shares no longer add up to 100: Anthropic 45.6 (line 2) + Six Chinese labs 37.1 (line 3) + Everyone else 16.3 (line 4, derived as the remainder) = 99; one of them is mistyped: check each against its source (a remainder derived from the others changes only when they do)`
		]);
		expect(found.join('\n')).not.toMatch(/must be|17\.3/);
	});

	it('E06b: a remainder changed to hide the slip is refused by the totals, naming both files and every part', () => {
		let files = edit(fixture(), PROVIDERS, 'US,46.6,', 'US,45.6,');
		files = edit(files, PROVIDERS, 'not reported,16.3,', 'not reported,17.3,');
		const found = messages(files);
		expect(found).toEqual([
			`${COUNTRIES}:2: field "share_pct": "USA" has 46.6%, but the parts with country "US" in ${PROVIDERS} add up to 45.6 (Anthropic 45.6, line 2); one of the two files is mistyped: check both against their sources before changing either`
		]);
	});
});

describe('E06c: following the messages of a mistyped share never ends in advice to print a wrong figure', () => {
	it('E06c: every file made to agree with the slip, the typed gap is refused with no hint to another value', () => {
		let files = edit(fixture(), STORY, 'copy: Shares by provider.', 'copy: A 9.5-point gap between the US and China.');
		files = edit(files, PROVIDERS, 'US,46.6,', 'US,45.6,');
		files = edit(files, PROVIDERS, 'not reported,16.3,', 'not reported,17.3,');
		files = edit(files, COUNTRIES, 'US,46.6,', 'US,45.6,');
		files = edit(files, COUNTRIES, 'not reported,16.3,', 'not reported,17.3,');
		const found = messages(files);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/step "shares" field "copy": the figure "9\.5" is written out/);
		// A hint would print 9.5 exactly or not be given: never the slipped 17.3 or 45.6.
		expect(found[0]).not.toMatch(/17\.3|45\.6/);
	});
});

describe('X25: a row that reports no value has no confidence', () => {
	it('X25: refuses confidence "high" on a "not reported" row, which the sources list would print as "high confidence"', () => {
		const files = edit(
			fixture(),
			BENCHMARKS,
			'Not found.,No report found,,2026-05,not reported',
			'Not found.,No report found,,2026-05,high'
		);
		expect(messages(files)).toEqual([
			`${BENCHMARKS}:3: field "confidence": the row reports no value ("not reported") and links no source, so it has no confidence either: write "not reported", not "high"`
		]);
	});

	it('X25: the same for a week without tallies', () => {
		const files = edit(fixture(), WEEKS, ',No report found,,2026-05,not reported', ',No report found,,2026-05,low');
		expect(messages(files)).toEqual([
			`${WEEKS}:3: field "confidence": the row reports no value ("not reported") and links no source, so it has no confidence either: write "not reported", not "low"`
		]);
	});
});

describe('E05: one item, one spelling in every file', () => {
	it('E05b: "Model-A" in prices.csv and "Model A" in the other files is refused at the odd line, naming the others', () => {
		const files = edit(fixture(), PRICES, 'Model A,Lab A,', 'Model-A,Lab A,');
		expect(messages(files)).toEqual([
			`${PRICES}:2: field "model": "Model-A" is the item written "Model A" in ${RANKING}:2 and ${BENCHMARKS}:4; an item is spelt one way in every file (the charts match rows by it): write "Model A"`
		]);
	});

	it('E05: a spelling that differs only in case takes the one most files use, even when the first file has the other', () => {
		let files = edit(fixture(), RANKING, '2,Model B,', '2,MODEL b,');
		files = edit(files, BENCHMARKS, 'Model C,Lab C,US,gdpval-aa,1753', 'Model B,Lab C,US,gdpval-aa,1753');
		expect(messages(files)).toEqual([
			`${RANKING}:3: field "model": "MODEL b" is the item written "Model B" in ${BENCHMARKS}:2 and ${PRICES}:3; an item is spelt one way in every file (the charts match rows by it): write "Model B"`
		]);
	});

	it('E05: items that differ in more than case, spaces, dashes and dots are different items', () => {
		const same = (a: string, b: string) => labelKey(a) === labelKey(b);
		expect(same('MiniMax-M2.7', 'MiniMax M2.7')).toBe(true);
		expect(same('Minimax M2.7', 'MiniMax M2.7')).toBe(true);
		expect(same('GPT 5.5', 'GPT-5.5')).toBe(true);
		expect(same('GLM_5', 'GLM-5')).toBe(true);
		expect(same('MiMo-V2-Pro', 'MiMo-V2.5-Pro')).toBe(false);
		expect(same('MiMo-V2-Pro', 'MiMo V2.5 Pro')).toBe(false);
		expect(same('Qwen3.6 Plus (free)', 'Qwen3.6 Plus')).toBe(false);
		expect(same('Gemini 3.1 Pro', 'Gemini 3.1 Pro Preview')).toBe(false);
		expect(same('GPT-5.5', 'GPT-55')).toBe(false);
		expect(same('GLM-5', 'GLM-5.1')).toBe(false);
	});
});

describe('speaker notes are read like copy', () => {
	const withNotes = (notes: string) =>
		edit(fixture(), STORY, '    notes: |\n      Speaker notes.', `    notes: |\n      ${notes}`);
	const notesLine = (files: Record<string, string>) => lineOf(files[STORY], '    notes: |') + 1;

	it('X34: **bold**, *italics* and an https link in the notes are parsed, as in copy', () => {
		const story = parseStory(
			withNotes('Open with the **surprise**, *slowly*: [the rankings](https://example.com/r).'),
			CHARTS,
			undefined,
			{ today: TODAY }
		);
		expect(story.steps[0].notes).toEqual([
			[
				{ kind: 'text', text: 'Open with the ' },
				{ kind: 'strong', text: 'surprise' },
				{ kind: 'text', text: ', ' },
				{ kind: 'em', text: 'slowly' },
				{ kind: 'text', text: ': ' },
				{ kind: 'link', text: 'the rankings', href: 'https://example.com/r' },
				{ kind: 'text', text: '.' }
			]
		]);
	});

	it('I-jslink-notes: a javascript: link in the notes is refused with the message copy gets', () => {
		const files = withNotes('Open with [click here](javascript:alert(1)) first.');
		expect(messages(files)).toEqual([
			`${STORY}:${notesLine(files)}: step "intro" field "notes": link "click here": the scheme "javascript:" is not allowed; links must be https:// addresses`
		]);
	});

	it('I-httplink-notes: an http: link in the notes is refused with the message copy gets', () => {
		const files = withNotes('See [OpenRouter rankings](http://openrouter.ai/rankings).');
		expect(messages(files)).toEqual([
			`${STORY}:${notesLine(files)}: step "intro" field "notes": link "OpenRouter rankings" must point to an https:// address, got "http://openrouter.ai/rankings"`
		]);
	});

	it('X26 in notes: an unclosed ** is refused at its line', () => {
		const files = withNotes('Open with the **surprise.');
		expect(messages(files)).toEqual([
			`${STORY}:${notesLine(files)}: step "intro" field "notes": unbalanced "**": strong text opened here is never closed`
		]);
	});
});

describe('the "nearest the data holds" hint never proposes a value that prints another figure', () => {
	const intro = (words: string) => edit(fixture(), STORY, 'First paragraph with **strong** text', words);

	it('E01c, X15, E06c: a figure the data does not hold gets no hint to an unrelated value', () => {
		const files = intro('Model A drew 8.3 trillion tokens, with **strong** text');
		expect(messages(files)).toEqual([
			`${STORY}:${lineOf(files[STORY], '8.3 trillion')}: step "intro" field "copy": the figure "8.3" is written out; a figure in the words is a reference to the data, so it follows the data; nothing in the data the step cites (model-ranking, top10-composition) prints 8.3 as written (a cell, a figure in a cell's words, a total, a difference or a count): correct the figure or the data, derive it (docs/writing-a-story.md#figures-are-references), or say it another way`
		]);
	});

	it('E01c: a value that would print another figure is not proposed (8.214 prints "8.21", not "8.2")', () => {
		const files = edit(
			intro('Model A drew 8.2 trillion tokens, with **strong** text'),
			RANKING,
			'CN,8.21,',
			'CN,8.214,'
		);
		const found = messages(files);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/nothing in the data the step cites .* prints 8\.2 as written/);
	});
});
