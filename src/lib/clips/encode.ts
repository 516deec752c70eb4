/**
 * Writing a clip's frames: MP4 (H.264) and WebM (VP9) through the browser's WebCodecs encoder and
 * mediabunny's muxer (MP4 with its index first, "fast start", so it plays while it downloads);
 * GIF through gifenc. The frames come from one canvas, drawn by the recorder.
 */
import { BufferTarget, CanvasSource, Mp4OutputFormat, Output, QUALITY_HIGH, WebMOutputFormat, canEncodeVideo } from 'mediabunny';
import { GIFEncoder, applyPalette, quantize } from 'gifenc';
import type { ClipFormat } from './formats.js';

export interface FrameSink {
	/** Frame `index` is what the canvas shows now; `same` when it shows what the previous frame did. */
	add(index: number, same: boolean): Promise<void>;
	/** The finished file. */
	finish(): Promise<Uint8Array>;
}

const CODEC = { mp4: 'avc', webm: 'vp9' } as const;

/** Whether this browser can encode `format` at this size: null if it can, else why not. */
export async function encoderProblem(format: ClipFormat, width: number, height: number): Promise<string | null> {
	if (format === 'gif') return null;
	const name = format === 'mp4' ? 'H.264 (MP4)' : 'VP9 (WebM)';
	if (typeof VideoEncoder === 'undefined') return `this browser has no video encoder (WebCodecs), so it cannot write ${name}`;
	return (await canEncodeVideo(CODEC[format], { width, height, bitrate: QUALITY_HIGH })) ? null : `this browser cannot encode ${name} at ${width}x${height}`;
}

/** The sink for `format`, writing the frames of `canvas` at `fps`. */
export async function openSink(format: ClipFormat, canvas: OffscreenCanvas, fps: number): Promise<FrameSink> {
	return format === 'gif' ? gifSink(canvas, fps) : videoSink(format, canvas, fps);
}

async function videoSink(format: 'mp4' | 'webm', canvas: OffscreenCanvas, fps: number): Promise<FrameSink> {
	const target = new BufferTarget();
	const output = new Output({
		format: format === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
		target
	});
	const source = new CanvasSource(canvas, { codec: CODEC[format], bitrate: QUALITY_HIGH, keyFrameInterval: 2 });
	output.addVideoTrack(source, { frameRate: fps });
	await output.start();
	return {
		// Every frame is encoded, a repeated one too: the video has exactly one frame per 1/fps.
		add: (index) => source.add(index / fps, 1 / fps),
		async finish() {
			source.close();
			await output.finalize();
			if (!target.buffer) throw new Error('the muxer wrote nothing');
			return new Uint8Array(target.buffer);
		}
	};
}

/**
 * GIF delays are whole hundredths of a second: frame k starts at round(k * 100 / fps), so 30 fps
 * is 3, 3, 4 hundredths and the total is exact. A frame the same as the one before lengthens it
 * instead of being written again.
 */
function gifSink(canvas: OffscreenCanvas, fps: number): FrameSink {
	const ctx = canvas.getContext('2d', { willReadFrequently: true });
	if (!ctx) throw new Error('no 2D canvas');
	const gif = GIFEncoder();
	const start = (k: number) => Math.round((k * 100) / fps);
	let pending: { from: number; index: Uint8Array; palette: number[][] } | null = null;
	let first = true;
	const flush = (until: number) => {
		if (!pending) return;
		gif.writeFrame(pending.index, canvas.width, canvas.height, {
			palette: pending.palette,
			delay: (start(until) - start(pending.from)) * 10,
			...(first ? { repeat: 0 } : {})
		});
		first = false;
		pending = null;
	};
	let frames = 0;
	return {
		async add(index, same) {
			frames = index + 1;
			if (same && pending) return;
			flush(index);
			const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
			const palette = quantize(data, 256, { format: 'rgb565' });
			pending = { from: index, index: applyPalette(data, palette, 'rgb565'), palette };
		},
		async finish() {
			flush(frames);
			gif.finish();
			return gif.bytes();
		}
	};
}
