/**
 * The real data/ through the real build-time path (loadStory, the real chart registry): it must
 * load and say what the story says; and a copy of it with one broken cell must fail with the
 * right `file:line: field`.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from './errors.ts';
import { loadStory } from './load.server.ts';
import { rowsOf } from './load.ts';
import { loadStories } from './stories.server.ts';
import { isRepoRoot, isSiteRoot } from './schema/urls.ts';
import { creditKey, creditLine } from './sources.ts';
import { REAL_STORY_DIR } from './fixture.ts';

const ROOT = process.cwd();

describe('the real data/', () => {
	// One load for all the figures below; a DataError here prints every problem, one per line.
	const story = (() => {
		try {
			return { ok: true as const, story: loadStory(REAL_STORY_DIR, ROOT) };
		} catch (e) {
			if (e instanceof DataError) return { ok: false as const, message: e.message };
			throw e;
		}
	})();

	it('loads without errors', () => {
		expect(story.ok ? '' : story.message).toBe('');
	});

	const s = () => {
		if (!story.ok) throw new Error('data/ did not load: see the test above');
		return story.story;
	};

	it('ranks MiMo-V2-Pro first at 8.21T, and leaves ranks 6-10 unreported', () => {
		const ranking = rowsOf(s(), 'model-ranking', 'ranks');
		expect(ranking).toHaveLength(10);
		expect(ranking[0]).toMatchObject({ rank: 1, label: 'MiMo-V2-Pro', sub: 'Xiaomi', group: 'CN', value: 8.21 });
		expect(ranking[0].source).toBe('The Hype, citing OpenRouter');
		expect(ranking.slice(5).every((r) => r.label === null && r.value === null && r.group === null)).toBe(true);
		expect(rowsOf(s(), 'top10-composition', 'counts').map((r) => [r.group, r.count])).toEqual([
			['CN', 6],
			['not CN', 4]
		]);
	});

	it('has 15 consecutive weeks, 8 without tallies; US models led 3 of them, 2 inferred from streak counts', () => {
		const weeks = rowsOf(s(), 'weekly-tokens', 'timeline');
		expect(weeks).toHaveLength(15);
		expect(weeks[0].start).toBe('2026-02-09');
		expect(weeks[14].end).toBe('2026-05-24');
		const unreported = weeks.filter((w) => w.values.CN === null && w.values.US === null && w.total === null);
		expect(unreported).toHaveLength(8);
		// Who led a week without tallies is a value with its own source: inferred ones are low confidence.
		expect(unreported.every((w) => w.leader === null || (w.url !== null && w.confidence !== null))).toBe(true);
		expect(weeks.filter((w) => w.leaderBasis === 'inferred').every((w) => w.confidence === 'low')).toBe(true);
		expect(weeks.filter((w) => w.leader === 'US').map((w) => [w.start, w.leaderBasis])).toEqual([
			['2026-02-23', 'inferred'],
			['2026-04-13', 'reported'],
			['2026-04-20', 'inferred']
		]);
		expect(weeks.find((w) => w.start === '2026-03-30')).toMatchObject({
			values: { CN: 12.96, US: 3.03 },
			total: 27
		});
	});

	it('has provider and country shares that add up to 100', () => {
		const sum = (xs: { value: number }[]) => Math.round(xs.reduce((a, x) => a + x.value, 0) * 100) / 100;
		expect(sum(rowsOf(s(), 'provider-share', 'shares'))).toBe(100);
		expect(sum(rowsOf(s(), 'country-share', 'shares'))).toBe(100);
		expect(rowsOf(s(), 'provider-share', 'shares').find((r) => r.id === 'rest')).toMatchObject({
			group: null,
			value: 16.3,
			basis: 'derived'
		});
	});

	it('has the benchmark and price figures the copy quotes', () => {
		const benchmarks = rowsOf(s(), 'benchmarks', 'scores');
		const prices = rowsOf(s(), 'prices', 'pairs');
		expect(benchmarks.find((b) => b.metric === 'gdpval-aa' && b.label === 'Claude Opus 4.7')?.value).toBe(1753);
		expect(benchmarks.find((b) => b.metric === 'gdpval-aa' && b.label === 'Claude Opus 4.6')).toMatchObject({
			value: null,
			confidence: null
		});
		expect(benchmarks.find((b) => b.metric === 'caisi-elo' && b.label === 'DeepSeek V4 Pro')).toMatchObject({
			value: 800,
			approximate: true,
			error: 28
		});
		expect(prices.find((p) => p.label === 'DeepSeek V3.2')?.second).toBe(0.4);
		expect(prices.find((p) => p.label === 'GPT-5.5')?.second).toBe(30);
	});

	it('has 18 steps with unique ids, every dataset declared, copy as tokens', () => {
		const { steps, datasets, meta } = s();
		expect(steps).toHaveLength(18);
		expect(new Set(steps.map((x) => x.id)).size).toBe(18);
		expect(steps[0]).toMatchObject({
			id: 'intro',
			chart: { id: 'ranking', kind: 'ranked-bars' },
			state: 'named',
			highlight: ['MiMo-V2-Pro'],
			kicker: 'The market'
		});
		expect(steps[0].copy[1]).toContainEqual({ kind: 'strong', text: "Xiaomi's MiMo-V2-Pro" });
		expect(steps[0].copy[1]).toContainEqual({
			kind: 'link',
			text: 'The Hype',
			href: 'https://thehype.news/china-is-eating-americas-ai-market/'
		});
		expect(steps.find((x) => x.id === 'closing')?.cite).toEqual(['prices', 'weekly-tokens']);
		expect(datasets).toHaveLength(9);
		expect(meta.basedOn.publisher).toBe('The Hype');
	});
});

describe('the real data/, as a fact-checker reads it', () => {
	const files = readdirSync(join(ROOT, 'data'), { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name));

	it("links every source to the item cited, never to a site's or a repository's front page", () => {
		// meta.site is where a story itself is published (a site's root by nature), not a source.
		const sites = new Set(loadStories(ROOT, {}).map((s) => s.story.meta.site));
		const roots: string[] = [];
		for (const file of files) {
			readFileSync(file, 'utf8')
				.split('\n')
				.forEach((text, i) => {
					for (const m of text.matchAll(/https?:\/\/[^\s,"')\]]+/g)) {
						// Only real addresses: the narrative's own comments say "https://..." as an example.
						const host = /^https?:\/\/([^/?#]+)/.exec(m[0])?.[1] ?? '';
						if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host) && (isSiteRoot(m[0]) || isRepoRoot(m[0])) && !sites.has(m[0]))
							roots.push(`${relative(ROOT, file)}:${i + 1}: ${m[0]}`);
					}
				});
		}
		expect(roots).toEqual([]);
	});

	it('names each source once in every credit line (steps and charts)', () => {
		const { steps, datasets } = loadStory(REAL_STORY_DIR, ROOT);
		for (const step of steps) {
			const parts = creditLine(datasets, step.cite).split('; ').map(creditKey);
			expect(parts, `step "${step.id}"`).toEqual([...new Set(parts)]);
		}
	});
});

describe('the build-time path on a broken copy of the story', () => {
	const PRICES = `${REAL_STORY_DIR}/datasets/prices.csv`;
	const NARRATIVE = `${REAL_STORY_DIR}/story.yaml`;
	const tmp = mkdtempSync(join(tmpdir(), 'story-data-'));
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));

	it('names the file, line and field of a broken cell', () => {
		cpSync(join(ROOT, REAL_STORY_DIR), join(tmp, REAL_STORY_DIR), { recursive: true });
		const path = join(tmp, PRICES);
		const lines = readFileSync(path, 'utf8').split('\n');
		const at = lines.findIndex((l) => l.startsWith('Claude Sonnet 4.6,'));
		expect(at).toBeGreaterThan(0);
		lines[at] = lines[at].replace(',3,15,', ',3,15$,');
		writeFileSync(path, lines.join('\n'));

		let thrown: unknown;
		try {
			loadStory(REAL_STORY_DIR, tmp);
		} catch (e) {
			thrown = e;
		}
		expect(thrown).toBeInstanceOf(DataError);
		const errors = (thrown as DataError).all.filter((e) => e.file === PRICES);
		expect(errors.map((e) => e.message)).toEqual([
			`${PRICES}:${at + 1}: field "output_usd": expected a number, got "15$"`
		]);
		expect(errors[0]).toMatchObject({ line: at + 1, field: 'output_usd' });
	});

	it('names a dataset file that is missing', () => {
		rmSync(join(tmp, REAL_STORY_DIR, 'datasets/weekly-tokens.csv'));
		const story = readFileSync(join(tmp, NARRATIVE), 'utf8').split('\n');
		const line = story.findIndex((l) => l.includes('file: datasets/weekly-tokens.csv')) + 1;
		expect(() => loadStory(REAL_STORY_DIR, tmp)).toThrow(
			`${NARRATIVE}:${line}: dataset "weekly-tokens" field "file": file not found: ${REAL_STORY_DIR}/datasets/weekly-tokens.csv`
		);
	});

	it('names a missing narrative file', () => {
		rmSync(join(tmp, NARRATIVE));
		expect(() => loadStory(REAL_STORY_DIR, tmp)).toThrow(`${NARRATIVE}: file not found`);
	});
});
