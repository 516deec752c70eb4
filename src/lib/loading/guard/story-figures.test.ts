/**
 * The story's copy after its figures became references (issue #17): it must read exactly as it did
 * when they were written out. WRITTEN holds, for every reference in the China story's story.yaml, the figure the
 * copy had there; every step's copy and notes, rendered from the data, must equal the same copy
 * with those figures typed in. A reference added to story.yaml must be added here with the figure
 * it stands for, so a reader of this file sees every figure the words take from the data.
 */
import { describe, expect, it } from 'vitest';
import { REAL_STORY_DIR, loadMessages } from '../fixture.ts';
import { parseStory } from '../load.ts';
import { readStoryFiles } from '../load.server.ts';
import type { Story } from '../../model/types.ts';
import { REFERENCE } from './references.ts';

const STORY = `${REAL_STORY_DIR}/story.yaml`;

const WRITTEN: Record<string, string> = {
	'{model-ranking[MiMo-V2-Pro].tokens_t}': '8.21',
	'{model-ranking[Qwen3.6 Plus (free)].tokens_t}': '6.27',
	'{model-ranking[DeepSeek V3.2].tokens_t}': '5.41',
	'{model-ranking[Claude Sonnet 4.6].tokens_t}': '5.17',
	'{model-ranking[MiniMax M2.7].tokens_t}': '4.75',
	'{top10-composition[CN].count}': '6',
	'{provider-share[anthropic].share_pct|pct}': '17.8%',
	'{provider-share[google].share_pct|pct}': '16.5%',
	'{provider-share[openai].share_pct|pct}': '12.3%',
	'{provider-share[china-six].share_pct|pct}': '37.1%',
	'{country-share[usa].share_pct|pct}': '46.6%',
	'{country-share[china].share_pct|pct}': '37.1%',
	'{country-share[rest].share_pct|pct}': '16.3%',
	'{country-share[usa].share_pct}': '46.6',
	'{country-share[china].share_pct}': '37.1',
	'{china-share-history[late-2024].share_pct}': '1.2',
	'{china-share-history[2025-average].share_pct}': '13',
	'{weekly-tokens[2026-02-09].china_t}': '4.12',
	'{weekly-tokens[2026-02-09].us_t}': '2.94',
	'{weekly-tokens[2026-03-30].china_t}': '12.96',
	'{weekly-tokens[2026-03-30].us_t}': '3.03',
	'{weekly-tokens[2026-03-30].total_t}': '27',
	'{weekly-tokens[2026-04-13].total_t}': '20.6',
	'{weekly-tokens[2026-04-13].us_t}': '4.91',
	'{weekly-tokens[2026-04-13].china_t}': '4.44',
	'{weekly-tokens[2026-05-04].china_t}': '7.94',
	'{weekly-tokens[2026-05-04].us_t}': '3.76',
	'{weekly-tokens[2026-05-18].china_t}': '9.22',
	'{weekly-tokens[2026-05-18].us_t}': '4.93',
	'{benchmarks[Claude Opus 4.7, gdpval-aa].score}': '1,753',
	'{benchmarks[DeepSeek V4 Pro (Max)].score}': '1,554',
	'{benchmarks[GPT-5.4, aa-index].score}': '56.8',
	'{benchmarks[GPT-5.5 (xhigh)].score}': '60',
	'{benchmarks[Kimi K2.6, aa-index].score}': '54',
	'{benchmarks[DeepSeek V4 Pro, aa-index].score}': '52',
	'{benchmarks[GLM-5.1, aa-index].score}': '50',
	'{benchmarks[MiniMax M2.7, aa-index].score}': '49',
	'{benchmarks[DeepSeek V4 Pro, caisi-elo].score}': '800',
	'{benchmarks[GPT-5.5, caisi-elo].score}': '1,260',
	'{benchmarks[Claude Opus 4.6, caisi-elo].score}': '999',
	'{benchmarks[GPT-5.4 mini].score}': '749',
	'{benchmarks[DeepSeek V4 Pro, caisi-elo].error}': '28',
	'{prices[DeepSeek V3.2].output_usd|usd}': '$0.40',
	'{prices[Claude Sonnet 4.6].output_usd|usd}': '$15',
	'{prices[GPT-5.5].output_usd|usd}': '$30'
};

const words = (story: Story) =>
	story.steps.map((s) => ({
		id: s.id,
		copy: s.copy.map((p) => p.map((r) => r.text).join('')),
		notes: s.notes.map((p) => p.map((r) => r.text).join('')).join(' ')
	}));

describe("the story's figures, as references", () => {
	const files = readStoryFiles(REAL_STORY_DIR);
	const refs = [...files[STORY].matchAll(REFERENCE)].map((m) => m[0]);

	it('every reference in story.yaml has the figure it stands for', () => {
		expect(refs.length).toBeGreaterThan(30);
		expect(refs.filter((r) => !(r in WRITTEN))).toEqual([]);
	});

	it('every step reads the same as with the figures typed in', () => {
		const typed = files[STORY].replace(REFERENCE, (r) => WRITTEN[r] ?? r);
		const fromData = words(parseStory(files));
		const asWritten = words(parseStory({ ...files, [STORY]: typed }));
		expect(fromData.length).toBe(asWritten.length);
		for (const [i, step] of fromData.entries()) expect(step, step.id).toEqual(asWritten[i]);
	});

	it("the probe's 8.21 -> 9.21: the words follow the data; typed out, the build stops at the step", () => {
		const csv = `${REAL_STORY_DIR}/datasets/model-ranking.csv`;
		const changed = {
			...files,
			[csv]: files[csv].replace('MiMo-V2-Pro,,Xiaomi,CN,8.21,', 'MiMo-V2-Pro,,Xiaomi,CN,9.21,')
		};
		const intro = words(parseStory(changed))[0];
		expect(intro.copy.join(' ')).toContain('with 9.21 trillion tokens');
		expect(intro.notes).toContain('9.21 trillion tokens in a month');
		const typed = files[STORY].replace(REFERENCE, (r) => WRITTEN[r] ?? r);
		const found = loadMessages(() => parseStory({ ...changed, [STORY]: typed }));
		expect(found).toHaveLength(2);
		expect(found[0]).toMatch(
			/^data\/stories\/china-ai-market\/story\.yaml:\d+: step "intro" field "copy": the figure 8\.21 is not in the data the step cites \(model-ranking, top10-composition\), nor a total, difference, ratio or count of it; correct the figure or the data$/
		);
		expect(found[1]).toMatch(
			/^data\/stories\/china-ai-market\/story\.yaml:\d+: step "intro" field "notes": the figure 8\.21 /
		);
	});
});
