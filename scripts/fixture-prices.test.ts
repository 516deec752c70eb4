import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRICES_FILE, pricesCsv } from './fixture-prices.mjs';

describe('the test power-prices story’s daily file', () => {
	const file = readFileSync(PRICES_FILE, 'utf8');

	it('is what its seeded generator writes, so nobody edited it by hand', () => {
		expect(file).toBe(pricesCsv());
	});

	it('is five years of days in four series, larger than a page should carry, with a ten-day gap', () => {
		const rows = file.trim().split('\n').slice(1);
		expect(rows).toHaveLength(1827);
		expect(rows[0].startsWith('2020-01-01,')).toBe(true);
		expect(rows.at(-1)!.startsWith('2024-12-31,')).toBe(true);
		expect(Buffer.byteLength(file)).toBeGreaterThan(100 * 1024);
		expect(rows.filter((r) => r.includes('not reported'))).toHaveLength(10);
	});
});
