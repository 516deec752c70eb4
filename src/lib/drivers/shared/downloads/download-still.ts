/**
 * The in-page "Download this step": the step's still (the same StillFrame the exporter
 * screenshots) is drawn off screen, turned into SVG by the stills' serializer with its fonts
 * inside as data: URLs, drawn onto a canvas and saved as PNG. Nothing leaves the page and nothing
 * breaks the Content-Security-Policy (an SVG image from a data: URL; no script, no other host).
 * Loaded on the first click only: none of this is in the reader's first view.
 */
import { mount, unmount } from 'svelte';
import StillFrame from '../frame/StillFrame.svelte';
import { frameSize } from '../frame/frame-size.js';
import { stillSvg } from '../frame/svg/still-svg';
import { offscreenHost, saveFile } from '../frame/offscreen';
import type { StillContent, StillTheme } from '../frame/types';

export interface StillSize {
	width: number;
	height: number;
}

/** How long a still may take to draw before the download gives up. */
const TIMEOUT_MS = 15_000;

/** Draws the still and returns it as a PNG blob of `size` pixels. */
export async function renderStillPng(content: StillContent, theme: StillTheme, size: StillSize): Promise<Blob> {
	const frame = frameSize(size.width, size.height);
	const host = offscreenHost(frame.width, frame.height);
	let ready!: (id: string) => void;
	const drawn = new Promise<string>((resolve, reject) => {
		ready = resolve;
		setTimeout(() => reject(new Error('the still took too long to draw')), TIMEOUT_MS);
	});
	const still = mount(StillFrame, {
		target: host,
		props: { ...content, width: frame.width, height: frame.height, theme, onready: (id: string) => ready(id) },
		intro: false
	});
	try {
		await drawn;
		const el = host.querySelector<HTMLElement>('[data-still-ready]');
		if (!el) throw new Error('the still is not on the page');
		const svg = await stillSvg(el, { width: size.width, height: size.height });
		return await rasterize(svg, size);
	} finally {
		void unmount(still);
		host.remove();
	}
}

async function rasterize(svg: string, size: StillSize): Promise<Blob> {
	const img = new Image();
	img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await img.decode();
	const canvas = document.createElement('canvas');
	canvas.width = size.width;
	canvas.height = size.height;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('no canvas');
	ctx.drawImage(img, 0, 0, size.width, size.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png')
	);
}

/** Draws the still and hands it to the browser as a download named like the exporter's files. */
export async function downloadStill(content: StillContent, theme: StillTheme, size: StillSize): Promise<void> {
	const blob = await renderStillPng(content, theme, size);
	saveFile(blob, `${String(content.number).padStart(2, '0')}-${content.step.id}.png`);
}
