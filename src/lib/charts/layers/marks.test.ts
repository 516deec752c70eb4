import { describe, expect, it } from 'vitest';
import { markGroup, rowTip, tipText } from './marks.ts';
import type { Row } from '../../kinds/rows.ts';

const row = (over: Partial<Row>): Row => ({
	key: 'k',
	name: 'MiMo-V2-Pro',
	short: 'MiMo-V2-Pro',
	prefix: '1',
	tag: 'CN',
	tone: 'g1',
	emphasis: 'normal',
	visible: true,
	mark: 'bar',
	slot: 0,
	x0: 0,
	x1: 8.21,
	err: 0,
	basis: 'reported',
	value: '8.21T',
	valueShort: '8.21T',
	marker: '',
	...over
});

describe('mark attributes', () => {
	it('names the group of a group tone, and of no other tone', () => {
		expect(markGroup('g0')).toBe('g0');
		expect(markGroup('g7')).toBe('g7');
		expect(markGroup('other')).toBeUndefined();
		expect(markGroup('neutral')).toBeUndefined();
		expect(markGroup('gap')).toBeUndefined();
	});

	it('writes "label: value" and says "not reported" for a missing value', () => {
		expect(tipText('USA', '46.6%')).toBe('USA: 46.6%');
		expect(tipText('Week', '')).toBe('Week: not reported');
		expect(tipText('Week', null)).toBe('Week: not reported');
	});

	it('names a row by its model, an unnamed rank by its rank', () => {
		expect(rowTip(row({}))).toBe('MiMo-V2-Pro: 8.21T');
		expect(rowTip(row({ name: 'not itemized', prefix: '6', basis: 'not-reported', value: '', mark: 'empty' }))).toBe(
			'Rank 6 (not itemized): not reported'
		);
		expect(rowTip(row({ name: 'Claude Opus 4.6', prefix: '', basis: 'not-reported', value: 'not reported' }))).toBe(
			'Claude Opus 4.6: not reported'
		);
	});
});
