import { describe, expect, it } from 'vitest';
import {
	DENSE_ROWS,
	frameReserve,
	ghost,
	linearTicks,
	listAnd,
	monthYear,
	paddedDomain,
	zeroDomain,
	type Row
} from './rows.ts';

describe('row chart helpers', () => {
	it('linearTicks follows the step for decimals', () => {
		expect(linearTicks([0, 30], 4, (v, d) => v.toFixed(d)).map((t) => t.label)).toEqual(['0', '10', '20', '30']);
		expect(linearTicks([0, 2], 5, (v, d) => v.toFixed(d)).map((t) => t.label)).toEqual([
			'0.0',
			'0.5',
			'1.0',
			'1.5',
			'2.0'
		]);
	});

	it('paddedDomain rounds out around the values, zeroDomain starts at zero', () => {
		expect(paddedDomain([1402, 1753])).toEqual([1300, 1800]);
		expect(paddedDomain([52, 60])).toEqual([50, 62]);
		expect(zeroDomain([3, 8.21])).toEqual([0, 8.21]);
		expect(zeroDomain([])).toEqual([0, 1]);
	});

	it('ghost keeps a row where it is drawn, in another frame', () => {
		const row = { key: 'a', visible: true, x0: 10, x1: 15, err: 1, slot: 2 } as Row;
		const g = ghost(row, { xDomain: [10, 20], slots: 4 }, { xDomain: [100, 300], slots: 8 });
		expect(g).toMatchObject({ visible: false, x0: 100, x1: 200, err: 20, slot: 4 });
	});

	it('words', () => {
		expect(monthYear('2026-04', 'en')).toBe('April 2026');
		expect(monthYear('2026-04-29', 'en')).toBe('April 2026');
		expect(monthYear('2026-04-29', 'zh')).toBe('2026年4月');
		expect(listAnd(['a', 'b', 'c'], 'en')).toBe('a, b and c');
		expect(listAnd(['a', 'b', 'c'], 'zh')).toBe('a、b和c');
		expect(listAnd(['a'], 'en')).toBe('a');
	});
});

describe('frameReserve', () => {
	it('keeps every legend item and footnote of all states once, in order of first use', () => {
		const a = { legend: [{ swatch: 'g0' as const, label: 'US model' }], footnotes: [] };
		const b = {
			legend: [
				{ swatch: 'g0' as const, label: 'US model' },
				{ swatch: 'g1' as const, label: 'Chinese model' }
			],
			footnotes: [{ marker: '*', text: 'a note' }]
		};
		expect(frameReserve([a, b, b])).toEqual({
			legend: [
				{ swatch: 'g0', label: 'US model' },
				{ swatch: 'g1', label: 'Chinese model' }
			],
			footnotes: [{ marker: '*', text: 'a note' }]
		});
	});
	it('is dense when any state draws DENSE_ROWS rows or more', () => {
		const scene = (slots: number) => ({ legend: [], footnotes: [], slots });
		expect(frameReserve([scene(4), scene(DENSE_ROWS - 1)]).dense).toBeUndefined();
		expect(frameReserve([scene(4), scene(DENSE_ROWS)]).dense).toBe(true);
	});
});
