import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import StoryDates from './dates/StoryDates.svelte';
import { say, sayAround, uiContext } from './ui-context';
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

describe('a component in another language', () => {
	const dates = (lang: 'en' | 'zh' | 'ar') =>
		render(StoryDates, {
			props: {
				published: '2026-11-27',
				updates: [{ date: '2026-12-06', kind: 'update', note: [], concerns: [] }],
				lang
			},
			context: uiContext(uiWords(lang))
		})
			.body.replace(/<!--[^>]*-->/g, '')
			.replace(/<[^>]+>/g, '');

	it('says its dates in the words and format of the story’s language', () => {
		expect(dates('en')).toBe('Published 27 November 2026 · Updated 6 December 2026');
		expect(dates('zh')).toBe('发布于2026年11月27日 · 更新于2026年12月6日');
		expect(dates('ar')).toMatch(/^نُشر في .+ · حُدّث في .+$/);
	});
});
