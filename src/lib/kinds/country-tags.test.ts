/**
 * Colour that means group must mean it everywhere (issue #10, correction 1): in a row chart that
 * shows any bar's group, every named bar in view carries its own, as a tag in words and as its
 * colour; a highlight is a ring (`focus`), never a colour. Checked on the real data/, at every
 * step and in every state of the row charts, so a new step or dataset row is covered too.
 */
import { describe, expect, it } from 'vitest';
import { loadStory } from '../loading/load.server.ts';
import { REAL_STORY_DIR } from '../loading/fixture.ts';
import { groupTag, groupTone } from '../model/groups.ts';
import type { Datasets, Group, GroupId, Step } from '../model/types.ts';
import { KINDS } from './registry.ts';
import { chartView } from './view.ts';
import type { RowScene } from './rows.ts';

const story = loadStory(REAL_STORY_DIR);
const ROW_KINDS = new Set(['ranked-bars', 'dot-plot', 'grouped-bars']);

/** Every item the data names, with its group. */
function groupsOf(data: Datasets): Map<string, GroupId> {
	const out = new Map<string, GroupId>();
	for (const r of data.ranks) if (r.label && r.group) out.set(r.label, r.group);
	for (const r of data.scores) out.set(r.label, r.group);
	for (const r of data.pairs) out.set(r.label, r.group);
	return out;
}

/** Problems of one scene, in words: an untagged or wrongly tagged item, a colour without a tag. */
function problems(scene: RowScene, known: Map<string, GroupId>, groups: readonly Group[]): string[] {
	const shown = scene.rows.filter((r) => r.visible && r.basis !== 'not-reported');
	const anyGroup = shown.some((r) => r.tag !== null || /^g\d$/.test(r.tone));
	if (!anyGroup) return [];
	const out: string[] = [];
	for (const r of shown) {
		const group = known.get(r.name);
		if (!group) continue;
		if (r.tag !== groupTag(groups, group))
			out.push(`${r.name}: tag ${r.tag ?? 'none'}, expected ${groupTag(groups, group)}`);
		if (r.tone !== groupTone(groups, group))
			out.push(`${r.name}: colour ${r.tone}, expected ${groupTone(groups, group)}`);
	}
	return out;
}

const rowSteps = story.steps.filter((s: Step) => ROW_KINDS.has(s.chart.kind));
const sceneOf = (step: Step, state = step.state, highlight = step.highlight) =>
	KINDS[step.chart.kind].scene(chartView(story.data, step.chart), { ...step, state, highlight }) as RowScene;

describe('group tags in the row charts', () => {
	it('every item in view carries its group at every step of the story', () => {
		expect(rowSteps.length).toBeGreaterThan(0);
		for (const step of rowSteps) {
			const known = groupsOf(chartView(story.data, step.chart));
			expect(problems(sceneOf(step), known, story.groups), `step "${step.id}"`).toEqual([]);
		}
	});

	it('every item of every group is tagged in every state, highlighted or not', () => {
		for (const step of rowSteps) {
			const view = chartView(story.data, step.chart);
			const known = groupsOf(view);
			for (const state of KINDS[step.chart.kind].states(view, story.groups)) {
				const plain = sceneOf(step, state, []);
				expect(problems(plain, known, story.groups), `${step.chart.id} ${state}`).toEqual([]);
				for (const r of plain.rows.filter((x) => x.visible && known.has(x.name))) {
					expect(r.tag, `${step.chart.id} ${state}: ${r.name}`).toBe(groupTag(story.groups, known.get(r.name)!));
				}
			}
		}
	});

	it('a highlight rings a bar and leaves its colour alone', () => {
		const step = rowSteps.find((s) => s.chart.kind === 'ranked-bars')!;
		const first = chartView(story.data, step.chart).ranks.find((r) => r.label !== null)!.label!;
		const plain = sceneOf(step, 'named', []);
		const ringed = sceneOf(step, 'named', [first]);
		for (const r of ringed.rows) {
			const before = plain.rows.find((p) => p.key === r.key)!;
			expect(r.tone, r.name).toBe(before.tone);
			expect(r.tag, r.name).toBe(before.tag);
			expect(r.emphasis, r.name).toBe(r.name === first ? 'focus' : 'normal');
		}
	});
});
