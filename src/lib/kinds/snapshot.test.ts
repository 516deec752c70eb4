/**
 * The China story reads exactly as before: every step's chart (title, unit, caption, table,
 * legend, labels, notes, marks and their geometry) equals the committed dump. A change to the
 * chart code that alters what a reader sees fails here; a deliberate change of the story's data
 * or words updates the dump with `npx vitest run src/lib/kinds/snapshot.test.ts -u`, and its
 * diff is reviewed like copy.
 */
import { describe, expect, it } from 'vitest';
import { loadStory } from '../loading/load.server.ts';
import { storySnapshot } from './snapshot.ts';
import { toneGroup } from '../model/groups.ts';

/** The grey of rows in no group (app.css `--other`, light theme). */
const OTHER = '#8a8f98';

describe('the China story, step by step', () => {
	it('draws every step as the committed snapshot says', async () => {
		const story = loadStory('data/stories/china-ai-market');
		// Tones as the colour a reader sees in the light theme: a group's, or the grey.
		const colour = (tone: string) => (tone === 'other' ? OTHER : (toneGroup(story.groups, tone)?.colour.light ?? tone));
		const text = storySnapshot(story, colour);
		await expect(text).toMatchFileSnapshot('./__snapshots__/china-story.txt');
	});
});
