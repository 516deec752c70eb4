/**
 * The guard on its own, as the engine will call it: a story in a folder of its own, whose
 * story.yaml declares dataset paths relative to that folder, and datasets of any id and columns.
 */
import { describe, expect, it } from 'vitest';
import { guardStory } from './index.ts';

const DIR = 'data/stories/other';
const NARRATIVE = `${DIR}/story.yaml`;
const story = `meta:
  title: Another story
datasets:
  - id: sessions
    file: datasets/sessions.csv
    checks:
      columns:
        visits: { min: 1, ratio: 4 }
steps:
  - id: one
    chart: line
    copy: |
      {sessions[2026-01-05].visits} visits in the first week, {sessions[2026-01-12].visits} in the second.
    notes: Notes.
`;
const csv = 'week,visits,note,date\n2026-01-05,10,,2026-01-05\n2026-01-12,12,fine\u200B,2026-01-12\n';

describe('guardStory, on any story', () => {
	it('reads datasets by the path its folder gives them, with any id and columns', () => {
		const result = guardStory(
			{ [NARRATIVE]: story, [`${DIR}/datasets/sessions.csv`]: csv },
			{
				narrativeFile: NARRATIVE,
				pathOf: (f) => `${DIR}/${f}`,
				datasetsOf: (chart) => (chart === 'line' ? ['sessions'] : []),
				today: '2026-06-01'
			}
		);
		expect(result.problems.map((p) => `${p.file}:${p.line}: ${p.field}`)).toEqual([
			`${DIR}/datasets/sessions.csv:3: note`
		]);
		expect(result.blamed).toEqual(new Set([`${DIR}/datasets/sessions.csv`]));
	});

	it('writes references out, and stops at a figure written out', () => {
		const clean = csv.replace('fine\u200B', 'fine');
		const files = { [NARRATIVE]: story, [`${DIR}/datasets/sessions.csv`]: clean };
		const opts = {
			narrativeFile: NARRATIVE,
			pathOf: (f: string) => `${DIR}/${f}`,
			datasetsOf: () => ['sessions'],
			today: '2026-06-01'
		};
		const result = guardStory(files, opts);
		expect(result.problems).toEqual([]);
		expect(result.files[NARRATIVE]).toContain('      10 visits in the first week, 12 in the second.');
		const wrong = guardStory(
			{ ...files, [NARRATIVE]: story.replace('{sessions[2026-01-12].visits} in the second', '12 in the second') },
			opts
		);
		expect(wrong.problems.map((p) => `${p.file}:${p.line}: ${p.context} ${p.field}`)).toEqual([
			`${NARRATIVE}:13: step "one" copy`
		]);
	});
});
