/**
 * A still's words box and the check that stops a step whose words a still would cut even at its
 * smallest size (still-fit.ts), with the stage's estimate of the words (fit.ts).
 */
import { describe, expect, it } from 'vitest';
import { REAL_STORY_DIR, edit, lineOf, loadMessages } from '../fixture.ts';
import { parseStory } from '../load.ts';
import { readStoryFiles } from '../load.server.ts';
import type { Paragraph } from '../../model/types.ts';
import { STILL_BOXES, STILL_MIN_SIZE, stillFitProblem, stillWordsHeight } from './still-fit.ts';

const text = (t: string): Paragraph => [{ kind: 'text', text: t }];
const filler = (chars: number) =>
	'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. '
		.repeat(Math.ceil(chars / 120))
		.slice(0, chars)
		.trim();

describe('the words box of a still', () => {
	it('is the 1fr column beside the chart at 1920x1080 and at most 42% of a 1080x1350 page under it', () => {
		const [landscape, portrait] = STILL_BOXES;
		expect(landscape.still).toBe('1920x1080, words beside the chart');
		expect(Math.round(landscape.width)).toBe(411);
		expect(Math.round(landscape.height)).toBe(575);
		expect(portrait.still).toBe('1080x1350, words under the chart');
		expect(portrait.width).toBe(632);
		expect(portrait.height).toBe(378);
	});

	it('sets the words smaller at a smaller size', () => {
		const words = { kicker: 'A kicker', copy: [text(filler(600))] };
		expect(stillWordsHeight(words, 400, 22)).toBeGreaterThan(stillWordsHeight(words, 400, STILL_MIN_SIZE));
	});
});

describe('a step whose words a still would cut', () => {
	const files = readStoryFiles(REAL_STORY_DIR);
	const STORY = `${REAL_STORY_DIR}/story.yaml`;

	it('stops the build at the step copy, by how much (probe I-para10k-copy: the still is cut too)', () => {
		const long = edit(files, STORY, 'now tells a different story.', `now tells a different story. ${filler(10_000)}`);
		const still = loadMessages(() => parseStory(long)).filter((m) => m.includes('in a still'));
		expect(still).toHaveLength(1);
		expect(still[0]).toMatch(
			new RegExp(
				`^${STORY}:${lineOf(files[STORY], 'id: intro') + 5}: step "intro" field "copy": in a still \\(1920x1080, words beside the chart\\) its words need about \\d+ px even at 12 px and the box holds 575 px; in a still \\(1080x1350, words under the chart\\) its words need about \\d+ px even at 12 px and the box holds 378 px; cut about \\d+% of the words \\(about \\d+ characters\\), or split the step$`
			)
		);
		const [, percent] = still[0].match(/cut about (\d+)%/) ?? [];
		expect(Number(percent)).toBeGreaterThan(50);
	});

	it('lets 1,000 characters more through, which a still sets smaller (probe I-para1k-copy)', () => {
		const long = edit(files, STORY, 'now tells a different story.', `now tells a different story. ${filler(1000)}`);
		expect(loadMessages(() => parseStory(long)).filter((m) => m.includes('in a still'))).toEqual([]);
	});

	it('names only the still whose box is too small', () => {
		expect(stillFitProblem({ kicker: null, copy: [text(filler(3000))] }, [STILL_BOXES[1]])).toMatch(
			/^in a still \(1080x1350, words under the chart\) its words need about \d+ px even at 12 px and the box holds 378 px; cut/
		);
	});

	for (const [name, dir] of [
		['china-ai-market', REAL_STORY_DIR],
		['test-story', 'tests/fixtures/stories/test-story']
	] as const) {
		it(`passes every step of ${name}`, () => {
			const story = parseStory(readStoryFiles(dir));
			for (const s of story.steps) expect(stillFitProblem({ kicker: s.kicker, copy: s.copy }), s.id).toBeNull();
		});
	}
});
