import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkChanges, RefusedChanges } from './record.mjs';

// A project of one story, a copy of the test story, published twice over.
const root = mkdtempSync(path.join(tmpdir(), 'publish-record-'));
const dir = path.join(root, 'data/stories/league');
cpSync('tests/fixtures/stories/test-story', dir, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = (p: string) => path.join(dir, p);
const change = (p: string, from: string, to: string) => {
	const text = readFileSync(file(p), 'utf8');
	expect(text).toContain(from);
	writeFileSync(file(p), text.replace(from, to));
};
const quiet = () => vi.spyOn(console, 'log').mockImplementation(() => {});

describe('publish and its record, on a story folder', () => {
	it('the first publish passes and writes the record beside story.yaml; the next, unchanged, passes', async () => {
		quiet();
		const first = await checkChanges(root, null, { today: '2019-09-01', allowWording: false });
		first.write();
		const record = JSON.parse(readFileSync(file('published.json'), 'utf8'));
		expect(record).toMatchObject({ story: 'league', publishedOn: '2019-09-01', published: '2019-07-01' });
		const again = await checkChanges(root, null, { today: '2019-09-02', allowWording: false });
		expect(again.checks[0].report).toMatch(/nothing a reader sees changed/);
	});

	it('a changed figure stops it, with the report; a dated correction lets it out', async () => {
		const log = quiet();
		change('datasets/leaderboard.csv', '1,Kestrel,Team Alder,north,412,', '1,Kestrel,Team Alder,north,413,');
		await expect(checkChanges(root, null, { today: '2019-09-03', allowWording: true })).rejects.toThrow(RefusedChanges);
		const printed = log.mock.calls.map((c) => c.join(' ')).join('\n');
		expect(printed).toContain('figure leaderboard[1].points: "412"');
		expect(printed).toContain('data/stories/league/datasets/leaderboard.csv:2');
		change(
			'story.yaml',
			'      - entry-fees\n',
			'      - entry-fees\n  - date: 2019-09-03\n    kind: correction\n    note: TEST DATA. Kestrel had 413 points.\n'
		);
		const ok = await checkChanges(root, null, { today: '2019-09-03', allowWording: false });
		expect(ok.checks[0].changes.refusals).toEqual([]);
		ok.write();
	});

	it('a record edited by hand is refused', async () => {
		quiet();
		change('published.json', '"publishedOn": "2019-09-03"', '"publishedOn": "2019-09-04"');
		await expect(checkChanges(root, null, { today: '2019-09-05', allowWording: true })).rejects.toThrow(RefusedChanges);
	});
});
