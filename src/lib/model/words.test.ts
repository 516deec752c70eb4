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
				'value, item, items, caption-named, caption-ceiling, column-item, column-maker, column-group, column-value, ' +
				'unnamed-count-one, unnamed-count-many, unnamed-count-not-one, unnamed-count-not-many, unnamed-of, unnamed-note, ' +
				'unnamed-note-none, unnamed-note-ceiling, caption-all, caption-all-split, caption-all-unsplit, caption-group-one, ' +
				'caption-group-many, caption-group-other-one, caption-group-other-many, caption-group-total-one, ' +
				'caption-group-total-many, item-rank, item-value, column-rank, column-note',
			`${STORY}:${wordsLine}: chart "ranking" field "legend-US": missing; every word of the chart without a default is needed`
		]);
	});

	it('a word with a default may be left out or written; a story that writes it reads its own', () => {
		const ranking = (text: string) => {
			const story = parseStory({ ...files, [STORY]: text });
			return chartText(
				story.data,
				story.steps.find((s) => s.chart.id === 'ranking' && s.state === 'all')!
			);
		};
		const before = ranking(yaml);
		expect(before.table.columns[0]).toBe('Rank');
		const written = ranking(
			yaml.replace('    words:\n      title-named:', '    words:\n      column-rank: Place\n      title-named:')
		);
		expect(written.table.columns[0]).toBe('Place');
		expect(written.caption).toBe(before.caption);
	});

	it("a chart's decimals option sets the digits of its values on every kind; a bad one stops the load", () => {
		const withOption = (chart: string, option: string) =>
			yaml.replace(`  ${chart}:\n`, `  ${chart}:\n    options: { decimals: ${option} }\n`);
		const story = parseStory({ ...files, [STORY]: withOption('ranking', '1') });
		const step = story.steps.find((s) => s.chart.id === 'ranking')!;
		expect(step.chart.options.decimals).toBe(1);
		expect(chartText(story.data, step).table.rows[0][4]).toMatch(/^\d+\.\dT$/);
		const bad = withOption('ranking', '1.5');
		expect(problems(bad)).toEqual([
			`${STORY}:${lineOf(bad, 'decimals: 1.5')}: chart "ranking" field "options.decimals": expected a whole number from 0 to 6 (the decimals every value prints with), got number 1.5`
		]);
		const timeline = parseStory({ ...files, [STORY]: withOption('timeline', '1') });
		const week = timeline.steps.find((s) => s.chart.id === 'timeline' && s.state === 'all')!;
		expect(chartText(timeline.data, week).table.rows[0].slice(1, 3)).toEqual(['4.1T', '2.9T']);
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
