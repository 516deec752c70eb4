import { describe, expect, it } from 'vitest';
import type { Row } from '../rows.ts';
import { groupedBarsScene as sceneOf } from './scene.ts';
import { GROUPED_BARS_STATES, itemMatchKey, rankOf } from './prices.ts';
import { groupedBarsSpec } from './spec.ts';
import { datasets, price, rank } from '../rows.fixture.ts';
import { GROUPS, STORY, toneOfGroup, WORDS } from '../../loading/china.fixture.ts';

/** The scene with the story's chart words, as the page draws it. */
const groupedBarsScene = (...args: [Parameters<typeof sceneOf>[0], string, string[]?]) =>
	sceneOf(args[0], args[1], args[2] ?? [], WORDS.prices, GROUPS, {}, 'en');

const inOrder = (rows: Row[]) => rows.filter((r) => r.visible).sort((a, b) => a.slot - b.slot);

describe('pairs: matching ranking names to price rows', () => {
	it('ignores parenthesised qualifiers but "(free)", case and spacing, and nothing else', () => {
		// A free tier cost nothing: it is not the paid listing of the same name.
		expect(itemMatchKey('Qwen3.6 Plus (free)')).not.toBe(itemMatchKey('Qwen3.6 Plus'));
		expect(itemMatchKey('Qwen3.6 Plus ( Free )')).toBe(itemMatchKey('qwen3.6 plus (free)'));
		expect(itemMatchKey('  qwen3.6   PLUS ')).toBe(itemMatchKey('Qwen3.6 Plus'));
		expect(itemMatchKey('Claude Opus 4.6')).not.toBe(itemMatchKey('Claude Opus 4.7'));
		expect(itemMatchKey('Gemini 3.1 Pro')).not.toBe(itemMatchKey('Gemini 3.1 Pro Preview'));
		expect(itemMatchKey('DeepSeek V4 Pro (Max)')).toBe(itemMatchKey('DeepSeek V4 Pro'));
	});

	it('finds the ranks of the story models', () => {
		// The ranking's #2 is the free tier, not the paid Qwen3.6 Plus the price list holds.
		expect(rankOf(STORY, 'Qwen3.6 Plus')).toBeNull();
		expect(rankOf(STORY, 'MiMo-V2-Pro')).toBe(1);
		expect(rankOf(STORY, 'Claude Sonnet 4.6')).toBe(4);
		expect(rankOf(STORY, 'GPT-5.5')).toBeNull();
	});
});

