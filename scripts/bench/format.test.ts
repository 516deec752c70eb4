import { describe, expect, it } from 'vitest';
import { formatBytes, formatMs, formatPercent, markdownTable, summaryMarkdown, textTable } from './format.mjs';

describe('formatting', () => {
	it('formats bytes, ms and percentages', () => {
		expect(formatBytes(512)).toBe('512 B');
		expect(formatBytes(54 * 1024 + 512)).toBe('54.5 KB');
		expect(formatBytes(3 * 1024 * 1024)).toBe('3.00 MB');
		expect(formatBytes(NaN)).toBe('–');
		expect(formatMs(16.666, 1)).toBe('16.7 ms');
		expect(formatMs(1234)).toBe('1234 ms');
		expect(formatMs(NaN)).toBe('–');
		expect(formatPercent(0.0123, 2)).toBe('1.23 %');
	});
	it('aligns a text table', () => {
		const t = textTable(
			['file', 'gzip'],
			[
				['a.js', '1.0 KB'],
				['long-name.js', '12.5 KB']
			],
			{ right: [1] }
		);
		expect(t.split('\n')).toEqual([
			'file             gzip',
			'------------  -------',
			'a.js           1.0 KB',
			'long-name.js  12.5 KB'
		]);
	});
	it('writes Markdown tables, escaping pipes and showing gaps as dashes', () => {
		expect(
			markdownTable(
				['a', 'b'],
				[
					['x|y', null],
					[1, NaN]
				],
				{ right: [1] }
			)
		).toBe(['| a | b |', '|---|---:|', '| x\\|y | – |', '| 1 | – |'].join('\n'));
	});
	it('builds the summary with one column per key in order of first use', () => {
		const md = summaryMarkdown(
			[
				{ section: 'First view', metric: 'JS', values: { phone: '50 KB', desktop: '51 KB' } },
				{ section: 'Lighthouse', metric: 'Score', values: { phone: 98 } },
				{ section: 'Stage', metric: 'Step change', values: { projector: '12 ms' } }
			],
			{ phone: 'Phone', desktop: 'Desktop' }
		);
		expect(md.split('\n')).toEqual([
			'| Section | Metric | Phone | Desktop | projector |',
			'|---|---|---:|---:|---:|',
			'| First view | JS | 50 KB | 51 KB | – |',
			'| Lighthouse | Score | 98 | – | – |',
			'| Stage | Step change | – | – | 12 ms |'
		]);
	});
});
