import { describe, expect, it } from 'vitest';
import { readStoryFiles } from '../../loading/load.server.ts';
import { parseStory } from '../../loading/load.ts';
import { KINDS } from '../../kinds/registry.ts';
import { TEST_STORIES_DIR } from '../../loading/stories.server.ts';
import { changesReport, compareRecords, placesByDataset, recordProblem } from './changes.ts';
import { makeRecord, recordCells, type PublishRecord } from './record.ts';

const DIR = `${TEST_STORIES_DIR}/test-story`;
const SLUG = 'test-story';
const STORY = `${DIR}/story.yaml`;
const BOARD = `${DIR}/datasets/leaderboard.csv`;
const FIRST = '2019-09-01';
const FIRST_STEP = 'step "test-standings"';

function recordOf(
	files: Record<string, string>,
	today: string
): { record: PublishRecord; places: Map<string, string[]> } {
	const story = parseStory(files, KINDS, DIR, { today: '2026-12-06' });
	return { record: makeRecord(SLUG, DIR, files, story, today), places: placesByDataset(story) };
}
const edit = (files: Record<string, string>, path: string, from: string, to: string) => {
	expect(files[path]).toContain(from);
	return { ...files, [path]: files[path].replace(from, to) };
};
const LOG_END = '      - entry-fees\n';
const entry = (date: string, kind = 'correction', note = 'Kestrel had 413 points, not 412.') =>
	`  - date: ${date}\n    kind: ${kind}\n    note: ${note}\n`;

describe('the publish record', () => {
	const files = readStoryFiles(DIR);
	const { record } = recordOf(files, FIRST);

	it('holds every cell with its file and line, and every sentence by where it shows', () => {
		expect(recordCells(record).get('leaderboard[1].points')).toEqual({
			file: BOARD,
			line: 2,
			value: '412',
			figure: true,
			source: 'Test source (invented)',
			date: '2019-06'
		});
		expect(recordCells(record).get('leaderboard[1].maker')!.figure).toBe(false);
		expect(Object.keys(record.texts)).toContain('meta title');
		const first = Object.keys(record.texts).filter((k) => k.startsWith(`${FIRST_STEP} `));
		expect(first).toEqual(
			['kicker', 'copy', 'chart title', 'chart unit', 'chart caption', 'table', 'card'].map((w) => `${FIRST_STEP} ${w}`)
		);
		expect(recordCells(record).get('entry-fees[Kestrel].entry')!.value).toBe('40');
		expect(recordOf(files, FIRST).record).toEqual(record);
	});

	it('is refused when edited by hand, or when it is another story’s', () => {
		expect(recordProblem(record, SLUG)).toBeNull();
		const edited = { ...record, texts: { ...record.texts, 'meta title': 'Another title' } };
		expect(recordProblem(edited, SLUG)).toMatch(/edited by hand/);
		expect(recordProblem(record, 'china-ai-market')).toMatch(/another story \("test-story"\)/);
		expect(recordProblem({ hello: 1 }, SLUG)).toBe('is not a publish record');
	});
});

describe('what the next publish may send out', () => {
	const files = readStoryFiles(DIR);
	const before = recordOf(files, FIRST).record;
	const changed = edit(files, BOARD, '1,Kestrel,Team Alder,north,412,', '1,Kestrel,Team Alder,north,413,');

	it('the first publish writes the record', () => {
		const { record, places } = recordOf(files, FIRST);
		const c = compareRecords(null, record, places, { allowWording: false });
		expect(c.refusals).toEqual([]);
		expect(changesReport(SLUG, c, null)).toMatch(/first publish/);
	});

	it('a changed figure without a new dated entry stops it, naming the file and line, old and new, source and date, and the words it changes', () => {
		const { record, places } = recordOf(changed, '2019-09-20');
		const c = compareRecords(before, record, places, { allowWording: true });
		expect(c.figures.map((f) => [f.key, f.before?.value, f.after?.value])).toEqual([
			['leaderboard[1].points', '412', '413']
		]);
		expect(c.figures[0].texts.length).toBeGreaterThan(0);
		expect(c.figures[0].texts.every((t) => t.startsWith('step "'))).toBe(true);
		expect(c.refusals).toEqual([
			'leaderboard[1].points changed (412 → 413) with no new entry in updates: a changed figure always goes out with a dated note'
		]);
		const report = changesReport(SLUG, c, before);
		expect(report).toContain(
			`figure leaderboard[1].points: "412" (${BOARD}:2; Test source (invented), 2019-06) → "413" (${BOARD}:2; Test source (invented), 2019-06)`
		);
		expect(report).toContain(`changes the words of ${FIRST_STEP} table`);
		expect(report).toContain('REFUSED');
	});

	it('the same change goes out with a new entry dated on or after the last publish', () => {
		const dated = edit(changed, STORY, LOG_END, LOG_END + entry('2019-09-20'));
		const { record, places } = recordOf(dated, '2019-09-20');
		const c = compareRecords(before, record, places, { allowWording: false });
		expect(c.refusals).toEqual([]);
		expect(c.newUpdates).toEqual([
			{ date: '2019-09-20', kind: 'correction', note: 'Kestrel had 413 points, not 412.' }
		]);
	});

	it('a new entry dated before the last publish, or an old entry removed, is refused', () => {
		const early = edit(changed, STORY, LOG_END, LOG_END + entry('2019-08-20'));
		const r1 = recordOf(early, '2019-09-20');
		expect(compareRecords(before, r1.record, r1.places, { allowWording: false }).refusals).toEqual([
			'the correction dated 2019-08-20 is new since the last publish (2019-09-01) but dated before it: date it the day it goes out'
		]);
		const gone = edit(
			files,
			STORY,
			'  - date: 2019-08-02\n    kind: update\n    note: TEST DATA. Adds the fees of every entry.\n    concerns:\n      - entry-fees\n',
			''
		);
		const r2 = recordOf(gone, '2019-09-20');
		expect(compareRecords(before, r2.record, r2.places, { allowWording: true }).refusals).toEqual([
			'the update of 2019-08-02 was published and is gone or rewritten: the log only grows; add a new entry instead'
		]);
	});

	it('changed words need an entry, or --allow-wording when no claim changed', () => {
		const typo = edit(files, STORY, 'Kestrel leads the invented standings.', 'Kestrel leads the invented standing.');
		const { record, places } = recordOf(typo, '2019-09-20');
		const strict = compareRecords(before, record, places, { allowWording: false });
		expect(strict.words.map((w) => w.where)).toEqual([`${FIRST_STEP} copy`, `${FIRST_STEP} card`]);
		expect(strict.refusals).toEqual([
			'2 place(s) a reader sees changed their words with no new entry in updates:; add one, or pass --allow-wording if no claim changed (a typo fixed)'
		]);
		expect(compareRecords(before, record, places, { allowWording: true }).refusals).toEqual([]);
	});

	it('words the engine changed with the same story.yaml and data are listed as its own, and pass with --allow-wording', () => {
		const after = recordOf(files, '2019-09-20');
		const reworded = {
			...after.record,
			texts: { ...after.record.texts, [`${FIRST_STEP} chart caption`]: 'Worded otherwise.' }
		};
		const c = compareRecords(before, reworded, after.places, { allowWording: false });
		expect(c.engineOnly).toBe(true);
		expect(c.refusals[0]).toMatch(/the engine reworded what the same data says/);
		expect(changesReport(SLUG, c, before)).toMatch(/engine’s own change/);
		expect(compareRecords(before, reworded, after.places, { allowWording: true }).refusals).toEqual([]);
	});
});