describe('prices scene', () => {
	it("takes a row's short label from its data (the optional `short` column), else its label", () => {
		const rows = [{ ...price('Alpha Model 2 Preview', 'US', 1, 2), short: 'Alpha 2' }, price('Beta', 'CN', 1, 3)];
		const scene = groupedBarsScene(datasets({ pairs: rows }), 'output');
		expect(scene.rows.map((r) => [r.name, r.short]).sort()).toEqual([
			['Alpha Model 2 Preview', 'Alpha 2'],
			['Beta', 'Beta']
		]);
	});

	it('keeps one row per model, keyed by name, in every state', () => {
		const keys = GROUPED_BARS_STATES.map((s) => groupedBarsScene(STORY, s).rows.map((r) => r.key));
		expect(keys[0]).toEqual(STORY.pairs.map((p) => p.label));
		for (const k of keys) expect(k).toEqual(keys[0]);
	});

	it('output: bars from zero, dearest first, ties by name; country by colour and tag', () => {
		const scene = groupedBarsScene(STORY, 'output');
		const rows = inOrder(scene.rows);
		expect(rows).toHaveLength(13);
		expect(rows.map((r) => r.name).slice(0, 4)).toEqual([
			'GPT-5.5',
			'Claude Opus 4.6',
			'Claude Opus 4.7',
			'Claude Sonnet 4.6'
		]);
		expect(rows.at(-1)?.name).toBe('DeepSeek V3.2');
		expect(rows.every((r) => r.mark === 'bar' && r.x0 === 0)).toBe(true);
		expect(rows.map((r) => r.value).slice(0, 2)).toEqual(['$30', '$25']);
		expect(rows.at(-1)?.value).toBe('$0.40');
		for (const r of rows) {
			expect(r.tag).not.toBeNull();
			expect(r.tone).toBe(r.tag === 'US' ? toneOfGroup('US') : toneOfGroup('CN'));
		}
		expect(scene.xDomain).toEqual([0, 30]);
		expect(scene.ticks.map((t) => t.label)).toEqual(['$0', '$10', '$20', '$30']);
		expect(rows.every((r) => r.emphasis === 'normal')).toBe(true);
	});

	it('top-ranked: same order; ranked models emphasised with their rank, the rest dimmed', () => {
		const out = inOrder(groupedBarsScene(STORY, 'output').rows).map((r) => r.key);
		const scene = groupedBarsScene(STORY, 'top-ranked');
		const rows = inOrder(scene.rows);
		expect(rows.map((r) => r.key)).toEqual(out);
		const focus = rows.filter((r) => r.emphasis === 'focus');
		expect(focus.map((r) => `${r.prefix} ${r.name}`).sort()).toEqual([
			'#1 MiMo-V2-Pro',
			'#3 DeepSeek V3.2',
			'#4 Claude Sonnet 4.6',
			'#5 MiniMax M2.7'
		]);
		expect(rows.filter((r) => r.emphasis === 'dim')).toHaveLength(9);
		// The ranking's Qwen entry is the free tier; the price row's note says so. DeepSeek V4 Pro's
		// note gives its launch discount: marked in every state, with the same marker.
		// The notes as data/ words them, in the data's order.
		const noted = STORY.pairs.filter((p) => p.note.trim());
		expect(noted.map((p) => p.label)).toEqual(['Qwen3.6 Plus', 'DeepSeek V4 Pro']);
		const expected = noted.map((p, i) => ({ marker: ['*', '†'][i], text: `${p.label}: ${p.note}` }));
		for (const state of ['output', 'top-ranked', 'input-output']) {
			const s = groupedBarsScene(STORY, state);
			expect(s.footnotes).toEqual(expected);
			expect(s.rows.find((r) => r.key === 'DeepSeek V4 Pro')?.marker).toBe('†');
		}
		expect(scene.text.title).toBe('The 3 priced Chinese models in the top 5 reported in April 2026 list at $3 or less');
		expect(scene.text.caption).toBe(
			'Of the 5 models named in the ranking reported in April 2026, the Chinese ones list at $0.40 to $3 per million ' +
				'output tokens; the US one, Claude Sonnet 4.6, at $15. ' +
				'Qwen3.6 Plus (free) was a free tier, not the paid listing of the same name.'
		);
	});

	it('input-output: ranges from input to output price, re-sorted by input', () => {
		const rows = inOrder(groupedBarsScene(STORY, 'input-output').rows);
		expect(rows.every((r) => r.mark === 'range')).toBe(true);
		expect(rows.map((r) => r.name).slice(0, 3)).toEqual(['GPT-5.5', 'Claude Opus 4.6', 'Claude Opus 4.7']);
		expect(rows.at(-1)?.name).toBe('DeepSeek V3.2');
		const qwen = rows.find((r) => r.name === 'Qwen3.6 Plus') as Row;
		expect([qwen.x0, qwen.x1]).toEqual([0.325, 1.95]);
		expect(qwen.value).toBe('$0.325 in / $1.95 out');
		expect(qwen.valueShort).toBe('$0.325 / $1.95');
		const inputs = rows.map((r) => r.x0);
		expect(inputs).toEqual([...inputs].sort((a, b) => b - a));
	});

	it('text of input-output states the spread of output/input ratios from the data', () => {
		const t = groupedBarsScene(STORY, 'input-output').text;
		expect(t.caption).toContain('Output costs 1.4 to 6 times the input price.');
		expect(t.caption).toContain('Input prices run from $0.28 (DeepSeek V3.2)');
	});

	it('a made-up list: unranked names and unpriced ranking entries are said', () => {
		const data = datasets({
			ranks: [rank(1, 'Foo (preview)', 'CN', 2), rank(2, 'Bar', 'US', 1), rank(3, 'Baz (free)', 'US', 0.5)],
			pairs: [price('Foo', 'CN', 1, 2), price('Baz', 'US', 3, 9)]
		});
		const scene = groupedBarsScene(data, 'top-ranked');
		expect(scene.rows.map((r) => r.emphasis)).toEqual(['focus', 'dim']);
		expect(scene.text.caption).toContain('No list price for Bar.');
		expect(scene.text.caption).toContain('Baz (free) was a free tier, not the paid listing of the same name.');
		expect(scene.text.table.rows.map((r) => r[5])).toEqual(['not in the named top 3', '1']);
	});

	it('spec: states and keys', () => {
		expect(groupedBarsSpec.states(STORY, GROUPS)).toEqual(['output', 'top-ranked', 'input-output']);
		expect(groupedBarsSpec.keys(STORY, 'output', GROUPS)).toHaveLength(13);
		expect(() => groupedBarsScene(STORY, 'cheap')).toThrow(/unknown state "cheap"/);
	});
});
