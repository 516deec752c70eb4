import { describe, expect, it } from 'vitest';
import { creditLine, notReportedCount, sourcesOf } from './sources.ts';
import type { DatasetMeta, SourceRef } from '../model/types.ts';

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

	it('keeps two items of one source apart by their url (a list key the page can use)', () => {
		const a = { ...row('Artificial Analysis', 'medium'), url: 'https://a.example/one' };
		const b = { ...row('Artificial Analysis', 'medium'), url: 'https://a.example/two' };
		const out = sourcesOf([a, b, a]);
		expect(out.map((s) => [s.url, s.rows])).toEqual([
			['https://a.example/one', 2],
			['https://a.example/two', 1]
		]);
		expect(new Set(out.map((s) => s.key)).size).toBe(2);
	});

	it("credits each cited dataset once, in citation order, by its editors' credit", () => {
		const meta = (id: DatasetMeta['id'], credit: string): DatasetMeta => ({
			id,
			file: `data/datasets/${id}.csv`,
			title: id,
			credit,
			about: '',
			limits: [],
			shape: 'periods',
			columns: {}
		});
		const datasets = [
			meta('prices', 'models.dev'),
			meta('country-share', 'The Hype'),
			meta('provider-share', 'The Hype')
		];
		expect(creditLine(datasets, ['provider-share', 'prices', 'country-share'])).toBe('The Hype; models.dev');
		expect(creditLine(datasets, [])).toBe('');
	});

	it('names a source once when two cited datasets credit it (correction 7)', () => {
		const meta = (id: DatasetMeta['id'], credit: string): DatasetMeta => ({
			id,
			file: `data/datasets/${id}.csv`,
			title: id,
			credit,
			about: '',
			limits: [],
			shape: 'periods',
			columns: {}
		});
		const datasets = [
			meta('benchmarks', 'Artificial Analysis (as cited by blockchain.news); NIST CAISI'),
			meta('benchmark-metrics', 'Artificial Analysis; NIST CAISI')
		];
		expect(creditLine(datasets, ['benchmarks', 'benchmark-metrics'])).toBe(
			'Artificial Analysis (as cited by blockchain.news); NIST CAISI'
		);
		// The fuller wording wins, in the place the source first appears.
		expect(creditLine(datasets, ['benchmark-metrics', 'benchmarks'])).toBe(
			'Artificial Analysis (as cited by blockchain.news); NIST CAISI'
		);
	});
});
