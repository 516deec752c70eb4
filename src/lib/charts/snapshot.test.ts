/**
 * The China story reads exactly as before: every step's chart (title, unit, caption, table,
 * legend, labels, notes, marks and their geometry) equals the committed dump. A change to the
 * chart code that alters what a reader sees fails here; a deliberate change of the story's data
 * or words updates the dump with `npx vitest run src/lib/charts/snapshot.test.ts -u`, and its
 * diff is reviewed like copy.
 */
import { describe, expect, it } from 'vitest';
import { loadStory } from '../story/load.server.ts';
import { storySnapshot } from './snapshot.ts';

/** The colours tones are drawn in (the light theme), so the dump names what a reader sees. */
const LIGHT: Record<string, string> = { us: '#2f5fa7', cn: '#c8432b', other: '#8a8f98' };

describe('the China story, step by step', () => {
	it('draws every step as the committed snapshot says', async () => {
		const story = loadStory(process.cwd());
		const text = storySnapshot(story, (tone) => LIGHT[tone] ?? tone);
		await expect(text).toMatchFileSnapshot('./__snapshots__/china-story.txt');
	});
});
