import { describe, expect, it } from 'vitest';
import { say, sayAround } from './ui-context';
import { uiWords } from '../../model/locale/ui/words';

describe('interface words in a component', () => {
	it('fills the slots of a word, in its language’s order', () => {
		expect(say(uiWords('en'), 'stage-go-to', { typed: '12' })).toBe('Go to step 12…');
		expect(say(uiWords('zh'), 'stage-go-to', { typed: '12' })).toBe('跳至第12步…');
	});

	it('cuts a word at the slot the markup fills with an element', () => {
		expect(sayAround(uiWords('en'), 'dates-published', 'date')).toEqual(['Published ', '']);
		expect(sayAround(uiWords('zh'), 'dates-as-of', 'date')).toEqual(['数据截至', '']);
		const rows = sayAround(uiWords('zh'), 'sources-rows', 'file', { rows: 10 });
		expect(rows).toEqual(['', '，共10行。']);
	});

	it('shows a word the page did not carry as its key', () => {
		expect(say({}, 'figure-data')).toBe('[figure-data]');
	});
});
