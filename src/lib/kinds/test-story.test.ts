/**
 * The test story (tests/fixtures/stories/test-story, TEST DATA, never published) differs from the
 * first story on every axis: three groups, a lower-is-better dot plot with an axis start, four
 * series (two of one group), a part of a whole without a derived remainder, its own dataset ids
 * and chart words. It loads through the same loader, and every step's scene draws, worded from
 * its own groups and words.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadStoryFolder } from '../loading/load.server.ts';
import { KINDS, chartText, sceneOf } from './registry.ts';
import { chartView } from './view.ts';
import type { RowScene } from './rows.ts';
import type { LinesOverTimeScene } from './lines-over-time/types.ts';
import type { PartOfWholeScene } from './part-of-whole/types.ts';

const story = loadStoryFolder(join(process.cwd(), 'tests/fixtures/stories/test-story'));
const stepOf = (id: string) => story.steps.find((s) => s.id === id)!;

describe('the test story', () => {
	it('says it is test data, and uses every chart kind', () => {
		expect(story.meta.title).toMatch(/TEST DATA/);
		expect(story.meta.dek).toMatch(/TEST DATA/);
		expect(new Set(story.steps.map((s) => s.chart.kind))).toEqual(new Set(Object.keys(KINDS)));
		expect(story.groups.map((g) => g.id)).toEqual(['north', 'south', 'east']);
	});

	it('draws every step, with no word left unfilled and no name of the first story', () => {
		for (const step of story.steps) {
			const text = chartText(story.data, step);
			for (const shown of [text.title, text.unit, text.caption]) {
				expect(shown, step.id).not.toMatch(/[{}]|\[[a-z-]+\]|Chinese|China|\bUS\b|OpenRouter/);
			}
			expect(text.table.rows.length, step.id).toBeGreaterThan(0);
		}
	});

	it("captions and table headings use the story's own nouns, none of the first story's", () => {
		const firstStory = /\b(tokens?|models?|labs?|list prices?|providers?|country|countries)\b/i;
		const own = /\b(cars?|points|pts|Team|Region|fees?|sessions|fastest)\b/;
		for (const step of story.steps) {
			const text = chartText(story.data, step);
			for (const shown of [text.caption, ...text.table.columns]) expect(shown, step.id).not.toMatch(firstStory);
			expect([text.caption, ...text.table.columns].join(' | '), step.id).toMatch(own);
		}
		const standings = chartText(story.data, stepOf('test-standings'));
		expect(standings.table.columns).toEqual(['Rank', 'Car', 'Team', 'Region', 'Points', 'Note']);
		expect(standings.caption).toMatch(
			/^Kestrel \(Team Alder\) led the standings with 412\.00 pts as of [A-Z][a-z]+ \d{4}, ahead of Osprey at 388\.00 pts/
		);
		expect(chartText(story.data, stepOf('test-eastern')).caption).toContain('are the Northern cars among the 6 named');
		expect(chartText(story.data, stepOf('test-teams')).table.columns).toEqual(['Team', 'Region', 'Share', 'Basis']);
		expect(chartText(story.data, stepOf('test-laps')).table.columns.slice(0, 3)).toEqual(['Car', 'Team', 'Region']);
		expect(chartText(story.data, stepOf('test-fees')).caption).toMatch(
			/^Season fees run from \$120 \(Tern\) to \$400 \(Kestrel\)\./
		);
		expect(chartText(story.data, stepOf('test-fees-both')).table.columns).toEqual([
			'Car',
			'Team',
			'Region',
			'Entry fee',
			'Season fee',
			'Place in the standings',
			'Note'
		]);
	});

	it('ranked bars: three groups coloured and tagged, a group state rings its rows', () => {
		const scene = sceneOf(story, stepOf('test-eastern')) as RowScene;
		const named = scene.rows.filter((r) => r.visible && r.mark === 'bar');
		expect(new Set(named.map((r) => r.tone))).toEqual(new Set(['g0', 'g1', 'g2']));
		expect(named.filter((r) => r.emphasis === 'focus').map((r) => r.tag)).toEqual(['E', 'E']);
		expect(scene.legend.map((l) => l.label)).toEqual(['Northern car (N)', 'Southern car (S)', 'Eastern car (E)']);
		expect(scene.text.caption).toContain('are Eastern');
		const all = sceneOf(story, stepOf('test-all-places')) as RowScene;
		expect(all.notes[0].text).toMatch(/^\d of these 2 (is|are) Northern, \d (is|are) Southern, \d (is|are) Eastern/);
	});

	it('part of a whole: no derived remainder; the combined total named from its group', () => {
		const teams = sceneOf(story, stepOf('test-teams')) as PartOfWholeScene;
		expect(teams.arcs.some((a) => a.derived)).toBe(false);
		expect(teams.labels.find((l) => l.key === 'p:eastern-teams')).toMatchObject({
			short: 'Eastern teams',
			note: 'one total, not split'
		});
		const lead = sceneOf(story, stepOf('test-lead')) as PartOfWholeScene;
		// The two largest regions, read from the data: east 40, then a tie at 30 broken by file order.
		expect([lead.gap.leader, lead.gap.follower]).toEqual(['Eastern teams', 'Northern teams']);
		expect(lead.centre.filter((c) => c.key !== 'gap')).toHaveLength(3);
	});

	it('lines over time: four series, two of one group; a week the usual leader lost is banded', () => {
		const scene = sceneOf(story, stepOf('test-sessions-all')) as LinesOverTimeScene;
		expect(scene.series.map((s) => [s.label, s.tone])).toEqual([
			['North A', 'g0'],
			['North B', 'g0'],
			['South', 'g1'],
			['East', 'g2']
		]);
		expect(scene.leadSeries).toBe('north-a');
		expect(scene.bands.filter((b) => b.kind === 'ahead').map((b) => [b.period, b.tone])).toEqual([
			['2019-03-25', 'g1']
		]);
		expect(scene.bands.filter((b) => b.kind === 'unreported').map((b) => b.period)).toEqual([
			'2019-03-18',
			'2019-04-08'
		]);
		expect(scene.text.caption).toContain("By the sources' streak counts, East cars led 8-14 Apr");
		expect(scene.text.table.columns).toEqual([
			'Week',
			'North A, sessions',
			'North B, sessions',
			'South, sessions',
			'East, sessions',
			'Ahead'
		]);
		expect(scene.text.caption).toContain('(North A 14.00, North B 11.00, South 16.00, East 8.00)');
	});

	it('dot plot: lower is better, and the axis starts where the chart says', () => {
		const step = stepOf('test-laps');
		const scene = sceneOf(story, step) as RowScene;
		const shown = scene.rows.filter((r) => r.visible).sort((a, b) => a.slot - b.slot);
		expect(shown.map((r) => r.name)).toEqual(['Heron', 'Kestrel', 'Osprey', 'Lapwing']);
		expect(scene.xDomain[0]).toBe(60);
		expect(scene.text.title).toMatch(/^Lap time: Heron fastest as of/);
		// Lower is better: the words say "fastest", never "highest" or "lowest-scoring".
		expect(scene.text.caption).toContain('the Eastern car Heron was fastest at 70.9');
		expect(scene.text.caption).toContain('the fastest Northern car listed here, Kestrel, clocks 71.2.');
		expect(scene.text.caption).not.toMatch(/scor|highest|lowest/);
		expect(KINDS['dot-plot'].states(chartView(story.data, step.chart), story.groups)).toEqual(['lap-time']);
	});

	it('grouped bars: ranked cars ringed from the ranking the chart binds', () => {
		const scene = sceneOf(story, stepOf('test-fees-ranked')) as RowScene;
		expect(
			scene.rows
				.filter((r) => r.emphasis === 'focus')
				.map((r) => r.prefix)
				.sort()
		).toEqual(['#1', '#2', '#3', '#6']);
		expect(scene.text.caption).toContain('No season fee for Plover and Lapwing.');
	});
});
