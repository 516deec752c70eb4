import { describe, expect, it } from 'vitest';
import {
	dashArray,
	escapeXml,
	parseBoxShadow,
	parseColor,
	parseSolidGradient,
	parseStripes,
	placeBackground,
	splitTopLevel,
	transformText
} from './css-values';

describe('parseColor', () => {
	it('reads rgb, rgba and color(srgb) as hex and alpha', () => {
		expect(parseColor('rgb(47, 95, 167)')).toEqual({ color: '#2f5fa7', alpha: 1 });
		expect(parseColor('rgba(0, 0, 0, 0.14)')).toEqual({ color: '#000000', alpha: 0.14 });
		expect(parseColor('rgb(29 36 51 / 50%)')).toEqual({ color: '#1d2433', alpha: 0.5 });
		expect(parseColor('color(srgb 0.294 0.333 0.388 / 0.14)')).toEqual({ color: '#4b5563', alpha: 0.14 });
	});
	it('gives nothing for transparent or unknown paint', () => {
		expect(parseColor('rgba(0, 0, 0, 0)')).toBeNull();
		expect(parseColor('none')).toBeNull();
		expect(parseColor('url("#p")')).toBeNull();
	});
});

describe('parseBoxShadow', () => {
	it('reads ring shadows in order', () => {
		const s = parseBoxShadow('rgb(251, 250, 247) 0px 0px 0px 2px, rgb(29, 36, 51) 0px 0px 0px 4px');
		expect(s.map((x) => [x.paint.color, x.spread])).toEqual([
			['#fbfaf7', 2],
			['#1d2433', 4]
		]);
		expect(parseBoxShadow('none')).toEqual([]);
	});
	it('keeps offsets, blur and inset', () => {
		expect(parseBoxShadow('rgba(0, 0, 0, 0.1) 0px 2px 8px 0px inset')[0]).toMatchObject({ y: 2, blur: 8, inset: true });
	});
});

describe('parseStripes', () => {
	it('reads hatching as coloured bands over one period', () => {
		const s = parseStripes(
			'repeating-linear-gradient(-45deg, rgb(75, 85, 99) 0px, rgb(75, 85, 99) 1.5px, rgba(0, 0, 0, 0) 1.5px, rgba(0, 0, 0, 0) 4px)'
		);
		expect(s).toEqual({ angle: -45, period: 4, bands: [{ paint: { color: '#4b5563', alpha: 1 }, from: 0, to: 1.5 }] });
	});
	it('refuses what it cannot draw', () => {
		expect(parseStripes('linear-gradient(red, blue)')).toBeNull();
		expect(parseStripes('none')).toBeNull();
	});
});

describe('small helpers', () => {
	it('splits at the top level only', () => {
		expect(splitTopLevel('rgb(1, 2, 3) 1px, rgb(4, 5, 6) 2px')).toEqual(['rgb(1, 2, 3) 1px', 'rgb(4, 5, 6) 2px']);
	});
	it('writes dash lists', () => {
		expect(dashArray('4px, 3px')).toBe('4 3');
		expect(dashArray('none')).toBeNull();
	});
	it('escapes XML', () => {
		expect(escapeXml(`<a & "b" 'c'>`)).toBe('&#60;a &#38; &#34;b&#34; &#39;c&#39;&#62;');
	});
	it('applies text-transform', () => {
		expect(transformText('The market', 'uppercase')).toBe('THE MARKET');
		expect(transformText('the market', 'capitalize')).toBe('The Market');
		expect(transformText('As is', 'none')).toBe('As is');
	});
});

describe('backgrounds painted as bands', () => {
	it('reads a one-colour linear-gradient', () => {
		expect(parseSolidGradient('linear-gradient(rgb(243, 130, 107), rgb(243, 130, 107))')).toEqual({
			color: '#f3826b',
			alpha: 1
		});
		expect(parseSolidGradient('linear-gradient(90deg, rgb(1, 2, 3) 0%, rgb(1, 2, 3) 100%)')).toEqual({
			color: '#010203',
			alpha: 1
		});
		expect(parseSolidGradient('linear-gradient(rgb(0, 0, 0), rgb(255, 255, 255))')).toBeNull();
	});
	it('places it by size and position', () => {
		expect(placeBackground(100, '100%', '50%')).toEqual({ at: 0, length: 100 });
		expect(placeBackground(12, '2px', '50%')).toEqual({ at: 5, length: 2 });
		expect(placeBackground(12, '2px', '3px')).toEqual({ at: 3, length: 2 });
	});
});
