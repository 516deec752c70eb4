/**
 * RGBA pixels to 8-bit I420 (yuv420p) in BT.709 studio range, the form every player and social
 * platform reads the same way. The browser's encoder, given a canvas, writes full-range video
 * ("yuvj420p"), which some players show washed out or crushed; handing it these planes instead
 * makes the MP4 plain yuv420p, tagged BT.709.
 */

/** The colour space of the planes `toI420` writes, for the encoder and the file's tags. */
export const I420_COLOR_SPACE = { primaries: 'bt709', transfer: 'bt709', matrix: 'bt709', fullRange: false } as const;

/** Bytes of an I420 picture of this size (even sides). */
export function i420Bytes(width: number, height: number): number {
	return width * height + 2 * (width / 2) * (height / 2);
}

/**
 * Writes `rgba` (width x height, even sides) into `out` as I420: the Y plane, then U, then V, each
 * chroma sample from the average of its 2x2 pixels. Fixed-point BT.709 (16-bit coefficients).
 */
export function toI420(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number, out: Uint8Array): void {
	const cw = width >> 1;
	const uOff = width * height;
	const vOff = uOff + cw * (height >> 1);
	// Y = 16 + 219/255 (0.2126 R + 0.7152 G + 0.0722 B), in 1/65536.
	const YR = 11966,
		YG = 40254,
		YB = 4064;
	// Cb, Cr = 128 + 224/255 (...), in 1/65536 (each row sums to 0).
	const UR = -6596,
		UG = -22188,
		UB = 28784;
	const VR = 28784,
		VG = -26145,
		VB = -2639;
	for (let y = 0; y < height; y++) {
		let p = y * width * 4;
		let o = y * width;
		for (let x = 0; x < width; x++, p += 4) {
			out[o++] = (YR * rgba[p] + YG * rgba[p + 1] + YB * rgba[p + 2] + 1_081_344) >> 16;
		}
	}
	for (let cy = 0; cy < height >> 1; cy++) {
		const row = cy * 2 * width * 4;
		let o = cy * cw;
		for (let cx = 0; cx < cw; cx++, o++) {
			const a = row + cx * 8;
			const b = a + width * 4;
			const r = rgba[a] + rgba[a + 4] + rgba[b] + rgba[b + 4];
			const g = rgba[a + 1] + rgba[a + 5] + rgba[b + 1] + rgba[b + 5];
			const bl = rgba[a + 2] + rgba[a + 6] + rgba[b + 2] + rgba[b + 6];
			// The sums are four pixels: divide by 4 along with 65536, and round.
			out[uOff + o] = (UR * r + UG * g + UB * bl + 33_554_432 + 131_072) >> 18;
			out[vOff + o] = (VR * r + VG * g + VB * bl + 33_554_432 + 131_072) >> 18;
		}
	}
}
