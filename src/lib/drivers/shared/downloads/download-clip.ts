/**
 * The stage's clip download: the step's move recorded in the page, exactly as `npm run clips`
 * records it (the same recorder, timeline and encoder), and saved as `NN-<step-id>.mp4` (or WebM
 * where the browser encodes VP9 but not H.264). Loaded on the first click only.
 */
import { saveFile } from '../frame/offscreen';
import type { StillContent, StillTheme } from '../frame/types';
import { DEFAULT_HOLD_S, stepTimeline } from '../recording/plan.js';
import { recordClip } from '../recording/record.svelte';
import type { ClipFormat } from '../recording/formats.js';

/** Frames per second of the stage's clips. */
const FPS = 30;

export async function downloadClip(
	from: StillContent | null,
	to: StillContent,
	theme: StillTheme,
	size: { width: number; height: number },
	format: Exclude<ClipFormat, 'gif'>
): Promise<void> {
	const { file } = await recordClip({
		steps: from ? [from, to] : [to],
		timeline: stepTimeline(from !== null, DEFAULT_HOLD_S, FPS),
		layout: size,
		out: size,
		theme,
		format
	});
	saveFile(
		new Blob([file as BlobPart], { type: `video/${format}` }),
		`${String(to.number).padStart(2, '0')}-${to.step.id}.${format}`
	);
}

/**
 * Which video this browser can write at `size`: MP4 (H.264) if it can, else WebM (VP9), else
 * none (no WebCodecs, or neither encoder), when the download is not offered.
 */
export async function clipFormatHere(size: { width: number; height: number }): Promise<'mp4' | 'webm' | null> {
	if (typeof VideoEncoder === 'undefined') return null;
	for (const [format, codec] of [
		['mp4', 'avc1.640028'],
		['webm', 'vp09.00.40.08']
	] as const) {
		try {
			if ((await VideoEncoder.isConfigSupported({ codec, width: size.width, height: size.height })).supported)
				return format;
		} catch {
			// next
		}
	}
	return null;
}
