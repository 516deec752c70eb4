/**
 * `npm run publish` reads each story's address through the build's loader: a mistake in
 * story.yaml is the build's message (file, line, words), never a YAML library's stack trace, and
 * an empty story.yaml is not mistaken for a missing address (probe cases P4-P7).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module without types
import { StoryDataError, dataSites, embedPolicies } from './addresses.mjs';

const SOURCE = join(process.cwd(), 'tests/fixtures/stories/test-story');
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A project root holding the test story as the story "t", its story.yaml edited by `change`. */
function rootWith(change: (yaml: string) => string): string {
	const root = mkdtempSync(join(tmpdir(), 'publish-'));
	roots.push(root);
	const dir = join(root, 'data/stories/t');
	cpSync(SOURCE, dir, { recursive: true });
	const file = join(dir, 'story.yaml');
	writeFileSync(file, change(readFileSync(file, 'utf8')));
	return root;
}

const FILE = 'data/stories/t/story.yaml';
const SITE = '  label: TEST DATA · never published\n  site: https://stories.newsroom.org/\n';

async function refusal(root: string): Promise<string> {
	try {
		await dataSites(root, null);
	} catch (e) {
		expect(e).toBeInstanceOf(StoryDataError);
		return (e as Error).message;
	}
	throw new Error('expected publish to refuse the story');
}

describe('npm run publish reads story.yaml with the build', () => {
	it("gives each story's meta.site, read by the build's loader", async () => {
		const root = rootWith((y) => y.replace('  label: TEST DATA · never published\n', SITE));
		expect(await dataSites(root, null)).toEqual([
			{ slug: 't', site: 'https://stories.newsroom.org/', where: `meta.site in ${FILE}` }
		]);
	}, 20_000);

	it("gives who may frame each built story's embeds: meta.embedOn, or null for any site", async () => {
		const open = rootWith((y) => y);
		expect(await embedPolicies(open, [{ slug: 't', test: false }])).toEqual([{ slug: 't', embedOn: null }]);
		const listed = rootWith((y) =>
			y.replace('  label: TEST DATA · never published\n', `${SITE}  embedOn: [https://www.example-news.com]\n`)
		);
		expect(await embedPolicies(listed, [{ slug: 't', test: false }])).toEqual([
			{ slug: 't', embedOn: ['https://www.example-news.com'] }
		]);
		const bad = rootWith((y) =>
			y.replace('  label: TEST DATA · never published\n', `${SITE}  embedOn: [https://www.example-news.com/]\n`)
		);
		await expect(embedPolicies(bad, [{ slug: 't', test: false }])).rejects.toThrow(
			/^story data: 1 problem .*\ndata\/stories\/t\/story\.yaml:\d+: meta field "embedOn": .* ends with a slash/
		);
	}, 20_000);

	it.each([
		[
			'P4: an alias bomb',
			(y: string) => `${y}\nx-bomb: &a [lol, lol, lol]\nx-b: &b [*a, *a, *a, *a]\nx-c: [*b, *b, *b, *b]\n`,
			/^data\/stories\/t\/story\.yaml:\d+: field "x-bomb": unknown field/m
		],
		[
			'P5: a key written twice',
			(y: string) => y.replace('  byline:', '  title: again\n  byline:'),
			/^data\/stories\/t\/story\.yaml:\d+: this field is written twice in the same block; keep one$/m
		],
		['P6: a tab as indentation', (y: string) => y.replace('  byline:', '\tbyline:'), /story\.yaml:\d+: .*tab/m],
		['P7: an empty story.yaml', () => '', /^data\/stories\/t\/story\.yaml:1: expected a map with keys meta/m]
	])(
		"%s is the build's message, at its line, with no stack trace",
		async (_, change, says) => {
			const message = await refusal(rootWith(change));
			expect(message).toMatch(/^story data: \d+ problems? in the stories' files/);
			expect(message).toMatch(says);
			expect(message).not.toMatch(/\n\s+at |YAMLParseError|ReferenceError|no site address/);
		},
		20_000
	);
});
