/**
 * Writing a clip's frames: MP4 (H.264) and WebM (VP9) through the browser's WebCodecs encoder and
 * mediabunny's muxer (MP4 with its index first, "fast start", so it plays while it downloads);
 * GIF through gifenc. Video frames are handed to the encoder as yuv420p planes in BT.709 studio
 * range (yuv.ts), the form every player reads alike.
 */
import {
	BufferTarget,
	Mp4OutputFormat,
	Output,
	QUALITY_HIGH,
	Quality,
	VideoSample,
	VideoSampleSource,
	WebMOutputFormat,
	canEncodeVideo
} from 'mediabunny';
import { GIFEncoder, applyPalette, quantize } from 'gifenc';
import type { ClipFormat } from './formats.js';
import { I420_COLOR_SPACE, i420Bytes, toI420 } from './yuv';

export interface FrameSink {
	/** Frame `index`: its RGBA pixels, or null when it shows what the previous frame did. */
	add(index: number, pixels: Uint8ClampedArray | null): Promise<void>;
	/** The finished file. */
	finish(): Promise<Uint8Array>;
}

const CODEC = { mp4: 'avc', webm: 'vp9' } as const;

/**
 * The encoder's rate. VP9: mediabunny's "high". H.264: its "high" quantizer (22) where the encoder
 * takes one, else 0.3 bits per pixel and frame (8.3 Mbit/s at 1280x720, 30 fps). Chromium's software
 * H.264 (OpenH264) refuses the quantizer mode, and from 640x480 up it cuts each frame into slices
 * encoded on 2 to 8 threads (as many as the machine has cores), which come out slightly different
 * from run to run. At this rate two runs' frames stay above 50 dB PSNR of each other; at "high"'s
 * bitrate (2.8 Mbit/s at 1280x720) a frame of the move fell to 45 dB.
 */
function rate(format: 'mp4' | 'webm', width: number, height: number, fps: number): Quality {
	return format === 'mp4'
		? new Quality({ quantizer: 22, bitrate: Math.round(0.3 * width * height * fps) })
		: QUALITY_HIGH;
}

/** Whether this browser can encode `format` at this size: null if it can, else why not. */
export async function encoderProblem(
	format: ClipFormat,
	width: number,
	height: number,
	fps = 30
): Promise<string | null> {
	if (format === 'gif') return null;
	const name = format === 'mp4' ? 'H.264 (MP4)' : 'VP9 (WebM)';
	if (typeof VideoEncoder === 'undefined')
		return `this browser has no video encoder (WebCodecs), so it cannot write ${name}`;
	return (await canEncodeVideo(CODEC[format], { width, height, bitrate: rate(format, width, height, fps) }))
		? null
		: `this browser cannot encode ${name} at ${width}x${height}`;
}

/** The sink for `format`, for frames of this size at `fps`. */
export async function openSink(
	format: ClipFormat,
	size: { width: number; height: number },
	fps: number
): Promise<FrameSink> {
	return format === 'gif' ? gifSink(size, fps) : videoSink(format, size, fps);
}

async function videoSink(
	format: 'mp4' | 'webm',
	size: { width: number; height: number },
	fps: number
): Promise<FrameSink> {
	const target = new BufferTarget();
	const output = new Output({
		format: format === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
		target
	});
	const source = new VideoSampleSource({
		codec: CODEC[format],
		bitrate: rate(format, size.width, size.height, fps),
		keyFrameInterval: 2
	});
	output.addVideoTrack(source, { frameRate: fps });
	await output.start();
	const planes = new Uint8Array(i420Bytes(size.width, size.height));
	// The picture being shown, as one frame in the encoder's own memory: a repeated frame shares
	// it (a new timestamp on the same pixels) rather than copying the planes again.
	let picture: VideoFrame | null = null;
	// Frames handed over and not yet taken by the encoder: drawing the next frames goes on while
	// the encoder works (on its own thread), up to this many ahead.
	const AHEAD = 6;
	const inFlight: Promise<void>[] = [];
	return {
		// Every frame is encoded, a repeated one too: the video has exactly one frame per 1/fps.
		async add(index, pixels) {
			if (pixels || !picture) {
				if (pixels) toI420(pixels, size.width, size.height, planes);
				picture?.close();
				picture = new VideoFrame(planes, {
					format: 'I420',
					codedWidth: size.width,
					codedHeight: size.height,
					timestamp: 0,
					colorSpace: I420_COLOR_SPACE
				});
			}
			const sample = new VideoSample(new VideoFrame(picture, { timestamp: Math.round((index * 1e6) / fps) }), {
				timestamp: index / fps,
				duration: 1 / fps
			});
			inFlight.push(source.add(sample).finally(() => sample.close()));
			if (inFlight.length >= AHEAD) await inFlight.shift();
		},
		async finish() {
			await Promise.all(inFlight);
			picture?.close();
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
function gifSink(size: { width: number; height: number }, fps: number): FrameSink {
	const gif = GIFEncoder();
	const start = (k: number) => Math.round((k * 100) / fps);
	let pending: { from: number; index: Uint8Array; palette: number[][] } | null = null;
	let first = true;
	const flush = (until: number) => {
		if (!pending) return;
		gif.writeFrame(pending.index, size.width, size.height, {
			palette: pending.palette,
			delay: (start(until) - start(pending.from)) * 10,
			...(first ? { repeat: 0 } : {})
		});
		first = false;
		pending = null;
	};
	let frames = 0;
	return {
		async add(index, pixels) {
			frames = index + 1;
			if (!pixels) return;
			flush(index);
			const palette = quantize(pixels, 256, { format: 'rgb565' });
			pending = { from: index, index: applyPalette(pixels, palette, 'rgb565'), palette };
		},
		async finish() {
			flush(frames);
			gif.finish();
			return gif.bytes();
		}
	};
}
