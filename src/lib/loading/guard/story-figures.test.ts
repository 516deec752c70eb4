/**
 * The stories after every figure in their words became a reference: they must read as they did
 * before, character for character. `tests/fixtures/rendered/` holds every step's copy and notes
 * (and the header's title, dek and method) as the loader rendered them at commit 8d4cbdb, when
 * the figures were typed in; rendered now, from the data, they must be the same, except for the
 * sentences REWORDED lists: figures that had no cell or derivation in the data, which the
 * sentence now says another way.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REAL_STORY_DIR, edit, loadMessages } from '../fixture.ts';
import { parseStory } from '../load.ts';
import { readStoryFiles } from '../load.server.ts';
import type { Paragraph, Story } from '../../model/types.ts';

const text = (ps: Paragraph[]) => ps.map((p) => p.map((r) => r.text).join('')).join('\n\n');
/**
 * Speaker notes as read: copy since they were given bold, italics and links, so their line
 * breaks fold into spaces; the rendered files hold them as typed, line breaks and all.
 */
const spoken = (notes: string) => notes.replace(/\s+/g, ' ').trim();

function rendered(story: Story) {
	return {
		meta: { title: story.meta.title, dek: story.meta.dek, method: text(story.meta.method) },
		steps: story.steps.map((s) => ({ id: s.id, copy: text(s.copy), notes: spoken(text(s.notes)) }))
	};
}

/** Where the words changed on purpose, as [before, after]: each appears once in its story. */
const REWORDED: Record<string, [string, string][]> = {
	'china-ai-market': [
		// "two reports": a rule of the method, not a figure of the data; "reports" says at least two.
		['or two reports that agree', 'or reports that agree'],
		// The article's "two years" is in no dataset.
		['For two years, The Hype writes', 'For years, The Hype writes'],
		// "two" counted the listings the sentence names next; no cell counts them.
		['went to two free listings', 'went to both free listings'],
		['The two figures come from different snapshots', 'The figures come from different snapshots'],
		['the cheaper of the two to run', 'the cheaper to run']
	],
	'test-story': [
		['The lead between the two largest regions.', 'The lead of the largest region over the next.'],
		// 60 is the chart's option (where its axis starts), not a value of the data.
		['the axis starts at 60 seconds', 'the axis does not start at zero'],
		// The first note was given bold and a link when notes came to be read as copy.
		[
			'leads the invented standings.",\n\t\t\t"notes": "Test notes."',
			'leads the invented standings.",\n\t\t\t"notes": "Test notes, read like copy, with bold test words and a test link."'
		]
	]
};

const STORIES: Record<string, string> = {
	'china-ai-market': REAL_STORY_DIR,
	'test-story': 'tests/fixtures/stories/test-story'
};

describe('every figure of the stories is a reference, and the words did not change', () => {
	for (const [slug, dir] of Object.entries(STORIES)) {
		it(`${slug}: every step reads as it did with the figures typed in, but for the rewordings listed`, () => {
			let before = readFileSync(`tests/fixtures/rendered/${slug}.json`, 'utf8');
			for (const [from, to] of REWORDED[slug]) {
				expect(before.split(from).length - 1, from).toBe(1);
				before = before.replace(from, to);
			}
			const now = rendered(parseStory(readStoryFiles(dir)));
			const parsed = JSON.parse(before) as typeof now;
			const was = { ...parsed, steps: parsed.steps.map((x) => ({ ...x, notes: spoken(x.notes) })) };
			expect(now.meta).toEqual(was.meta);
			expect(now.steps.map((s) => s.id)).toEqual(was.steps.map((s) => s.id));
			for (const [i, step] of now.steps.entries()) expect(step, step.id).toEqual(was.steps[i]);
		});
	}
});

