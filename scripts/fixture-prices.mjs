#!/usr/bin/env node
/**
 * Writes the test power-prices story's daily file (tests/fixtures/stories/test-power-prices/):
 * five years of invented daily prices for four places, a seeded random walk, so the file is the
 * same on every machine and a test can tell it has not been edited by hand. TEST DATA: nothing
 * in it is a real price. Run `node scripts/fixture-prices.mjs` to write it again.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PRICES_FILE = 'tests/fixtures/stories/test-power-prices/datasets/daily-prices.csv';
const SERIES = ['gdansk_eur', 'plzen_eur', 'timisoara_eur', 'izmir_eur'];
const SOURCE = 'Invented test exchange,https://example.org/test-data/power-prices,2025-01,high';
const GAP = ['2022-03-01', '2022-03-10'];

/** A linear congruential generator: the same numbers from the same seed, on any machine. */
function seeded(seed) {
	let s = seed;
	return () => {
		s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
		return s / 2 ** 31;
	};
}

/** The file's text: 2020-01-01 to 2024-12-31, one row a day, ten days unreported. */
export function pricesCsv() {
	const random = seeded(2024);
	const level = [52, 58, 61, 66];
	const lines = [`day,${SERIES.join(',')},source,url,date,confidence`];
	for (let d = Date.UTC(2020, 0, 1); d <= Date.UTC(2024, 11, 31); d += 86_400_000) {
		const day = new Date(d).toISOString().slice(0, 10);
		// A slow swell in the middle years, a weekly rhythm and noise, each place its own way.
		const t = (d - Date.UTC(2020, 0, 1)) / 86_400_000;
		const swell = 45 * Math.exp(-(((t - 960) / 260) ** 2));
		const values = level.map((base, i) => {
			level[i] = Math.min(Math.max(base + (random() - 0.5) * 3, 25), 120);
			const weekly = new Date(d).getUTCDay() % 6 === 0 ? -6 : 0;
			return Math.max(5, level[i] + swell * (0.7 + 0.2 * i) + weekly).toFixed(2);
		});
		if (day >= GAP[0] && day <= GAP[1])
			lines.push(`${day},${SERIES.map(() => 'not reported').join(',')},Invented test exchange,,2025-01,not reported`);
		else lines.push(`${day},${values.join(',')},${SOURCE}`);
	}
	return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	writeFileSync(path.join(ROOT, PRICES_FILE), pricesCsv());
	console.log(`${PRICES_FILE}: written`);
}
