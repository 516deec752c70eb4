/**
 * The words a kind printed in English before they were words (`defaults` in each kind's spec):
 * declared like every word, each one a story may rewrite and see printed, and the chart's
 * `decimals` option, which every value label, tip, caption and table cell follows alike.
 * That the defaults read exactly as before is the China story's snapshot (`snapshot.test.ts`) and
 * the test story's own tests.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { ChartOptions, ChartWords, Datasets, KindId, Step } from '../model/types.ts';
import { slotsOf } from '../model/words.ts';
import { loadStory, loadStoryFolder } from '../loading/load.server.ts';
import { KINDS } from './registry.ts';
import { chartView } from './view.ts';
import { composition, datasets, metric, rank, score } from './rows.fixture.ts';
import { rowTip } from '../charts/layers/marks.ts';
import type { RowScene } from './rows.ts';
import { FRAME_CASES } from './lines-over-time/frames.fixture.ts';
import type { PartOfWholeScene } from './part-of-whole/types.ts';

const china = loadStory('data/stories/china-ai-market');
const testStory = loadStoryFolder(join(process.cwd(), 'tests/fixtures/stories/test-story'));

/** A chart to draw in every state: a story's (its data as bound) or a small one made here. */
interface Case {
	step: Step;
	data: Datasets;
	highlight?: string[];
}

/** Each chart of both stories, once. */
const storyCases: Case[] = [china, testStory].flatMap((story) =>
	story.steps
		.filter((s, i, all) => all.findIndex((o) => o.chart === s.chart) === i)
		.map((step) => ({ step, data: chartView(story.data, step.chart) }))
);

/** Rows the stories do not have: one unnamed rank of a group, counts that do not add up, an approximate score with an error. */
const chinaStep = (kind: KindId) => storyCases.find((c) => c.step.chart.kind === kind)!.step;
const extraCases: Case[] = [
	{
		step: chinaStep('ranked-bars'),
		data: datasets({
			ranks: [rank(1, 'A', 'US', 3), rank(2, 'B', 'CN', 2.5), rank(3, 'C', 'US', 2), rank(4, null), rank(5, null)],
			counts: composition(2, 3)
		})
	},
	{
		step: chinaStep('ranked-bars'),
		data: datasets({ ranks: [rank(1, 'A', 'CN', 3), rank(2, null), rank(3, null)], counts: composition(5, 1) })
	},
	{
		step: chinaStep('ranked-bars'),
		data: datasets({
			ranks: [rank(1, 'A', 'CN', 3), rank(2, 'B', 'US', 2), rank(3, 'C', 'US', 1.5), rank(4, null)],
			counts: composition(1, 3)
		})
	},
	...FRAME_CASES.map(({ data, options, highlight }) => {
		const step = chinaStep('lines-over-time');
		return {
			step: { ...step, chart: { ...step.chart, options: { ...step.chart.options, ...options } } },
			data,
			highlight
		};
	}),
	{
		step: chinaStep('dot-plot'),
		data: datasets({
			metrics: [metric('m', 'Score', 'points')],
			scores: [score('A', 'CN', 'm', 80.5, true, 2), score('B', 'US', 'm', 70)]
		})
	}
];

/** Everything a state shows (scene and text), as one string. */
function drawn(c: Case, words: ChartWords, options: ChartOptions = c.step.chart.options): string {
	const spec = KINDS[c.step.chart.kind];
	const chart = { ...c.step.chart, words, options };
	return spec
		.states(c.data, c.step.groups)
		.map((state) => JSON.stringify(spec.scene(c.data, { ...c.step, chart, state, highlight: c.highlight ?? [] })))
		.join('\n');
}

const withDefaults = Object.entries(KINDS).filter(([, spec]) => spec.defaults);

