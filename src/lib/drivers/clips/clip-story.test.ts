import { describe, expect, it } from 'vitest';
import { loadStory } from '../../loading/load.server.ts';
import { REAL_STORY_DIR } from '../../loading/fixture.ts';
import { dataAsOf } from '../../model/dates.ts';
import { uiWords } from '../../model/locale/ui/words.ts';
import { clipStory } from './clip-story.ts';

describe('what a clip carries', () => {
	it('every frame of every step says how recent the data is, and carries no speaker notes', () => {
		const story = loadStory(REAL_STORY_DIR);
		const asOf = dataAsOf(story);
		expect(asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
		const clip = clipStory(story, uiWords(story.lang));
		expect(clip.steps.map((s) => s.content.asOf)).toEqual(story.steps.map(() => asOf));
		expect(clip.steps.every((s) => s.content.step.notes.length === 0)).toBe(true);
	});
});
