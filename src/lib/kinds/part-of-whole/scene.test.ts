import { describe, expect, it } from 'vitest';
import type { Datasets, ShareRow } from '../../model/types.ts';
import { partOfWholeKeys, partOfWholeScene as sceneOf } from './scene.ts';
import { PART_OF_WHOLE_STATES } from './types.ts';
import { partOfWholeSpec } from './spec.ts';
import { WORDS, GROUPS, STORY, toneOfGroup } from '../../loading/china.fixture.ts';

/** The scene with the story's chart words, as the page draws it. */
const partOfWholeScene = (...args: [Parameters<typeof sceneOf>[0], string, string[]?]) =>
	sceneOf(args[0], args[1], args[2] ?? [], WORDS.share, GROUPS, {}, 'en');

const src = { source: 'test', url: null, date: '2026-04', confidence: 'low' as const };
const country = (
	id: string,
	label: string,
	c: 'US' | 'CN' | null,
	value: number,
	basis: 'reported' | 'derived' = 'reported'
): ShareRow => ({ id, label, group: c, value, basis, note: '', ...src });

function datasets(providers: ShareRow[], countries: ShareRow[]): Datasets {
	return {
		ranks: [],
		counts: [],
		parts: providers,
		totals: countries,
		timeline: [],
		metrics: [],
		scores: [],
		pairs: []
	};
}

// The story's rows, as data/ holds them.
const DATA = datasets(STORY.parts, STORY.totals);

const TAU = Math.PI * 2;
const span = (a: { startAngle: number; endAngle: number }) => a.endAngle - a.startAngle;

