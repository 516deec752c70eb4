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
		// Its published edition has a record of its own, of what its readers saw, in its language.
		const ar = JSON.parse(readFileSync(file('published.ar.json'), 'utf8'));
		expect(ar).toMatchObject({ story: 'league/ar', publishedOn: '2019-09-01' });
		expect(ar.texts['meta title']).toMatch(/بيانات اختبار/);
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
		// The published edition goes out with its story, so not before it tells its readers too.
		await expect(checkChanges(root, null, { today: '2019-09-03', allowWording: false })).rejects.toThrow(
			/editions\/ar\.yaml:\d+: field "updates\.2\.note": missing/
		);
		change(
			'editions/ar.yaml',
			'    note: بيانات اختبار. تضيف رسوم كل سيارة مشاركة.\n',
			'    note: بيانات اختبار. تضيف رسوم كل سيارة مشاركة.\n  - date: 2019-09-03\n    note: بيانات اختبار. كان لكيستريل 413 نقطة.\n'
		);
		const ok = await checkChanges(root, null, { today: '2019-09-03', allowWording: false });
		expect(ok.checks.map((c) => [c.slug, c.changes.refusals])).toEqual([
			['league', []],
			['league/ar', []]
		]);
		ok.write();
	});

	it("a sentence of an edition changed since its last publish stops it, as the story's would", async () => {
		const log = quiet();
		change('editions/ar.yaml', 'كيستريل تتصدّر الترتيب المختلق.', 'كيستريل في مقدمة الترتيب المختلق.');
		await expect(checkChanges(root, null, { today: '2019-09-03', allowWording: false })).rejects.toThrow(
			/^league\/ar: changes readers would not be told of/
		);
		expect(log.mock.calls.map((c) => c.join(' ')).join('\n')).toMatch(
			/league\/ar: REFUSED|league\/ar:[\s\S]*كيستريل في مقدمة/
		);
		change('editions/ar.yaml', 'كيستريل في مقدمة الترتيب المختلق.', 'كيستريل تتصدّر الترتيب المختلق.');
	});

	it('a record edited by hand is refused', async () => {
		quiet();
		change('published.json', '"publishedOn": "2019-09-03"', '"publishedOn": "2019-09-04"');
		await expect(checkChanges(root, null, { today: '2019-09-05', allowWording: true })).rejects.toThrow(RefusedChanges);
	});
});
