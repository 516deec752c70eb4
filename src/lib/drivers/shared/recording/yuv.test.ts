import { describe, expect, it } from 'vitest';
import { i420Bytes, toI420 } from './yuv';

/** A 2x2 picture of one colour, as I420 [Y, U, V]. */
function solid(r: number, g: number, b: number): number[] {
	const rgba = new Uint8Array(16);
	for (let i = 0; i < 4; i++) rgba.set([r, g, b, 255], i * 4);
	const out = new Uint8Array(i420Bytes(2, 2));
	toI420(rgba, 2, 2, out);
	expect([...out.slice(0, 4)].every((y) => y === out[0])).toBe(true);
	return [out[0], out[4], out[5]];
}

describe('toI420 (BT.709, studio range)', () => {
	it('maps black and white to 16 and 235, grey chroma to 128', () => {
		expect(solid(0, 0, 0)).toEqual([16, 128, 128]);
		expect(solid(255, 255, 255)).toEqual([235, 128, 128]);
		expect(solid(128, 128, 128)).toEqual([126, 128, 128]);
	});

	it('gives the BT.709 values of the primaries (to the nearest step)', () => {
		// Rec. ITU-R BT.709 with 8-bit studio range: red 63/102/240, green 173/42/26, blue 32/240/118.
		expect(solid(255, 0, 0)).toEqual([63, 102, 240]);
		expect(solid(0, 255, 0)).toEqual([173, 42, 26]);
		expect(solid(0, 0, 255)).toEqual([32, 240, 118]);
	});

	it('averages each 2x2 block for its chroma and keeps every luma sample', () => {
		const rgba = new Uint8Array([255, 0, 0, 255, 0, 0, 255, 255, 255, 0, 0, 255, 0, 0, 255, 255]);
		const out = new Uint8Array(i420Bytes(2, 2));
		toI420(rgba, 2, 2, out);
		expect([...out.slice(0, 4)]).toEqual([63, 32, 63, 32]);
		// Half red, half blue: the mean of their chroma.
		expect(out[4]).toBe(171);
		expect(out[5]).toBe(179);
	});
});
