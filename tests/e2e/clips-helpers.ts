/**
 * Reading the clips the exporter writes, with Debian's ffmpeg and ffprobe (CI installs them).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { englishUnlessAsked, runScript, type Run } from './stills-helpers';
import { SLUG } from './fixtures.ts';

/**
 * `npm run clips` on the China story (`--story`), in English unless `args` name a `--lang`, with
 * these options, on the existing build (the suite builds first). Its clips go to `<out>/<slug>/`:
 * see `storyDir`.
 */
export function clips(args: string[], env: Record<string, string> = {}): Promise<Run> {
	return runScript('clips.mjs', ['--no-build', '--story', SLUG, ...englishUnlessAsked(args)], env);
}

export interface VideoFacts {
	codec: string;
	pixFmt: string;
	width: number;
	height: number;
	/** Frames decoded, counted one by one. */
	frames: number;
	/** The container's duration, in seconds. */
	duration: number;
	colorRange?: string;
}

/** What ffprobe reads of a clip's video stream, its frames counted by decoding them. */
export function probe(file: string): VideoFacts {
	const out = execFileSync(
		'ffprobe',
		[
			'-v',
			'error',
			'-count_frames',
			'-select_streams',
			'v:0',
			'-show_entries',
			'stream=codec_name,pix_fmt,width,height,nb_read_frames,color_range:format=duration',
			'-of',
			'json',
			file
		],
		{ encoding: 'utf8' }
	);
	const j = JSON.parse(out);
	const s = j.streams[0];
	return {
		codec: s.codec_name,
		pixFmt: s.pix_fmt,
		width: s.width,
		height: s.height,
		frames: Number(s.nb_read_frames),
		duration: Number(j.format.duration),
		colorRange: s.color_range
	};
}

/** The MP4's top-level boxes in file order (ftyp, moov, mdat...). */
export function topBoxes(file: string): string[] {
	const buf = readFileSync(file);
	const boxes: string[] = [];
	for (let at = 0; at + 8 <= buf.length;) {
		let size = buf.readUInt32BE(at);
		const type = buf.toString('latin1', at + 4, at + 8);
		if (size === 1) size = Number(buf.readBigUInt64BE(at + 8));
		if (size < 8) break;
		boxes.push(type);
		at += size;
	}
	return boxes;
}

/** One frame of a clip (0-based; -1 is the last) as a PNG file. */
export function frameAt(file: string, n: number, png: string, frames?: number): string {
	const index = n < 0 ? (frames ?? probe(file).frames) + n : n;
	execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', file, '-vf', `select=eq(n\\,${index})`, '-frames:v', '1', png]);
	return png;
}

/**
 * PSNR (dB) between two pictures of the same size, measured by ffmpeg on their RGB values at a
 * quarter of the size (each side, area average): see clips.spec.ts for why.
 */
export function psnr(a: string, b: string): number {
	const r = spawnSync(
		'ffmpeg',
		[
			'-v',
			'info',
			'-nostats',
			'-i',
			a,
			'-i',
			b,
			'-lavfi',
			'[0:v]scale=iw/4:ih/4:flags=area,format=gbrp[x];[1:v]scale=iw/4:ih/4:flags=area,format=gbrp[y];[x][y]psnr',
			'-f',
			'null',
			'-'
		],
		{
			encoding: 'utf8'
		}
	);
	const m = /PSNR .*average:(inf|[\d.]+)/.exec(r.stderr);
	if (!m) throw new Error(`ffmpeg measured no PSNR:\n${r.stderr.slice(-800)}`);
	return m[1] === 'inf' ? Infinity : Number(m[1]);
}

/** Every decoded frame's MD5, in order. */
export function frameHashes(file: string): string[] {
	const out = execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-f', 'framemd5', '-'], { encoding: 'utf8' });
	return out
		.split('\n')
		.filter((l) => l && !l.startsWith('#'))
		.map((l) => l.split(',').pop()!.trim());
}

/**
 * Each frame's PSNR (dB) between two clips of the same size and length, measured by ffmpeg on the
 * decoded yuv420p planes at full size (its average over Y, U and V); Infinity where they are equal.
 */
export function framePsnrs(a: string, b: string): number[] {
	const out = execFileSync(
		'ffmpeg',
		['-v', 'error', '-i', a, '-i', b, '-lavfi', 'psnr=stats_file=-', '-f', 'null', '-'],
		{ encoding: 'utf8' }
	);
	return out
		.split('\n')
		.filter(Boolean)
		.map((l) => {
			const m = /psnr_avg:(inf|[\d.]+)/.exec(l);
			if (!m) throw new Error(`ffmpeg measured no PSNR: ${l}`);
			return m[1] === 'inf' ? Infinity : Number(m[1]);
		});
}

/** The canvas hashes a run with CLIPS_HASHES=1 printed, by clip file name: one per frame, in order. */
export function canvasHashes(stdout: string): Record<string, string[]> {
	const hashes: Record<string, string[]> = {};
	let clip = '';
	for (const line of stdout.split('\n')) {
		const named = /^(\S+\.(?:mp4|webm|gif)) {2}/.exec(line);
		if (named) clip = named[1];
		const listed = /^ {2}canvas hashes: (.*)$/.exec(line);
		if (listed) hashes[clip] = listed[1].split(' ');
	}
	return hashes;
}

/** The RGB of one pixel of a picture. */
export function pixelAt(file: string, x: number, y: number): number[] {
	const out = execFileSync('ffmpeg', [
		'-v',
		'error',
		'-i',
		file,
		'-vf',
		`crop=1:1:${x}:${y}`,
		'-f',
		'rawvideo',
		'-pix_fmt',
		'rgb24',
		'-'
	]);
	return [...out];
}
