import { describe, expect, it } from 'vitest';
import type { Row } from '../rows.ts';
import { rankedBarsScene as sceneOf, slotNoteText } from './scene.ts';
import { rankedBarsStates, unitemizedSplit } from './ranks.ts';
import { rankedBarsSpec } from './spec.ts';
import { composition, datasets, rank } from '../rows.fixture.ts';
import { GROUPS, STORY, toneOfGroup, WORDS } from '../../loading/china.fixture.ts';

/** The scene with the story's chart words and groups, as the page draws it. */
const rankedBarsScene = (...args: [Parameters<typeof sceneOf>[0], string, string[]?]) =>
	sceneOf(args[0], args[1], args[2] ?? [], WORDS.ranking, GROUPS, {}, 'en');
const RANKED_BARS_STATES = rankedBarsStates(GROUPS);
const [CN, US] = [toneOfGroup('CN'), toneOfGroup('US')];
/** The story's figures, read from its data. */
const named = STORY.ranks.filter((r) => r.label !== null);
const tokens = (i: number) => `${named[i].value!.toFixed(2)}T`;
const top = named[0].value!;
const floor = named[named.length - 1].value!;
const unnamedCount = STORY.ranks.length - named.length;
/** The counts' split of the unnamed ranks: the group's count minus its named rows. */
const cnUnnamed = STORY.counts.find((c) => c.group === 'CN')!.count - named.filter((r) => r.group === 'CN').length;

const visible = (rows: Row[]) => rows.filter((r) => r.visible).sort((a, b) => a.slot - b.slot);

