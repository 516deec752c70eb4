/**
 * Colour that means country must mean it everywhere (issue #10, correction 1): in a row chart that
 * shows any bar's country, every named bar in view carries its own, as a tag in words and as its
 * colour; a highlight is a ring (`focus`), never a colour. Checked on the real data/, at every
 * step and in every state of the row charts, so a new step or dataset row is covered too.
 */
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../story/load.server.ts';
import { REAL_STORY_DIR } from '../../story/fixture.ts';
import type { Country, Datasets, Step } from '../../story/types.ts';
import { benchmarkScene } from '../benchmark/scene.ts';
import { pricesScene } from '../prices/scene.ts';
import { rankingScene } from '../ranking/scene.ts';
import { CHARTS } from '../registry.ts';
import { toneOf, type RowScene } from './rows.ts';

const story = loadStory(REAL_STORY_DIR);
const ROW_SCENES: Record<string, (data: Datasets, state: string, highlight: string[]) => RowScene> = {
	ranking: rankingScene,
	benchmark: benchmarkScene,
	prices: pricesScene
};

/** Every model the data names, with its country. */
function countries(data: Datasets): Map<string, Country> {
	const out = new Map<string, Country>();
	for (const r of data['model-ranking']) if (r.model && r.country) out.set(r.model, r.country);
	for (const r of data.benchmarks) out.set(r.model, r.country);
	for (const r of data.prices) out.set(r.model, r.country);
	return out;
}

/** Problems of one scene, in words: an untagged or wrongly tagged model, a colour without a tag. */
function problems(scene: RowScene, known: Map<string, Country>): string[] {
	const shown = scene.rows.filter((r) => r.visible && r.basis !== 'not-reported');
	const anyCountry = shown.some((r) => r.tag !== null || r.tone === 'us' || r.tone === 'cn');
	if (!anyCountry) return [];
	const out: string[] = [];
	for (const r of shown) {
		const country = known.get(r.name);
		if (!country) continue;
		if (r.tag !== country) out.push(`${r.name}: tag ${r.tag ?? 'none'}, expected ${country}`);
		if (r.tone !== toneOf(country)) out.push(`${r.name}: colour ${r.tone}, expected ${toneOf(country)}`);
	}
	return out;
}

describe('country tags in the row charts', () => {
	const known = countries(story.data);

	it('every model in view carries its country at every step of the story', () => {
		const rowSteps = story.steps.filter((s: Step) => s.chart in ROW_SCENES);
		expect(rowSteps.length).toBeGreaterThan(0);
		for (const step of rowSteps) {
			const scene = ROW_SCENES[step.chart](story.data, step.state, step.highlight);
			expect(problems(scene, known), `step "${step.id}"`).toEqual([]);
		}
	});

	it('every Chinese model is tagged CN in every state, highlighted or not', () => {
		for (const [chart, scene] of Object.entries(ROW_SCENES)) {
			for (const state of CHARTS[chart as keyof typeof CHARTS].states(story.data)) {
				const plain = scene(story.data, state, []);
				expect(problems(plain, known), `${chart} ${state}`).toEqual([]);
				const cn = plain.rows.filter((r) => r.visible && known.get(r.name) === 'CN');
				for (const r of cn) expect(r.tag, `${chart} ${state}: ${r.name}`).toBe('CN');
			}
		}
	});

	it('a highlight rings a bar and leaves its colour alone', () => {
		const plain = rankingScene(story.data, 'top5', []);
		const ringed = rankingScene(story.data, 'top5', ['MiMo-V2-Pro']);
		for (const r of ringed.rows) {
			const before = plain.rows.find((p) => p.key === r.key)!;
			expect(r.tone, r.name).toBe(before.tone);
			expect(r.tag, r.name).toBe(before.tag);
			expect(r.emphasis, r.name).toBe(r.name === 'MiMo-V2-Pro' ? 'focus' : 'normal');
		}
	});
});
