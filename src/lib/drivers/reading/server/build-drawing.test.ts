import { describe, expect, it } from 'vitest';
import { DRAWING_HOST, injectDrawing } from './build-drawing';

describe('injectDrawing', () => {
	const page = `<div class="layer"><div class="host s-x" ${DRAWING_HOST}=""></div></div><p>after</p>`;

	it('fills the empty host with the drawing', () => {
		expect(injectDrawing(page, '<!--[--><svg></svg><!--]-->')).toBe(
			`<div class="layer"><div class="host s-x" ${DRAWING_HOST}=""><!--[--><svg></svg><!--]--></div></div><p>after</p>`
		);
	});

	it('leaves a page without a host, or without a drawing, as it is', () => {
		expect(injectDrawing('<p>no host</p>', '<svg></svg>')).toBe('<p>no host</p>');
		expect(injectDrawing(page, undefined)).toBe(page);
	});

	it('keeps `$` sequences of the drawing literally', () => {
		expect(injectDrawing(page, '<text>$1 and $&</text>')).toContain('<text>$1 and $&</text>');
	});
});