describe("the China story's figures follow the data", () => {
	const files = readStoryFiles(REAL_STORY_DIR);
	const STORY = `${REAL_STORY_DIR}/story.yaml`;
	const csv = (name: string) => `${REAL_STORY_DIR}/datasets/${name}.csv`;
	const step = (f: Record<string, string>, id: string) => rendered(parseStory(f)).steps.find((s) => s.id === id)!;

	it("the probe's 8.21 -> 9.21: the words follow the data; typed out, the build stops at the step", () => {
		const changed = edit(files, csv('model-ranking'), 'MiMo-V2-Pro,,Xiaomi,CN,8.21,', 'MiMo-V2-Pro,,Xiaomi,CN,9.21,');
		expect(step(changed, 'intro').copy).toContain('with 9.21 trillion tokens');
		expect(step(changed, 'intro').notes).toContain('9.21 trillion tokens in a month');
		const typed = edit(
			changed,
			STORY,
			'{model-ranking[MiMo-V2-Pro].tokens_t} trillion tokens over',
			'8.21 trillion tokens over'
		);
		const found = loadMessages(() => parseStory(typed));
		expect(found).toEqual([
			expect.stringMatching(
				/^data\/stories\/china-ai-market\/story\.yaml:\d+: step "intro" field "copy": the figure "8\.21" is written out; .*nothing in the data the step cites \(model-ranking, top10-composition\) prints 8\.21 as written/
			)
		]);
	});

	it('E01b: the top model raised to $3.50, "$3 or less" becomes "$3.50 or less", and "five times" stops the build', () => {
		const changed = edit(
			files,
			csv('prices'),
			'MiMo-V2-Pro,,Xiaomi,CN,1.00,3.00,',
			'MiMo-V2-Pro,,Xiaomi,CN,1.00,3.50,'
		);
		expect(loadMessages(() => parseStory(changed))).toEqual([
			expect.stringMatching(
				/step "prices-top" field "copy": reference \{ratio\(.*\|words\}: the figure is 4\.29, which has no words form/
			)
		]);
	});

	it('X33: the top ten\'s Chinese count 6 -> 5 (and the rest 4 -> 5): "five of the top ten", "one of those five"', () => {
		let changed = edit(files, csv('top10-composition'), 'CN,6,', 'CN,5,');
		changed = edit(changed, csv('top10-composition'), 'not CN,4,', 'not CN,5,');
		const copy = step(changed, 'top-ten').copy;
		expect(copy).toContain('**five of the top ten**'.replace(/\*/g, ''));
		expect(copy).toContain('one of those five unnamed slots are Chinese and four are not');
	});
});

describe('the probe on the China story, and the examples of docs/writing-a-story.md', () => {
	const files = readStoryFiles(REAL_STORY_DIR);
	const STORY = `${REAL_STORY_DIR}/story.yaml`;
	const top5 = '{model-ranking[MiniMax M2.7].tokens_t} trillion).';

	it('E09: "2.8 trillion more than Qwen" stops; the only reference offered names the two cells whose gap is 2.8', () => {
		const changed = edit(files, STORY, top5, `${top5} MiMo-V2-Pro drew 2.8 trillion tokens more than Qwen3.6 Plus.`);
		const [message, ...rest] = loadMessages(() => parseStory(changed));
		expect(rest).toEqual([]);
		expect(message).toMatch(
			/step "top-five" field "copy": the figure "2\.8" is written out; .*: write 2\.8 as \{diff\(model-ranking\[MiMo-V2-Pro\]\.tokens_t, model-ranking\[DeepSeek V3\.2\]\.tokens_t\)\}$/
		);
		const right = edit(
			files,
			STORY,
			top5,
			`${top5} MiMo-V2-Pro drew {diff(model-ranking[MiMo-V2-Pro].tokens_t, model-ranking[Qwen3.6 Plus (free)].tokens_t)} trillion tokens more than Qwen3.6 Plus.`
		);
		expect(rendered(parseStory(right)).steps[1].copy).toContain(
			'MiMo-V2-Pro drew 1.94 trillion tokens more than Qwen3.6 Plus.'
		);
	});

	it('every derived example in the docs prints what the docs say', () => {
		const docs = readFileSync('docs/writing-a-story.md', 'utf8');
		const rows = [...docs.matchAll(/^\| `(\{[^`]+\})`\s*\| ([^|]+?)\s*\|/gm)].map((m) => [
			m[1].replace(/\\\|/g, '|'),
			m[2]
		]);
		expect(rows.length).toBeGreaterThan(5);
		let changed = edit(
			files,
			STORY,
			'    cite: [prices, weekly-tokens]',
			'    cite: [prices, weekly-tokens, model-ranking, provider-share, country-share]'
		);
		changed = edit(changed, STORY, "Invite questions about the data's limits.", rows.map(([ref]) => ref).join(' / '));
		const notes = rendered(parseStory(changed)).steps.find((s) => s.id === 'closing')!.notes;
		expect(notes).toContain(rows.map(([, printed]) => printed).join(' / '));
	});
});
