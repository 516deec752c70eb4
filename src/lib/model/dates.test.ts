import { describe, expect, it } from 'vitest';
import { asOfLine, dataAsOf, lastUpdated, modifiedOn } from './dates';
import { uiWords } from './locale/ui/words';
import type { StoryUpdate } from './types';

const update = (date: string, concerns: string[] = []): StoryUpdate => ({
	date,
	kind: 'update',
	note: [[{ kind: 'text', text: 'x' }]],
	concerns
});

describe("the story's dates", () => {
	it('the last update, whatever the order written', () => {
		expect(lastUpdated([update('2026-06-02'), update('2026-07-01'), update('2026-06-20')])).toBe('2026-07-01');
		expect(lastUpdated([])).toBeNull();
	});

	it('modified is the last update, else the publication, else nothing (a draft)', () => {
		expect(modifiedOn({ published: '2026-05-01' }, [update('2026-06-02')])).toBe('2026-06-02');
		expect(modifiedOn({ published: '2026-05-01' }, [])).toBe('2026-05-01');
		expect(modifiedOn({ published: null }, [])).toBeNull();
	});

	it('data as of: the latest reported row, a month or a day; rows that record no report do not count', () => {
		const data = {
			a: [
				{ date: '2026-04', confidence: 'high' },
				{ date: '2026-05-18', confidence: 'low' }
			],
			b: [
				{ date: '2026-06', confidence: 'medium' },
				{ date: '2026-09', confidence: null }
			]
		};
		expect(dataAsOf({ data })).toBe('2026-06');
		expect(asOfLine('2026-06', uiWords('en'), 'en')).toBe('Data as of June 2026');
	});

	it("data as of: an update's own day does not count, the dates of the rows it brings do", () => {
		const data = { a: [{ date: '2026-04-29', confidence: 'high' }] };
		expect(dataAsOf({ data })).toBe('2026-04-29');
		expect(asOfLine('2026-08-01', uiWords('en'), 'en')).toBe('Data as of 1 August 2026');
		expect(asOfLine('2026-08-01', uiWords('zh'), 'zh')).toBe('数据截至2026年8月1日');
	});
});
