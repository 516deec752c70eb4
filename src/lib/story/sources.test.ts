import { describe, expect, it } from 'vitest';
import { creditLine, notReportedCount, sourcesOf } from './sources';
import type { Datasets, SourceRef } from './types';

const row = (source: string, confidence: SourceRef['confidence'], date = '2026-04'): SourceRef => ({
	source,
	url: confidence ? 'https://example.org' : null,
	date,
	confidence
});

describe('sources', () => {
	it('groups rows by source, counts them, skips absence-of-report rows, orders by confidence', () => {
		const rows = [row('B', 'low'), row('A', 'high'), row('B', 'low'), row('none', null)];
		const out = sourcesOf(rows);
		expect(out.map((s) => [s.source, s.rows])).toEqual([
			['A', 1],
			['B', 2]
		]);
		expect(notReportedCount(rows)).toBe(1);
	});

	it('credits each distinct source once across cited datasets', () => {
		const data = {
			prices: [row('models.dev', 'high'), row('models.dev', 'medium')],
			'country-share': [row('The Hype', 'low')]
		} as unknown as Datasets;
		expect(creditLine(data, ['prices', 'country-share'])).toBe('models.dev; The Hype');
	});
});
