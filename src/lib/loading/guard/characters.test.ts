/**
 * Issue #17, characters: invisible characters, direction controls, control characters, emoji and
 * characters the fonts lack stop the build at their file and line, named by code point and field.
 */
import { describe, expect, it } from 'vitest';
import { CHARTS, REAL_STORY_DIR, STORY, edit, errorsOf, fixture, lineOf, onlyError, stopMessages } from '../fixture.ts';
import { parseStory } from '../load.ts';
import { readStoryFiles } from '../load.server.ts';
import { FONT_COVERAGE, characterProblem, findCharacters, nameOf } from './characters.ts';

const PRICES = 'data/datasets/prices.csv';
const RANKING = 'data/datasets/model-ranking.csv';
/** The China story's prices. */
const REAL_PRICES = `${REAL_STORY_DIR}/datasets/prices.csv`;

describe('characters in a dataset', () => {
	it('a zero-width space inside a model name, at its line and field, named by code point', () => {
		const files = edit(fixture(), PRICES, 'Model B,Lab B', 'Model\u200BB,Lab B');
		expect(onlyError(files)).toEqual({
			file: PRICES,
			line: 3,
			field: 'model',
			message: `${PRICES}:3: field "model": "Model‹U+200B›B" holds U+200B ZERO WIDTH SPACE, an invisible character: it makes two words that look the same differ; delete it`
		});
	});

	it('a soft hyphen, a word joiner and a byte order mark inside a value', () => {
		for (const [cp, name] of [
			['\u00AD', 'U+00AD SOFT HYPHEN'],
			['\u2060', 'U+2060 WORD JOINER'],
			['\uFEFF', 'U+FEFF ZERO WIDTH NO-BREAK SPACE (byte order mark)'],
			['\u200C', 'U+200C ZERO WIDTH NON-JOINER'],
			['\u200D', 'U+200D ZERO WIDTH JOINER']
		]) {
			const e = onlyError(edit(fixture(), RANKING, '1,Model A,', `1,Mod${cp}el A,`));
			expect([e.file, e.line, e.field]).toEqual([RANKING, 2, 'model']);
			expect(e.message).toContain(`holds ${name}, an invisible character`);
		}
	});

	it('a right-to-left override and an isolate in a note', () => {
		for (const [cp, name] of [
			['\u202E', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
			['\u2067', 'U+2067 RIGHT-TO-LEFT ISOLATE'],
			['\u202A', 'U+202A LEFT-TO-RIGHT EMBEDDING']
		]) {
			const files = edit(fixture(), PRICES, 'US,3,15,,', `US,3,15,price ${cp}in dollars,`);
			const e = onlyError(files);
			expect([e.file, e.line, e.field]).toEqual([PRICES, 3, 'note']);
			expect(e.message).toContain(`${name}, a direction control`);
		}
	});

	it('control characters (a bell, a tab, DEL) in a value', () => {
		for (const [cp, name] of [
			['\u0007', 'U+0007 (a control character)'],
			['\t', 'U+0009 CHARACTER TABULATION (tab)'],
			['\u007F', 'U+007F DELETE'],
			['\u0085', 'U+0085 (a control character)']
		]) {
			const e = onlyError(edit(fixture(), PRICES, 'Model B,Lab B', `Model B,Lab${cp}B`));
			expect([e.file, e.line, e.field]).toEqual([PRICES, 3, 'lab']);
			expect(e.message).toContain(`${name}, a control character`);
		}
	});

	it('an emoji and a CJK ideograph: the fonts lack them', () => {
		const emoji = onlyError(edit(fixture(), PRICES, 'US,3,15,,', 'US,3,15,cheap 🚀,'));
		expect(emoji.message).toBe(
			`${PRICES}:3: field "note": "cheap 🚀" holds U+1F680 "🚀" (an emoji): the story's fonts cannot draw it, so readers would see a box or another font; write it another way (in words, or in Latin letters)`
		);
		const han = errorsOf(edit(fixture(), PRICES, 'Model B,Lab B', 'Model B,IT之家'));
		expect(han.map((e) => [e.line, e.field])).toEqual([
			[3, 'lab'],
			[3, 'lab']
		]);
		expect(han[0].message).toContain('U+4E4B "之" (a CJK ideograph): the story\'s fonts cannot draw it');
		expect(han[1].message).toContain('U+5BB6 "家" (a CJK ideograph)');
	});

	it('a character the full fonts have but the served cut lacks: npm run fonts adds it', () => {
		expect(characterProblem(0x0152)).toBe(
			'U+0152 "Œ": the story\'s fonts were cut without it; run npm run fonts to add it'
		);
		expect(characterProblem(0x0152, { coverage: { full: [[0x20, 0x7e]], served: [[0x20, 0x7e]] } })).toMatch(
			/cannot draw it/
		);
	});

	// The font families draw these (scripts/fonts.test.ts reads their full sources); the served cut
	// has only what the stories use, so a new name asks for npm run fonts, not another spelling.
	it('Polish, Czech, Turkish, Romanian and Vietnamese names: npm run fonts adds them, and then they pass', () => {
		const names = {
			Polish: 'Gdańsk, Łódź',
			Czech: 'Plzeň, Ústí nad Labem, Příbram',
			Turkish: 'İstanbul, Şanlıurfa, Muğla',
			Romanian: 'Timișoara, Constanța',
			Vietnamese: 'Việt Nam, Đà Nẵng'
		};
		// The fonts as served before any story named these places: Latin-1 and punctuation.
		const latin1 = { full: FONT_COVERAGE.full, served: FONT_COVERAGE.served.filter(([, b]) => b <= 0xff) };
		for (const [language, text] of Object.entries(names)) {
			const found = findCharacters(text, { coverage: latin1 });
			expect(found.length, language).toBeGreaterThan(0);
			for (const f of found)
				expect(f.detail, language).toMatch(/: the story's fonts were cut without it; run npm run fonts to add it$/);
			const cut = { full: FONT_COVERAGE.full, served: FONT_COVERAGE.full };
			expect(findCharacters(text, { coverage: cut }), `${language}, after npm run fonts`).toEqual([]);
		}
		// A Hungarian name no story uses yet: the fonts are cut without its "ő".
		const e = onlyError(edit(fixture(), PRICES, 'Model B,Lab B', 'Model B,Lab Győr'));
		expect(e.message).toBe(
			`${PRICES}:3: field "lab": "Lab Győr" holds U+0151 "ő": the story's fonts were cut without it; run npm run fonts to add it`
		);
	});

	it('a character no font family has is refused outright, even after npm run fonts', () => {
		const cut = { full: FONT_COVERAGE.full, served: FONT_COVERAGE.full };
		expect(characterProblem(0x4e4b, { coverage: cut })).toBe(
			'U+4E4B "之" (a CJK ideograph): the story\'s fonts cannot draw it, so readers would see a box or another font; write it another way (in words, or in Latin letters)'
		);
	});

	it('a line break inside a quoted note is counted: the character is on its own line', () => {
		const files = edit(fixture(), PRICES, 'US,3,15,,', 'US,3,15,"two\nlines \u200B here",');
		const e = onlyError(files);
		expect([e.line, e.field]).toEqual([4, 'note']);
	});

	it('a byte order mark that opens the file is how some editors save UTF-8: allowed', () => {
		const files = fixture();
		expect(() =>
			parseStory({ ...files, [PRICES]: `\uFEFF${files[PRICES]}`, [STORY]: `\uFEFF${files[STORY]}` }, CHARTS)
		).not.toThrow();
	});
});

describe("the probe's case, on the real story", () => {
	it('a zero-width space in a model name of prices.csv is one message, at its line, not a wrong title', () => {
		const files = readStoryFiles(REAL_STORY_DIR);
		const text = files[REAL_PRICES].replace('Qwen3.6 Plus,', 'Qwen3.6\u200B Plus,');
		const line = lineOf(text, 'Qwen3.6\u200B Plus,');
		const found = stopMessages(() => parseStory({ ...files, [REAL_PRICES]: text }));
		expect(found).toEqual([
			`${REAL_PRICES}:${line}: field "model": "Qwen3.6‹U+200B› Plus" holds U+200B ZERO WIDTH SPACE, an invisible character: it makes two words that look the same differ; delete it`
		]);
	});
});

describe('characters in story.yaml', () => {
	it("a zero-width space in a step's copy names the step, the field and the line", () => {
		const files = edit(fixture(), STORY, 'with **strong** text', 'with **str\u200Bong** text');
		const line = lineOf(files[STORY], 'with **str');
		expect(onlyError(files)).toEqual({
			file: STORY,
			line,
			field: 'copy',
			message: `${STORY}:${line}: step "intro" field "copy": "First paragraph with **str‹U+200B›ong** text" holds U+200B ZERO WIDTH SPACE, an invisible character: it makes two words that look the same differ; delete it`
		});
	});

	it("an emoji in a dataset's limits, a direction override in the title", () => {
		let files = edit(fixture(), STORY, 'Ranks 3 and 4 are not itemized.', 'Ranks 3 and 4 are not itemized 🙂');
		files = edit(files, STORY, 'title: A test story', 'title: A test \u202Estory');
		const messages = errorsOf(files).map((e) => e.message);
		expect(messages).toEqual([
			`${STORY}:3: meta field "title": "title: A test ‹U+202E›story" holds U+202E RIGHT-TO-LEFT OVERRIDE, a direction control: it changes the order in which the words after it are shown; delete it`,
			`${STORY}:${lineOf(files[STORY], 'not itemized 🙂')}: dataset "model-ranking" field "limits": "- Ranks 3 and 4 are not itemized 🙂" holds U+1F642 "🙂" (an emoji): the story's fonts cannot draw it, so readers would see a box or another font; write it another way (in words, or in Latin letters)`
		]);
	});
});

describe('naming code points', () => {
	it('names invisible and direction characters, and says what an emoji or a CJK ideograph is', () => {
		expect(nameOf(0x200b)).toBe('U+200B ZERO WIDTH SPACE');
		expect(nameOf(0x2066)).toBe('U+2066 LEFT-TO-RIGHT ISOLATE');
		expect(nameOf(0x1f600)).toBe('U+1F600 "😀" (an emoji)');
		expect(nameOf(0x5bb6)).toBe('U+5BB6 "家" (a CJK ideograph)');
		expect(nameOf(0xe000)).toBe('U+E000 (a private or unassigned code point)');
	});

	it('lets typography through: accents, dashes, curly quotes, no-break and thin spaces, tabs in YAML', () => {
		expect(findCharacters('Café – “quoted” 8.21\u00A0T, 5\u2009%, ±1 € ↑ x', { tabs: true })).toEqual([]);
		expect(findCharacters('a\tb', { tabs: true })).toEqual([]);
	});
});

describe('one message where the mistake is', () => {
	it('a zero-width space in a highlight: the character is named, not an "unknown highlight" that looks like a known one', () => {
		const files = edit(fixture(), STORY, 'highlight: [Model A]', 'highlight: [Model\u200B A]');
		const line = lineOf(files[STORY], 'highlight: [Model');
		expect(errorsOf(files).map((e) => e.message)).toEqual([
			`${STORY}:${line}: step "intro" field "highlight": "highlight: [Model‹U+200B› A]" holds U+200B ZERO WIDTH SPACE, an invisible character: it makes two words that look the same differ; delete it`
		]);
	});

	it("a zero-width space in the real ranking's top model: one message at its CSV line, none at the highlight or titles", () => {
		const files = readStoryFiles(REAL_STORY_DIR);
		const csv = `${REAL_STORY_DIR}/datasets/model-ranking.csv`;
		const text = files[csv].replace('1,MiMo-V2-Pro,', '1,MiMo\u200B-V2-Pro,');
		expect(stopMessages(() => parseStory({ ...files, [csv]: text }))).toEqual([
			`${csv}:2: field "model": "MiMo‹U+200B›-V2-Pro" holds U+200B ZERO WIDTH SPACE, an invisible character: it makes two words that look the same differ; delete it`
		]);
	});
});
