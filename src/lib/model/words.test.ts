/**
 * Chart words live in story.yaml (`charts:`), are checked when the story loads, and fill
 * their `{slots}` from the data: a wrong slot, a missing word or a misspelt key stops the load at
 * its line; the real story's charts print no unfilled slot and no missing word.
 */
import { describe, expect, it } from 'vitest';
import { DataError } from '../loading/errors.ts';
import { parseStory } from '../loading/load.ts';
import { readStoryFiles } from '../loading/load.server.ts';
import { REAL_STORY_DIR } from '../loading/fixture.ts';
import { KINDS, chartText } from '../kinds/registry.ts';
import { slotsOf, word } from './words.ts';

const STORY = `${REAL_STORY_DIR}/story.yaml`;
const files = readStoryFiles(REAL_STORY_DIR);
const yaml = files[STORY];
const lineOf = (text: string, marker: string) => text.split('\n').findIndex((l) => l.includes(marker)) + 1;

function problems(text: string): string[] {
	try {
		parseStory({ ...files, [STORY]: text });
	} catch (e) {
		if (e instanceof DataError) return e.all.map((x) => x.message);
		throw e;
	}
	return [];
}

describe('chart words', () => {
	it('fill their slots, and show a word nobody wrote as its key', () => {
		expect(word({ t: 'The {count} most used, {reported}' }, 't', { count: 5, reported: 'April 2026' })).toBe(
			'The 5 most used, April 2026'
		);
		expect(word({}, 'legend-CN')).toBe('[legend-CN]');
		expect(slotsOf('{a} and {b} and {a}')).toEqual(['a', 'b']);
	});

	it('every step of a chart shares its words, and no title or unit is left unfilled', () => {
		const story = parseStory(files);
		for (const step of story.steps) {
			expect(step.chart.words, step.id).toBe(story.steps.find((s) => s.chart === step.chart)!.chart.words);
			const text = chartText(story.data, step);
			for (const shown of [text.title, text.unit]) {
				expect(shown, `step "${step.id}"`).not.toMatch(/[{}]|\[[a-z-]+\]/);
			}
		}
	});

	it('every word a chart needs is written, with the slots it may use', () => {
		for (const [chart, spec] of Object.entries(KINDS)) {
			expect(Object.keys(spec.words).length, chart).toBeGreaterThan(0);
		}
	});

	it('an unknown slot stops the load at its line, naming the slots allowed', () => {
		const broken = yaml.replace(
			'title-group: "{n} of the top {count} are {group}"',
			'title-group: "{n} of the top {count} are {country}"'
		);
		const line = lineOf(broken, 'title-group:');
		expect(problems(broken)).toEqual([
			`${STORY}:${line}: chart "ranking" field "title-group": unknown slot {country}; it may use {n}, {group}, {tag}, {count}`
		]);
	});

	it('a missing word and a misspelt one are named', () => {
		const broken = yaml.replace('      legend-US: US model (US)\n', '      legend-USA: US model (US)\n');
		const line = lineOf(broken, 'legend-USA:');
		const wordsLine = lineOf(broken, '    words:');
		expect(problems(broken)).toEqual([
			`${STORY}:${line}: chart "ranking" field "legend-USA": unknown field; expected one of title-named, title-all, title-group, unit, legend-US, legend-CN, not-itemized, ` +
				'value, item, items, caption-named, caption-ceiling, column-item, column-maker, column-group, column-value',
			`${STORY}:${wordsLine}: chart "ranking" field "legend-US": missing; every word of the chart is needed`
		]);
	});

	it('a story without its charts: section says what the section holds', () => {
		const broken = yaml.replace(/\ncharts:\n[\s\S]*?\nsteps:\n/, '\nsteps:\n');
		const found = problems(broken);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(
			/^data\/stories\/china-ai-market\/story\.yaml:\d+: field "charts": missing; this section declares the charts the steps show/
		);
	});
});
