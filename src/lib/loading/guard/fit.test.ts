/**
 * The stage's words box and the estimate of a step's words in it (fit.ts); the check that stops a
 * step whose words the stage would clip. The browser keeps the estimate honest
 * (`tests/e2e/stage-fit.spec.ts`); these tests hold the rules and the stories.
 */
import { describe, expect, it } from 'vitest';
import { REAL_STORY_DIR, edit, lineOf, loadMessages } from '../fixture.ts';
import { parseStory } from '../load.ts';
import { readStoryFiles } from '../load.server.ts';
import type { Paragraph } from '../../model/types.ts';
import { STAGE_SCREENS, SMALLEST_FIT, paragraphLines, stageFitProblem, wordsBox, wordsHeight } from './fit.ts';

const text = (t: string): Paragraph => [{ kind: 'text', text: t }];
/** Filler for a copy too long for the stage, as the probe pasted it. */
const filler = (chars: number) =>
	'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. '
		.repeat(Math.ceil(chars / 120))
		.slice(0, chars)
		.trim();

describe('the stage words box', () => {
	it('is the 38fr column beside the chart at 16:9 and the bottom 30% at 4:3', () => {
		const [wide, tall] = STAGE_SCREENS;
		expect(wide).toMatchObject({ screen: '1280x720', layout: 'wide' });
		expect(Math.round(wide.width)).toBe(406);
		expect(Math.round(wide.height)).toBe(633);
		expect(tall).toMatchObject({ screen: '1024x768', layout: 'tall' });
		expect(Math.round(tall.width)).toBe(960);
		expect(Math.round(tall.height)).toBe(208);
		expect(wordsBox(1920, 1080).layout).toBe('wide');
	});
});

describe('setting words in lines', () => {
	it('breaks at spaces, greedily, and a word longer than a line anywhere', () => {
		const lines = paragraphLines(text('one two three four five six seven eight nine ten'), 150);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join('')).toBe('one two three four five six seven eight nine ten');
		for (const line of lines) expect(line.endsWith(' ') || line === lines[lines.length - 1]).toBe(true);
		const long = paragraphLines(text(`see ${'x'.repeat(200)} here`), 150);
		expect(long[0]).toBe('see ');
		expect(long.length).toBeGreaterThan(3);
	});

	it('sets bold wider than regular, and smaller at a smaller fit', () => {
		const words = 'The most used model on the ranking was not from the usual labs at all';
		const regular = wordsHeight({ kicker: null, copy: [text(words)] }, 300);
		const bold = wordsHeight({ kicker: null, copy: [[{ kind: 'strong', text: words }]] }, 300);
		expect(bold).toBeGreaterThanOrEqual(regular);
		expect(wordsHeight({ kicker: null, copy: [text(words)] }, 300, SMALLEST_FIT)).toBeLessThan(regular);
	});
});

describe('a step whose words the stage would clip', () => {
	const files = readStoryFiles(REAL_STORY_DIR);
	const STORY = `${REAL_STORY_DIR}/story.yaml`;

	it('stops the build at the step copy, by how much (probe I-para1k-copy: 1,000 characters added to the intro)', () => {
		const long = edit(files, STORY, 'now tells a different story.', `now tells a different story. ${filler(1000)}`);
		const messages = loadMessages(() => parseStory(long));
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(
			new RegExp(
				`^${STORY}:${lineOf(files[STORY], 'id: intro') + 5}: step "intro" field "copy": on the stage \\(1280x720\\) its words need about \\d+ px and the box holds 633 px; on the stage \\(1024x768\\) its words need about \\d+ px and the box holds 208 px; cut about \\d+% of the words \\(about \\d+ characters\\), or split the step$`
			)
		);
		const [, need, percent] = messages[0].match(/about (\d+) px.*cut about (\d+)%/) ?? [];
		expect(Number(need)).toBeGreaterThan(700);
		expect(Number(percent)).toBeGreaterThan(5);
	});

	it('stops a 10,000-character paragraph too (probe I-para10k-copy)', () => {
		const long = edit(files, STORY, 'now tells a different story.', `now tells a different story. ${filler(10_000)}`);
		// The stage cuts it, and the stills too (still-fit.test.ts).
		expect(loadMessages(() => parseStory(long))).toEqual([
			expect.stringMatching(/step "intro" field "copy": on the stage/),
			expect.stringMatching(/step "intro" field "copy": in a still \(1920x1080, words beside the chart\)/)
		]);
	});

	it('names the 4:3 stage when only its shorter box is too small', () => {
		const copy = [text(filler(900))];
		const problem = stageFitProblem({ kicker: 'A kicker', copy });
		expect(problem).toMatch(/^on the stage \(1024x768\) its words need about \d+ px and the box holds 208 px; cut/);
	});

	for (const [name, dir] of [
		['china-ai-market', REAL_STORY_DIR],
		['test-story', 'tests/fixtures/stories/test-story']
	] as const) {
		it(`passes every step of ${name}`, () => {
			const story = parseStory(readStoryFiles(dir));
			story.steps.forEach((s, i) => {
				expect(stageFitProblem({ kicker: s.kicker, copy: s.copy, dates: i === 0 }), s.id).toBeNull();
			});
		});
	}
});
