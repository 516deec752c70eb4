import { describe, expect, it } from 'vitest';
import { compareText } from './compare';

describe('compareText', () => {
	it('orders ISO dates by date and names by code point', () => {
		expect(['2026-04-13', '2026-02-02', '2026-04-06'].sort(compareText)).toEqual([
			'2026-02-02',
			'2026-04-06',
			'2026-04-13'
		]);
		expect(['Qwen', 'GLM', 'Claude'].sort(compareText)).toEqual(['Claude', 'GLM', 'Qwen']);
		expect(compareText('a', 'a')).toBe(0);
	});
});