describe('default words', () => {
	it('are declared in the kind’s words, each using only the slots it may', () => {
		expect(withDefaults.map(([kind]) => kind).sort()).toEqual([
			'dot-plot',
			'grouped-bars',
			'lines-over-time',
			'part-of-whole',
			'ranked-bars'
		]);
		for (const [kind, spec] of withDefaults) {
			for (const lang of ['en', 'zh', 'ar'] as const) {
				for (const [key, text] of Object.entries(spec.defaults![lang])) {
					expect(spec.words[key], `${kind} ${key}`).toBeDefined();
					for (const slot of slotsOf(text)) expect(spec.words[key], `${kind} ${key} {${slot}}`).toContain(slot);
				}
			}
		}
	});

	it('are written in every language, with the same keys, and none left in English', () => {
		for (const [kind, spec] of withDefaults) {
			const en = spec.defaults!.en;
			for (const lang of ['zh', 'ar'] as const) {
				const other = spec.defaults![lang];
				expect(Object.keys(other), `${kind} ${lang}`).toEqual(Object.keys(en));
				// A frame of symbols and slots alone ("{first} / {second}") reads the same in every language.
				const words = Object.keys(en).filter((k) => /[A-Za-z]{2,}/.test(en[k].replace(/\{[^}]*\}/g, '')));
				for (const k of words) expect(other[k], `${kind} ${lang} ${k}`).not.toBe(en[k]);
			}
		}
	});

	it('each one a story rewrites is printed as written', () => {
		const missing: string[] = [];
		for (const [kind, spec] of withDefaults) {
			const cases = [...storyCases, ...extraCases].filter((c) => c.step.chart.kind === kind);
			for (const key of Object.keys(spec.defaults!.en)) {
				// The rewritten word keeps the slots of its default, so the frame around it still fills.
				const rewritten = `«${key}» ${slotsOf(spec.defaults!.en[key])
					.map((s) => `{${s}}`)
					.join(' ')}`;
				const shown = cases.some((c) => drawn(c, { ...c.step.chart.words, [key]: rewritten }).includes(`«${key}»`));
				if (!shown) missing.push(`${kind} ${key}`);
			}
		}
		expect(missing, 'words that, rewritten, are printed in no state').toEqual([]);
	});

	it('a story that writes none of them draws as one that writes them all as their defaults', () => {
		for (const c of [...storyCases, ...extraCases]) {
			const spec = KINDS[c.step.chart.kind];
			if (!spec.defaults) continue;
			const own = Object.fromEntries(Object.entries(c.step.chart.words).filter(([k]) => !(k in spec.defaults!.en)));
			expect(drawn(c, own), c.step.chart.id).toBe(drawn(c, { ...own, ...spec.defaults!.en }));
		}
	});
});

describe('the decimals option', () => {
	const sceneOf = (kind: KindId, decimals: number | undefined, state?: string) => {
		const c = storyCases.find((x) => x.step.chart.kind === kind && x.step.groups === china.groups)!;
		const options = { ...c.step.chart.options, decimals };
		const spec = KINDS[kind];
		const step = { ...c.step, chart: { ...c.step.chart, options }, state: state ?? c.step.state, highlight: [] };
		return spec.scene(c.data, step);
	};

	it('is a choice of every kind', () => {
		for (const kind of ['ranked-bars', 'grouped-bars', 'dot-plot', 'part-of-whole', 'lines-over-time'] as const)
			expect(KINDS[kind].options).toContain('decimals');
	});

	it('prints every value of a row chart with as many decimals, on its label, its tip and in the table', () => {
		const cases: [KindId, RegExp, RegExp][] = [
			// kind, a value as the story prints it by default, and with 3 decimals
			['ranked-bars', /^[\d,]+\.\d{2}T$/, /^[\d,]+\.\d{3}T$/],
			['grouped-bars', /^\$[\d,]+(\.\d{2,3})?$/, /^\$[\d,]+\.\d{3}$/],
			['dot-plot', /^~?[\d,]+(\.\d)?( ±[\d.]+)?$/, /^~?[\d,]+\.\d{3}( ±[\d.]+)?$/]
		];
		for (const [kind, before, after] of cases) {
			const plain = sceneOf(kind, undefined) as RowScene;
			const three = sceneOf(kind, 3) as RowScene;
			const shown = (s: RowScene) => s.rows.filter((r) => r.visible && r.value && r.basis === 'reported');
			expect(shown(three).length, kind).toBeGreaterThan(0);
			for (const [i, r] of shown(three).entries()) {
				expect(shown(plain)[i].value, kind).toMatch(before);
				expect(r.value, kind).toMatch(after);
				expect(rowTip(r), kind).toBe(`${r.name}: ${r.value}`);
				expect(three.text.table.rows.flat(), kind).toContain(r.value);
			}
		}
	});

	it('prints every share and the gap with as many decimals, on labels (which tips repeat), captions and the table', () => {
		const plain = sceneOf('part-of-whole', undefined, 'gap') as PartOfWholeScene;
		const none = sceneOf('part-of-whole', 0, 'gap') as PartOfWholeScene;
		const two = sceneOf('part-of-whole', 2, 'gap') as PartOfWholeScene;
		expect(plain.labels.find((l) => l.key === 'gap')!.value).toBe('9.5 pts');
		expect(two.labels.find((l) => l.key === 'gap')!.value).toBe('9.50 pts');
		expect(none.labels.find((l) => l.key === 'gap')!.value).toBe('10 pts');
		expect(two.text.caption).toContain('9.50 percentage points');
		expect(two.text.table.rows.at(-1)![1]).toBe('9.50 pts');
		for (const l of two.labels.filter((x) => x.key.startsWith('c:'))) {
			expect(l.value).toMatch(/^\d+\.\d{2}%$/);
			expect(two.text.table.rows.flat()).toContain(l.value);
			expect(two.text.caption).toContain(l.value);
		}
	});
});
