import { describe, expect, it } from 'vitest';
import { heightMessages, message, pymId, readView } from './protocol';

const view = { top: -120, height: 800, small: 760, event: 'scroll' } as const;

describe('readView', () => {
	it('reads a host view of the expected shape', () => {
		expect(readView(message({ type: 'view', ...view }))).toEqual(view);
	});
	it('ignores messages of another shape, key, version or event', () => {
		const good = message({ type: 'view', ...view });
		for (const bad of [
			null,
			'pymxPYMxidxPYMxheightxPYMx10',
			{ ...view, type: 'view' },
			{ ...good, storyEmbed: 2 },
			{ ...good, type: 'height' },
			{ ...good, top: '12' },
			{ ...good, top: Number.NaN },
			{ ...good, height: 0 },
			{ ...good, small: -5 },
			{ ...good, height: 1e12 },
			{ ...good, event: 'click' }
		])
			expect(readView(bad)).toBeNull();
	});
});

describe('heightMessages', () => {
	it('says the height to our loader and to AMP, rounded up', () => {
		expect(heightMessages(611.2, null)).toEqual([
			{ storyEmbed: 1, type: 'height', height: 612 },
			{ sentinel: 'amp', type: 'embed-size', height: 612 }
		]);
	});
	it('and to pym.js, in its own format, when the address names a pym.js child', () => {
		expect(heightMessages(611.2, 'example-graphic').at(-1)).toBe('pymxPYMxexample-graphicxPYMxheightxPYMx612');
	});
});

describe('pymId', () => {
	it('reads the child id pym.js puts in the address', () => {
		expect(pymId('?initialWidth=600&childId=example-graphic&parentTitle=x')).toBe('example-graphic');
	});
	it('refuses none or an id pym.js would not write', () => {
		expect(pymId('')).toBeNull();
		expect(pymId('?childId=')).toBeNull();
		expect(pymId('?childId=a%22b')).toBeNull();
	});
});
