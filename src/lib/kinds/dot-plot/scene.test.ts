import { describe, expect, it } from 'vitest';
import type { Row } from '../rows.ts';
import { dotPlotScene as sceneOf } from './scene.ts';
import { metricDomain, metricIds } from './metrics.ts';
import { dotPlotSpec } from './spec.ts';
import { datasets, metric, score } from '../rows.fixture.ts';
import { GROUPS, STORY, toneOfGroup, WORDS } from '../../loading/china.fixture.ts';

/** The scene with the story's chart words, as the page draws it. */
const dotPlotScene = (...args: [Parameters<typeof sceneOf>[0], string, string[]?]) =>
	sceneOf(args[0], args[1], args[2] ?? [], WORDS.benchmark, GROUPS, {}, 'en');

const visible = (rows: Row[]) => rows.filter((r) => r.visible).sort((a, b) => a.slot - b.slot);
const STATES = metricIds(STORY);

describe('benchmark scene', () => {
	it('has one state per metric id, from the data', () => {
		expect(dotPlotSpec.states(STORY, GROUPS)).toEqual(['gdpval-aa', 'aa-index', 'caisi-elo']);
	});

	it('keeps every row of every metric, keyed metric:model, in every state', () => {
		const keys = STATES.map((s) => dotPlotScene(STORY, s).rows.map((r) => r.key));
		expect(keys[0]).toHaveLength(STORY.scores.length);
		expect(keys[0]).toContain('gdpval-aa:Claude Opus 4.7');
		expect(keys[0]).toContain('aa-index:Claude Opus 4.7');
		expect(new Set(keys[0]).size).toBe(keys[0].length);
		for (const k of keys) expect(k).toEqual(keys[0]);
	});

	it('shows only the rows of the current metric, best first, not-reported last', () => {
		for (const state of STATES) {
			const shown = visible(dotPlotScene(STORY, state).rows);
			expect(shown.every((r) => r.key.startsWith(`${state}:`))).toBe(true);
			expect(shown.length).toBe(STORY.scores.filter((b) => b.metric === state).length);
		}
		const gdp = visible(dotPlotScene(STORY, 'gdpval-aa').rows);
		expect(gdp.map((r) => r.name)).toEqual([
			'Claude Opus 4.7',
			'DeepSeek V4 Pro (Max)',
			'GLM-5.1',
			'Kimi K2.6',
			'GLM-5',
			'Claude Opus 4.6'
		]);
		expect(gdp.map((r) => r.tag)).toEqual(['US', 'CN', 'CN', 'CN', 'CN', 'US']);
		expect(gdp.map((r) => r.tone)).toEqual([
			toneOfGroup('US'),
			toneOfGroup('CN'),
			toneOfGroup('CN'),
			toneOfGroup('CN'),
			toneOfGroup('CN'),
			toneOfGroup('US')
		]);
	});

	it('draws a score that is not reported as an empty row saying so, across the whole axis', () => {
		const scene = dotPlotScene(STORY, 'gdpval-aa');
		const opus = scene.rows.find((r) => r.key === 'gdpval-aa:Claude Opus 4.6') as Row;
		expect(opus).toMatchObject({
			mark: 'empty',
			basis: 'not-reported',
			value: 'not reported',
			x0: scene.xDomain[0],
			x1: scene.xDomain[1]
		});
		expect(scene.text.caption).toContain('Claude Opus 4.6: score not reported');
	});

	it('scores are dots; approximate ones carry "~" and a stated error carries ± and an error bar', () => {
		const scene = dotPlotScene(STORY, 'caisi-elo', ['DeepSeek V4 Pro']);
		const shown = visible(scene.rows);
		expect(shown.map((r) => r.value)).toEqual(['~1,260', '~999', '~800 ±28', '~749']);
		expect(shown.every((r) => r.mark === 'dot')).toBe(true);
		expect(shown.map((r) => r.err)).toEqual([0, 0, 28, 0]);
		expect(shown.map((r) => r.emphasis)).toEqual(['normal', 'normal', 'focus', 'normal']);
		expect(scene.text.caption).toContain('approximate');
	});

	it('each metric has its own domain, not from zero, holding every score and error bar', () => {
		for (const state of STATES) {
			const [lo, hi] = dotPlotScene(STORY, state).xDomain;
			const rows = STORY.scores.filter((b) => b.metric === state && b.value !== null);
			expect(lo).toBeGreaterThan(0);
			for (const r of rows) {
				expect(lo).toBeLessThan((r.value as number) - (r.error ?? 0));
				expect(hi).toBeGreaterThan((r.value as number) + (r.error ?? 0));
			}
		}
		expect(dotPlotScene(STORY, 'aa-index').xDomain).not.toEqual(dotPlotScene(STORY, 'gdpval-aa').xDomain);
		expect(dotPlotScene(STORY, 'gdpval-aa').axisTitle).toBe('GDPval-AA v1 (Elo)');
		expect(dotPlotScene(STORY, 'gdpval-aa').text.unit).toMatch(/axis starts at 1,\d{3}, not zero/);
	});

	it('hides the other metrics where they would be drawn on their own axis', () => {
		const own = dotPlotScene(STORY, 'aa-index');
		const other = dotPlotScene(STORY, 'gdpval-aa');
		const key = 'aa-index:Kimi K2.6';
		const a = own.rows.find((r) => r.key === key) as Row;
		const b = other.rows.find((r) => r.key === key) as Row;
		expect(b.visible).toBe(false);
		const frac = (r: Row, d: [number, number]) => (r.x1 - d[0]) / (d[1] - d[0]);
		expect(frac(b, other.xDomain)).toBeCloseTo(frac(a, own.xDomain), 9);
		expect(b.slot / other.slots).toBeCloseTo(a.slot / own.slots, 9);
	});

	it('text is generated from the rows', () => {
		const t = dotPlotScene(STORY, 'gdpval-aa').text;
		// Past tense and dated: the leader on the day reported, not a claim about today.
		expect(t.title).toBe('GDPval-AA v1: Claude Opus 4.7 led as of 18 April 2026');
		expect(t.caption).toMatch(
			/^On GDPval-AA v1 \(Elo\), the US model Claude Opus 4\.7 led at 1,753 as of 18 April 2026; the highest-scoring Chinese model listed here, DeepSeek V4 Pro \(Max\), scores 1,554\./
		);
		expect(t.table.columns[3]).toBe('GDPval-AA v1 (Elo)');
		expect(t.table.rows.map((r) => r[3])).toContain('not reported');
	});

	it('works on a small made-up metric', () => {
		const data = datasets({
			metrics: [metric('m', 'M', 'pts')],
			scores: [score('B', 'CN', 'm', 20), score('A', 'US', 'm', 10), score('C', 'US', 'm', null)]
		});
		const scene = dotPlotScene(data, 'm');
		expect(visible(scene.rows).map((r) => r.name)).toEqual(['B', 'A', 'C']);
		expect(scene.text.caption).toMatch(
			/^On M \(pts\), the Chinese model B led at 20 as of [^;]+; the highest-scoring US model listed here, A, scores 10\./
		);
		expect(dotPlotSpec.keys(data, 'm', GROUPS)).toEqual(['B', 'A', 'C']);
	});

	it('says when the scores come from reports of different dates (never one snapshot)', () => {
		const data = datasets({
			metrics: [metric('m', 'M', 'Elo')],
			scores: [
				{ ...score('A', 'US', 'm', 1753), date: '2026-04-18' },
				{ ...score('B', 'CN', 'm', 1554), date: '2026-05-05' }
			]
		});
		expect(dotPlotScene(data, 'm').text.caption).toContain(
			'The scores come from reports of different dates (18 April 2026 and 5 May 2026), not from one snapshot of the leaderboard.'
		);
		expect(dotPlotScene(STORY, 'caisi-elo').text.caption).not.toContain('different dates');
	});

	it('rejects an unknown metric', () => {
		expect(() => dotPlotScene(STORY, 'mmlu')).toThrow(/unknown state "mmlu"/);
		expect(metricDomain(STORY, 'mmlu')).toEqual([0, 1]);
	});
});
