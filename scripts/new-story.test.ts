/**
 * `npm run new-story <slug>` writes a story that loads and draws at once: every chart kind, on
 * data marked SAMPLE DATA; and refuses a bad slug or an existing folder, writing nothing.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { writeNewStory } from './new-story.mjs';
import { loadStoryFolder } from '../src/lib/loading/load.server.ts';
import { KINDS, chartText } from '../src/lib/kinds/registry.ts';

const root = mkdtempSync(join(tmpdir(), 'new-story-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new-story', () => {
	it('writes data/stories/<slug>/ with a story that loads, uses every kind and draws every step', () => {
		const dir = writeNewStory(root, 'my-story', 'My story') as string;
		expect(dir).toBe(join(root, 'data/stories/my-story'));
		expect(readdirSync(dir).sort()).toEqual(['datasets', 'story.yaml']);
		const story = loadStoryFolder(dir);
		expect(story.meta.title).toBe('SAMPLE DATA: My story');
		expect(story.meta.dek).toMatch(/SAMPLE DATA/);
		expect(new Set(story.steps.map((s) => s.chart.kind))).toEqual(new Set(Object.keys(KINDS)));
		for (const rows of Object.values(story.data)) {
			for (const row of rows as { source: string; confidence: string | null }[]) {
				if (row.confidence !== null) expect(row.source).toMatch(/SAMPLE DATA/);
			}
		}
		for (const step of story.steps) {
			const text = chartText(story.data, step);
			expect(text.title, step.id).not.toMatch(/[{}]|\[[a-z-]+\]/);
		}
	});

	it('refuses a slug that is not lowercase-with-dashes, and an existing folder', () => {
		expect(() => writeNewStory(root, 'My Story')).toThrow(/must be lowercase letters, digits and dashes/);
		expect(() => writeNewStory(root, 'my-story')).toThrow(/already exists/);
		expect(readdirSync(join(root, 'data/stories'))).toEqual(['my-story']);
	});

	it('NS4: refuses a name the build reserves (its own rule), writing nothing', () => {
		expect(() => writeNewStory(root, 'fonts')).toThrow(
			'"fonts" cannot name a story: a story\'s folder name is its address (/fonts/), so it must be lowercase letters, digits and dashes, and not one of fonts; nothing written'
		);
		expect(readdirSync(join(root, 'data/stories'))).toEqual(['my-story']);
	});

	it.each([
		['NS5', 'ns5-backslash', 'Prices\\s and C:\\temp "quoted" it\'s', 'Prices\\s and C:\\temp "quoted" it\'s'],
		['NS6', 'ns6-newline', 'Broken\nlines\r\n\tand a tab', 'Broken lines and a tab']
	])('%s: writes any title safely into story.yaml, and the build loads it as typed', (_, slug, title, shown) => {
		const dir = writeNewStory(root, slug, title) as string;
		expect(loadStoryFolder(dir).meta.title).toBe(`SAMPLE DATA: ${shown}`);
	});
});
