/**
 * Group colours: WCAG contrast computed as the spec says, the build's backgrounds kept in step
 * with app.css, and a colour that fails named with its ratio and what it needs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, colourProblem, contrast, groupTone, toneGroup } from './groups.ts';
import { parseStory } from '../loading/load.ts';
import { readStoryFiles } from '../loading/load.server.ts';
import { DataError } from '../loading/errors.ts';

describe('group colours', () => {
	it('compute WCAG contrast', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#ffffff', '#ffffff')).toBe(1);
		expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	});

	it('check against the backgrounds app.css paints', () => {
		const css = readFileSync('src/app.css', 'utf8');
		const pair = (name: string) =>
			new RegExp(`--${name}: var\\(--light-on, (#\\w+)\\) var\\(--dark-on, (#\\w+)\\);`).exec(css);
		expect(pair('paper')?.slice(1)).toEqual([BACKGROUNDS.light.paper, BACKGROUNDS.dark.paper]);
		expect(pair('card')?.slice(1)).toEqual([BACKGROUNDS.light.card, BACKGROUNDS.dark.card]);
	});

	it('name what a failing colour lacks, per theme', () => {
		expect(colourProblem('#2f5fa7', 'light')).toBeNull();
		expect(colourProblem('#f3a08f', 'light')).toMatch(
			/^#f3a08f has a contrast of 1\.96:1 against the light theme's paper \(#fbfaf7\); marks need 3:1 and labels 4\.5:1: pick a darker colour$/
		);
		expect(colourProblem('#2f5fa7', 'dark')).toMatch(/against the dark theme's (paper|card).*pick a lighter colour$/);
	});

	it('map a group to its tone and back', () => {
		const groups = [
			{ id: 'a', label: 'A', tag: 'A', colour: { light: '#000000', dark: '#ffffff' } },
			{ id: 'b', label: 'B', tag: 'B', colour: { light: '#000000', dark: '#ffffff' } }
		];
		expect(groupTone(groups, 'b')).toBe('g1');
		expect(groupTone(groups, null)).toBe('other');
		expect(toneGroup(groups, 'g1')?.id).toBe('b');
	});

	it('the build refuses a group colour that fails contrast, naming the group and the colour', () => {
		const narrative = 'data/stories/china-ai-market/story.yaml';
		const files = readStoryFiles('data/stories/china-ai-market');
		const yaml = files[narrative].replace('colour: { light: "#c8432b"', 'colour: { light: "#f3a08f"');
		let messages: string[] = [];
		try {
			parseStory({ ...files, [narrative]: yaml });
		} catch (e) {
			if (e instanceof DataError) messages = e.all.map((x) => x.message);
			else throw e;
		}
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(
			/^data\/stories\/china-ai-market\/story\.yaml:\d+: group "CN" field "colour\.light": group "CN" \(Chinese\): #f3a08f has a contrast of 1\.96:1 against the light theme's paper/
		);
	});
});