describe('ranking scene', () => {
	it('keeps the same keys in every state', () => {
		const keys = RANKED_BARS_STATES.map((s) => rankedBarsScene(STORY, s).rows.map((r) => r.key));
		expect(keys[0]).toEqual([
			'rank-1',
			'rank-2',
			'rank-3',
			'rank-4',
			'rank-5',
			'rank-6',
			'rank-7',
			'rank-8',
			'rank-9',
			'rank-10'
		]);
		for (const k of keys) expect(k).toEqual(keys[0]);
	});

	it('top5: five named bars by tokens, each with its country; ranks 6-10 hidden below', () => {
		const scene = rankedBarsScene(STORY, 'named', ['MiMo-V2-Pro']);
		expect(scene.slots).toBe(5);
		expect(scene.xDomain).toEqual([0, top]);
		const shown = visible(scene.rows);
		expect(shown.map((r) => r.name)).toEqual([
			'MiMo-V2-Pro',
			'Qwen3.6 Plus (free)',
			'DeepSeek V3.2',
			'Claude Sonnet 4.6',
			'MiniMax M2.7'
		]);
		expect(shown.map((r) => r.value)).toEqual(named.map((_, i) => tokens(i)));
		expect(shown.every((r) => r.mark === 'bar' && r.x0 === 0)).toBe(true);
		// Every bar carries its country; the highlight is a ring, not a colour.
		expect(shown.map((r) => r.tag)).toEqual(['CN', 'CN', 'CN', 'US', 'CN']);
		expect(shown.map((r) => r.tone)).toEqual([CN, CN, CN, US, CN]);
		expect(shown.map((r) => r.emphasis)).toEqual(['focus', 'normal', 'normal', 'normal', 'normal']);
		const hidden = scene.rows.filter((r) => !r.visible);
		expect(hidden).toHaveLength(5);
		expect(hidden.every((r) => r.slot >= 5 && r.mark === 'empty')).toBe(true);
		expect(scene.notes).toEqual([]);
	});

	it("marks rank 2's free-tier note with a footnote", () => {
		const scene = rankedBarsScene(STORY, 'named');
		const qwen = scene.rows.find((r) => r.key === 'rank-2');
		expect(qwen?.marker).toBe('*');
		// The note as data/ words it, without its parenthesised source.
		const note = STORY.ranks[1].note.replace(/\s*\([^)]*\)/g, '').trim();
		expect(scene.footnotes).toEqual([{ marker: '*', text: `${STORY.ranks[1].label}: ${note}` }]);
		expect(scene.rows.filter((r) => r.marker).map((r) => r.key)).toEqual(['rank-2']);
	});

	it('top10: ranks 6-10 are dashed empty slots up to the smallest named value, with the derived split', () => {
		const scene = rankedBarsScene(STORY, 'all');
		expect(scene.slots).toBe(10);
		const slots = visible(scene.rows).slice(5);
		expect(slots.map((r) => r.prefix)).toEqual(['6', '7', '8', '9', '10']);
		for (const r of slots) {
			expect(r).toMatchObject({ mark: 'empty', basis: 'not-reported', name: 'not itemized', x0: 0, x1: floor });
		}
		expect(scene.notes).toEqual([
			{
				slots: [5, 10],
				x: floor,
				text: `${cnUnnamed} of these ${unnamedCount} are Chinese, ${unnamedCount - cnUnnamed} are not — which ones is not reported; each below ${tokens(named.length - 1)}`
			}
		]);
		expect(scene.legend.map((l) => l.swatch)).toEqual([CN, US]);
	});

	it('china: bars coloured and tagged by country, Chinese rows emphasised', () => {
		const scene = rankedBarsScene(STORY, 'CN');
		const named = visible(scene.rows).slice(0, 5);
		expect(named.map((r) => r.tag)).toEqual(['CN', 'CN', 'CN', 'US', 'CN']);
		expect(named.map((r) => r.tone)).toEqual([CN, CN, CN, US, CN]);
		expect(named.map((r) => r.emphasis)).toEqual(['focus', 'focus', 'focus', 'normal', 'focus']);
		expect(scene.legend.map((l) => l.swatch)).toEqual([CN, US]);
		expect(scene.text.title).toBe('4 of the top 5 are Chinese');
		expect(scene.text.caption).toContain('In the whole top 10, 6 are Chinese, 2 of them unnamed.');
		// Three unnamed slots are not Chinese and may be US models: "only" holds among the named.
		expect(scene.text.caption).toContain('Claude Sonnet 4.6 (rank 4) is the only US model among the 5 named.');
	});

	it('a step highlight overrides the default emphasis', () => {
		const scene = rankedBarsScene(STORY, 'CN', ['Claude Sonnet 4.6']);
		const focus = scene.rows.filter((r) => r.emphasis === 'focus').map((r) => r.name);
		expect(focus).toEqual(['Claude Sonnet 4.6']);
	});

	it('derives the split of the unnamed ranks from the counts, not from typed numbers', () => {
		const data = datasets({
			ranks: [rank(1, 'A', 'US', 3), rank(2, 'B', 'CN', 2.5), rank(3, null), rank(4, null)],
			counts: composition(2, 2)
		});
		expect(unitemizedSplit(data)).toEqual({
			slots: 2,
			counts: [
				{ group: 'CN', count: 1 },
				{ group: 'not CN', count: 1 }
			],
			ceiling: 2.5
		});
		expect(slotNoteText(data, GROUPS, WORDS.ranking)).toBe(
			'1 of these 2 is Chinese, 1 is not — which ones is not reported; each below 2.50T'
		);
	});

	it('says nothing about the split when the counts do not add up', () => {
		const data = datasets({
			ranks: [rank(1, 'A', 'CN', 3), rank(2, null), rank(3, null)],
			counts: composition(5, 1)
		});
		expect(unitemizedSplit(data).counts).toBeNull();
		expect(slotNoteText(data, GROUPS, WORDS.ranking)).toBe('These 2 are not itemized by the source; each below 3.00T');
	});

	it('text: titles, unit and table come from the rows', () => {
		const t = rankedBarsScene(STORY, 'named').text;
		expect(t.title).toBe('The 5 most used models on OpenRouter, as reported in April 2026');
		expect(t.unit).toBe('Tokens on OpenRouter over one month (the source does not say which month), trillions (T)');
		expect(t.caption).toBe(
			`${named[0].label} (${named[0].sub}) led with ${tokens(0)} tokens in a month, as reported in April 2026, ahead of ` +
				named
					.slice(1)
					.map((r, i) => `${r.label} at ${tokens(i + 1)}`)
					.join(', ')
					.replace(/, ([^,]*)$/, ' and $1') +
				'.'
		);
		expect(rankedBarsScene(STORY, 'all').text.caption).toBe(
			`The source names ranks 1 to ${named.length} only. Of ranks ${named.length + 1} to ${STORY.ranks.length}, ` +
				`${cnUnnamed} are Chinese and ${unnamedCount - cnUnnamed} are not; which ones is not reported. ` +
				`Each has fewer than ${tokens(named.length - 1)} tokens.`
		);
		expect(t.table.rows).toHaveLength(5);
		const t10 = rankedBarsScene(STORY, 'all').text;
		expect(t10.table.rows).toHaveLength(10);
		expect(t10.table.rows[9].slice(0, 5)).toEqual([
			'10',
			'not itemized',
			'not reported',
			'not reported',
			'not reported'
		]);
	});

	it('ticks are round values inside the domain', () => {
		const ticks = rankedBarsScene(STORY, 'named').ticks;
		expect(ticks.map((t) => t.label)).toEqual(['0T', '2T', '4T', '6T', '8T']);
	});

	it('rejects an unknown state', () => {
		expect(() => rankedBarsScene(STORY, 'top20')).toThrow(/unknown state "top20"/);
	});

	it('spec: states and highlightable keys', () => {
		expect(rankedBarsSpec.states(STORY, GROUPS)).toEqual(['named', 'all', 'US', 'CN']);
		expect(rankedBarsSpec.keys(STORY, 'named', GROUPS)).toContain('Qwen3.6 Plus (free)');
		expect(rankedBarsSpec.keys(STORY, 'named', GROUPS)).not.toContain('not reported');
	});
});
