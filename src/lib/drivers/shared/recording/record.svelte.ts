/**
 * Records a clip in the page: the stills' frame (StillFrame, the same layout as a still of this
 * size) is drawn off screen on a virtual clock, and for each video frame k the clock moves to
 * k / fps, every tween and transition shows its state at that time, and the frame is turned into
 * SVG by the stills' serializer, drawn on a canvas and handed to the encoder. Nothing depends on
 * how long a frame takes to draw, so two runs give the same frames. A frame that cannot have
 * changed (nothing moving on the clock) is not drawn again.
 *
 * Used by the exporter's page (/<slug>/clip/, a route of src/routes/[story]/, `npm run clips`) and the stage's download.
 */
import { flushSync, mount, unmount } from 'svelte';
import StillFrame from '../frame/StillFrame.svelte';
import { frameSize } from '../frame/frame-size.js';
import { stillSvg } from '../frame/svg/still-svg';
import { offscreenHost } from '../frame/offscreen';
import type { StillContent, StillTheme } from '../frame/types';
import { VirtualClock } from './virtual-clock';
import { AnimationSeeker } from './animations';
import { encoderProblem, openSink } from './encode';
import type { ClipFormat } from './formats.js';
import type { Timeline } from './plan.js';

export interface ClipRequest {
	/** What each step of the timeline shows (`timeline.changes[].index` points here). */
	steps: StillContent[];
	timeline: Timeline;
	/** The size the frame is laid out for (as a still of this size). */
	layout: { width: number; height: number };
	/** The video's pixels (a GIF may be smaller than its layout). */
	out: { width: number; height: number };
	theme: StillTheme;
	format: ClipFormat;
	/** Also return a hash of each frame's canvas (RGBA) as handed to the encoder (`CLIPS_HASHES=1`). */
	hashes?: boolean;
	onProgress?: (done: number, total: number) => void;
}

/** A browser that cannot encode the format asked for. */
export class EncoderMissing extends Error {}

/** How long a step may take to be drawn (a chart built, fonts in, words fitted). */
const STEP_TIMEOUT_MS = 20_000;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Where a recording's time went, in ms, and how many frames were drawn anew. */
export interface RecordStats {
	frames: number;
	drawn: number;
	settle: number;
	serialize: number;
	raster: number;
	encode: number;
}

export async function recordClip(r: ClipRequest): Promise<{ file: Uint8Array; stats: RecordStats; hashes?: string[] }> {
	const stats: RecordStats = { frames: r.timeline.frames, drawn: 0, settle: 0, serialize: 0, raster: 0, encode: 0 };
	const problem = await encoderProblem(r.format, r.out.width, r.out.height, r.timeline.fps);
	if (problem) throw new EncoderMissing(problem);
	const { timeline } = r;
	const frame = frameSize(r.layout.width, r.layout.height);
	const host = offscreenHost(frame.width, frame.height);

	const clock = new VirtualClock();
	const seeker = new AnimationSeeker(host);
	let shown = $state.raw(r.steps[timeline.changes[0].index]);
	const props = {
		get data() {
			return shown.data;
		},
		get step() {
			return shown.step;
		},
		get text() {
			return shown.text;
		},
		get credit() {
			return shown.credit;
		},
		get storyTitle() {
			return shown.storyTitle;
		},
		get asOf() {
			return shown.asOf;
		},
		get number() {
			return shown.number;
		},
		get total() {
			return shown.total;
		},
		get lang() {
			return shown.lang;
		},
		get words() {
			return shown.words;
		},
		width: frame.width,
		height: frame.height,
		theme: r.theme,
		clock
	};
	const still = mount(StillFrame, { target: host, props, intro: false });

	/** Waits, with the clock standing still, until the frame shows `id` in full. */
	const settle = async (id: string) => {
		const t0 = performance.now();
		const until = t0 + STEP_TIMEOUT_MS;
		for (;;) {
			await nextFrame();
			const state = seeker.sync(clock.now());
			const ready = host.querySelector(`[data-still-ready="${CSS.escape(id)}"]`);
			if (ready && !state.waiting) {
				stats.settle += performance.now() - t0;
				return;
			}
			if (performance.now() > until) throw new Error(`step "${id}" took too long to draw`);
		}
	};

	try {
		await settle(shown.step.id);
		const root = host.querySelector<HTMLElement>('[data-still]');
		if (!root) throw new Error('the frame is not on the page');
		const canvas = new OffscreenCanvas(r.out.width, r.out.height);
		const ctx = canvas.getContext('2d', { willReadFrequently: true });
		if (!ctx) throw new Error('no 2D canvas');
		const sink = await openSink(r.format, r.out, timeline.fps);
		let drawn = '';
		const hashes: string[] = [];
		let moved = true;
		let next = 1;
		for (let k = 0; k < timeline.frames; k++) {
			const t = (k * 1000) / timeline.fps;
			let dirty = moved || clock.pending > 0;
			const change = timeline.changes[next];
			if (change && change.frame === k) {
				next++;
				clock.advance(t);
				flushSync();
				seeker.sync(t);
				shown = r.steps[change.index];
				flushSync();
				await settle(shown.step.id);
				dirty = true;
			}
			clock.advance(t);
			flushSync();
			let state = seeker.sync(t);
			if (state.ended) {
				// Finish handlers (Svelte removing a faded-out chart) run at the browser's next frame.
				await nextFrame();
				flushSync();
				state = seeker.sync(t);
			}
			moved = state.moving || state.ended;
			let pixels: Uint8ClampedArray | null = null;
			if (dirty || moved) {
				const t0 = performance.now();
				const svg = await stillSvg(root, { width: r.out.width, height: r.out.height });
				const t1 = performance.now();
				stats.serialize += t1 - t0;
				if (svg !== drawn) {
					await draw(ctx, svg, r.out);
					drawn = svg;
					pixels = ctx.getImageData(0, 0, r.out.width, r.out.height).data;
					stats.drawn++;
					stats.raster += performance.now() - t1;
				}
			}
			if (r.hashes) hashes.push(pixels ? await pixelHash(pixels) : (hashes.at(-1) ?? ''));
			const t2 = performance.now();
			await sink.add(k, pixels);
			stats.encode += performance.now() - t2;
			r.onProgress?.(k + 1, timeline.frames);
		}
		const t3 = performance.now();
		const file = await sink.finish();
		stats.encode += performance.now() - t3;
		return { file, stats, ...(r.hashes ? { hashes } : {}) };
	} finally {
		void unmount(still);
		host.remove();
	}
}

/** The first 64 bits of the pixels' SHA-256, in hex. */
async function pixelHash(pixels: Uint8ClampedArray): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', pixels as Uint8ClampedArray<ArrayBuffer>));
	return Array.from(digest.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function draw(ctx: OffscreenCanvasRenderingContext2D, svg: string, size: { width: number; height: number }) {
	const img = new Image();
	img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await img.decode();
	ctx.clearRect(0, 0, size.width, size.height);
	ctx.drawImage(img, 0, 0, size.width, size.height);
}
