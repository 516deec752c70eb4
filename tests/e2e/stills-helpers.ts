import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { SLUG } from './fixtures.ts';

const ROOT = process.cwd();

export interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs a script of ours (`scripts/<name>`) to its end. */
export function runScript(name: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[path.join(ROOT, 'scripts', name), ...args],
			{ cwd: ROOT, env: { ...process.env, ...env }, timeout: 120_000 },
			(err, stdout, stderr) =>
				resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr })
		);
	});
}

/**
 * `npm run stills` on the China story (`--story`), in English unless `args` name a `--lang`,
 * with these options, on the existing build (the suite builds first). Its stills go to
 * `<out>/<slug>/` (an edition's to `<out>/<slug>/<lang>/`): see `storyDir`.
 */
export function stills(args: string[], env: Record<string, string> = {}): Promise<Run> {
	return runScript('stills.mjs', ['--no-build', '--story', SLUG, ...englishUnlessAsked(args)], env);
}

/** `args`, with `--lang en` unless they name a language: the scripts' default is every edition too. */
export function englishUnlessAsked(args: string[]): string[] {
	return args.some((a) => a === '--lang' || a.startsWith('--lang=')) ? args : ['--lang', 'en', ...args];
}

/** The China story's folder in a stills run's `--out`: the run is given `path.dirname()` of it. */
export function storyDir(out: string): string {
	return path.join(out, SLUG);
}

export function files(dir: string): string[] {
	return readdirSync(dir).sort();
}

export function pngSize(file: string): { width: number; height: number } {
	const buf = readFileSync(file);
	return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

export interface Pixels {
	width: number;
	height: number;
	/** Share of pixels that differ from the top-left pixel (the paper). */
	inked: number;
	/** Number of distinct colours, counted on a grid of samples. */
	colours: number;
	/** RGBA samples on a 64x64 grid, to compare two images. */
	samples: number[];
}

/** Decodes a PNG in the browser (Node has no decoder here) and measures how much is drawn. */
export async function pixels(page: Page, file: string): Promise<Pixels> {
	const b64 = readFileSync(file).toString('base64');
	return page.evaluate(async (src) => {
		const img = new Image();
		img.src = src;
		await img.decode();
		const c = document.createElement('canvas');
		c.width = img.naturalWidth;
		c.height = img.naturalHeight;
		const ctx = c.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const d = ctx.getImageData(0, 0, c.width, c.height).data;
		let inked = 0;
		const colours = new Set<number>();
		for (let i = 0; i < d.length; i += 4) {
			if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) inked++;
		}
		const samples: number[] = [];
		for (let y = 0; y < 64; y++) {
			for (let x = 0; x < 64; x++) {
				const i = (Math.floor(((y + 0.5) * c.height) / 64) * c.width + Math.floor(((x + 0.5) * c.width) / 64)) * 4;
				samples.push(d[i], d[i + 1], d[i + 2]);
				colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
			}
		}
		return { width: c.width, height: c.height, inked: inked / (d.length / 4), colours: colours.size, samples };
	}, `data:image/png;base64,${b64}`);
}

/** Share of grid samples that differ between two images. */
export function sampleDifference(a: Pixels, b: Pixels): number {
	let diff = 0;
	for (let i = 0; i < a.samples.length; i += 3) {
		if (a.samples[i] !== b.samples[i] || a.samples[i + 1] !== b.samples[i + 1] || a.samples[i + 2] !== b.samples[i + 2])
			diff++;
	}
	return diff / (a.samples.length / 3);
}

/** The content of every `<meta property|name=… content=…>` in some HTML, by key. */
export function metaTags(html: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of html.matchAll(/<meta\s+([^>]*)>/g)) {
		const attrs = Object.fromEntries([...m[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
		const key = attrs.property ?? attrs.name ?? attrs['http-equiv'];
		if (key && attrs.content !== undefined)
			out[key] = attrs.content
				.replace(/&amp;/g, '&')
				.replace(/&#39;/g, "'")
				.replace(/&quot;/g, '"');
	}
	return out;
}