describe('share scene', () => {
	it.each(PART_OF_WHOLE_STATES)('%s: arcs tile a full turn, without overlap', (state) => {
		const scene = partOfWholeScene(DATA, state, []);
		const total = scene.arcs.reduce((s, a) => s + span(a), 0);
		expect(total).toBeCloseTo(TAU, 9);
		expect(scene.arcs[0].startAngle).toBe(0);
		for (let i = 1; i < scene.arcs.length; i++) {
			expect(scene.arcs[i].startAngle).toBeCloseTo(scene.arcs[i - 1].endAngle, 12);
		}
	});

	it('keeps the same arc and label keys in every state', () => {
		const keys = PART_OF_WHOLE_STATES.map((s) =>
			partOfWholeScene(DATA, s)
				.arcs.map((a) => a.key)
				.join()
		);
		const labelKeys = PART_OF_WHOLE_STATES.map((s) =>
			partOfWholeScene(DATA, s)
				.labels.map((l) => l.key)
				.join()
		);
		expect(new Set(keys).size).toBe(1);
		expect(new Set(labelKeys).size).toBe(1);
	});

	it('parts: one arc per provider, Chinese labs as one arc, the remainder derived', () => {
		const scene = partOfWholeScene(DATA, 'parts', ['anthropic']);
		expect(scene.arcs.map((a) => a.key)).toEqual(['anthropic', 'google', 'openai', 'china-six', 'rest']);
		const china = scene.arcs.find((a) => a.key === 'china-six')!;
		expect(span(china) / TAU).toBeCloseTo(0.371, 9);
		expect(scene.arcs.filter((a) => a.tone === toneOfGroup('CN'))).toHaveLength(1);
		expect(scene.labels.find((l) => l.key === 'p:china-six')!.note).toBe('no per-lab split reported');
		const rest = scene.arcs.find((a) => a.key === 'rest')!;
		expect(rest.derived).toBe(true);
		expect(scene.labels.find((l) => l.key === 'p:rest')).toMatchObject({ derived: true, visible: true });
		expect(scene.arcs.filter((a) => a.derived).map((a) => a.key)).toEqual(['rest']);
		// US arcs differ by shade and separators; labels carry a country tag, not colour alone.
		const usShades = scene.arcs.filter((a) => a.tone === toneOfGroup('US')).map((a) => a.shade);
		expect(new Set(usShades).size).toBe(3);
		expect(scene.labels.find((l) => l.key === 'p:google')!.tag).toBe('US');
		expect(scene.labels.find((l) => l.key === 'p:china-six')!.tag).toBe('CN');
		// highlight
		expect(scene.arcs.filter((a) => a.emphasis).map((a) => a.key)).toEqual(['anthropic']);
		expect(scene.centre.map((c) => c.text)).toEqual(['Anthropic', '17.8%']);
		expect(scene.labels.filter((l) => l.visible).map((l) => l.key)).toEqual([
			'p:anthropic',
			'p:google',
			'p:openai',
			'p:china-six',
			'p:rest'
		]);
	});

	it('totals: the US arcs merge into one block sized by the country row', () => {
		const scene = partOfWholeScene(DATA, 'totals', ['usa']);
		const us = scene.arcs.filter((a) => a.group === 'usa');
		expect(us.map((a) => a.key)).toEqual(['anthropic', 'google', 'openai']);
		expect(us.every((a) => a.shade === 1 && a.emphasis)).toBe(true);
		expect(us.map((a) => a.separator)).toEqual([true, false, false]);
		const usSpan = us[us.length - 1].endAngle - us[0].startAngle;
		expect(usSpan / TAU).toBeCloseTo(0.466, 9);
		// The totals' own labels and shares, as data/ words them.
		const totals = STORY.totals.map((c) => `${c.label} ${c.value}%`);
		expect(scene.labels.filter((l) => l.visible).map((l) => `${l.text} ${l.value}`)).toEqual(totals);
		expect(scene.labels.find((l) => l.key === 'c:rest')!.derived).toBe(true);
		expect(scene.centre.map((c) => c.text)).toEqual(totals.slice(0, 2));
		expect(scene.gap.visible).toBe(false);
		expect(span(scene.gap)).toBe(0);
	});

	it('gap: computed from the country rows, marked derived, drawn over the leader', () => {
		const scene = partOfWholeScene(DATA, 'gap');
		expect(scene.gap.points).toBe(9.5);
		expect(scene.gap.visible).toBe(true);
		expect(span(scene.gap) / TAU).toBeCloseTo(0.095, 9);
		const usEnd = scene.arcs.filter((a) => a.group === 'usa').at(-1)!.endAngle;
		expect(scene.gap.endAngle).toBeCloseTo(usEnd, 12);
		const label = scene.labels.find((l) => l.key === 'gap')!;
		expect(label).toMatchObject({ visible: true, derived: true, note: 'derived' });
		const [us, cn] = STORY.totals;
		expect([label.text, label.value]).toEqual([`Gap: ${us.label} ahead by`, '9.5 pts']);
		expect(scene.centre.at(-1)).toMatchObject({ text: 'Gap 9.5 pts', derived: true });
		expect(scene.text.caption).toContain(
			`The gap, ${us.label} over ${cn.label}: 9.5 percentage points (derived: 46.6 − 37.1).`
		);
		expect(scene.text.table.rows.at(-1)).toEqual([`Gap, ${us.label} minus ${cn.label}`, '9.5 pts', 'derived']);
	});

	it('gap follows the data, not a typed figure', () => {
		const other = datasets(DATA.parts, [
			country('usa', 'USA', 'US', 30),
			country('china', 'China', 'CN', 52),
			country('rest', 'Rest', null, 18, 'derived')
		]);
		const scene = partOfWholeScene(other, 'gap');
		expect(scene.gap.points).toBe(22);
		expect(scene.gap.leader).toBe('China');
		const cnEnd = scene.arcs.filter((a) => a.group === 'china').at(-1)!.endAngle;
		expect(scene.gap.endAngle).toBeCloseTo(cnEnd, 12);
		expect(scene.arcs.reduce((s, a) => s + span(a), 0)).toBeCloseTo(TAU, 9);
	});

	it('text: caption and table come from the rows', () => {
		const text = partOfWholeScene(DATA, 'parts').text;
		expect(text.caption).toBe(
			'Share of OpenRouter tokens by provider: Anthropic 17.8%, Google 16.5%, OpenAI 12.3%, ' +
				'Six Chinese labs combined 37.1% (no per-lab split reported) and Everyone else 16.3% (derived).'
		);
		expect(text.table.rows).toHaveLength(5);
		expect(text.table.rows[4]).toEqual(['Everyone else', '—', '16.3%', 'derived']);
	});

	it('spec: states, keys and text', () => {
		expect(partOfWholeSpec.states(DATA, GROUPS)).toEqual(['parts', 'totals', 'gap']);
		expect(partOfWholeSpec.keys(DATA, 'parts', GROUPS)).toContain('china-six');
		expect(partOfWholeKeys(DATA, 'gap')).toEqual(['usa', 'china', 'rest']);
		expect(() => partOfWholeScene(DATA, 'pie')).toThrow(/unknown state/);
	});
});
