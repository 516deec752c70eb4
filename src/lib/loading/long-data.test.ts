import { describe, expect, it } from 'vitest';
import { parseStory } from './load.ts';
import { readStoryFiles } from './load.server.ts';
import { PAGE_ROWS, reduceForPage } from './reduce.ts';
import { KINDS, chartText } from '../kinds/registry.ts';

const DIR = 'tests/fixtures/stories/test-power-prices';
const FILE = `${DIR}/datasets/daily-prices.csv`;

/** 125 years of four daily series (45,656 rows, over 5 MB), every day reported. */
function bigFile(): string {
	const lines = ['day,gdansk_eur,plzen_eur,timisoara_eur,izmir_eur,source,url,date,confidence'];
	const source = 'Invented test exchange,https://example.org/test-data/power-prices,2025-01,high';
	for (let d = Date.UTC(1900, 0, 1), i = 0; d <= Date.UTC(2024, 11, 31); d += 86_400_000, i++) {
		const v = [0, 1, 2, 3].map((k) => (160 + 20 * Math.sin(i / (90 + 10 * k)) + k * 5).toFixed(3));
		lines.push(`${new Date(d).toISOString().slice(0, 10)},${v.join(',')},${source}`);
	}
	return `${lines.join('\n')}\n`;
}

describe('a dataset as large as its source gives', () => {
	it('loads and passes every check at over 5 MB, and its pages carry what a plot shows', () => {
		const files = readStoryFiles(DIR);
		const csv = bigFile();
		expect(Buffer.byteLength(csv)).toBeGreaterThan(5 * 1024 * 1024);
		// The story's words name the ten unreported days of its own file: these have none.
		files[`${DIR}/story.yaml`] = files[`${DIR}/story.yaml`]
			.replace(
				/\{count\(daily-prices\[not reported\]\)\|words\} days in March 2022 are left \*\*not reported\*\* on\n\s+purpose\./,
				'no day is left out.'
			)
			.replace(
				/\{count\(daily-prices\[not reported\]\)\|words\} days in March 2022 are not reported\./,
				'every day is reported.'
			);
		files[FILE] = csv;
		const story = parseStory(files, KINDS, DIR);
		expect(story.data['daily-prices']).toHaveLength(45_656);
		const page = reduceForPage(story, 'test-power-prices');
		expect(page.data['daily-prices'].length).toBeLessThanOrEqual(PAGE_ROWS);
		const all = page.steps.find((s) => s.id === 'test-prices-all')!;
		expect(chartText(page.data, all).caption).toMatch(/1 Jan 1900 to 31 Dec 2024: every day reported\./);
	}, 60_000);
});
