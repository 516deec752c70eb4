// The parts of gifenc (no types of its own) the clips' GIF writer uses.
declare module 'gifenc' {
	export type Palette = number[][];
	export interface FrameOptions {
		palette?: Palette;
		/** Milliseconds; written as hundredths of a second. */
		delay?: number;
		/** 0: loop forever. */
		repeat?: number;
	}
	export interface Encoder {
		writeFrame(index: Uint8Array, width: number, height: number, opts?: FrameOptions): void;
		finish(): void;
		bytes(): Uint8Array;
	}
	export function GIFEncoder(opts?: { initialCapacity?: number }): Encoder;
	export function quantize(
		rgba: Uint8Array | Uint8ClampedArray,
		maxColors: number,
		opts?: { format?: 'rgb565' | 'rgb444' | 'rgba4444' }
	): Palette;
	export function applyPalette(
		rgba: Uint8Array | Uint8ClampedArray,
		palette: Palette,
		format?: 'rgb565' | 'rgb444' | 'rgba4444'
	): Uint8Array;
}
