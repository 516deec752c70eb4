/**
 * The clips exporter (`npm run clips`) and the stage's clip download. Clips are short and small
 * here (640x360, holds of half a second, a few steps) to keep the suite quick; the sizes the
 * README names are the same code at more pixels, except for the H.264 encoder's threads (one below
 * 640x480, more above), so two runs are compared at 1280x720 and 1920x1080 too. Videos are read
 * with Debian's ffmpeg/ffprobe.
 *
 * First and last frames are compared with the stills (PNG screenshots) by PSNR at a quarter of
 * the size: the clip's frames are the same layout drawn through the stills' SVG serializer and
 * then H.264 in yuv420p, so glyph edges differ pixel by pixel (about 26 dB at full size, from text
 * antialiasing alone); averaged over 4x4 blocks that noise goes and a change of the chart does not
 * (matching frames measure 36-38 dB, the neighbouring step's still 13-16 dB, a frame a quarter of
 * a second into the move 16 dB). The bound is 30 dB, and a mismatch must stay under 22 dB.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, steps, story, BASE, SLUG } from './fixtures';
import { files, stills, storyDir } from './stills-helpers';
import { canvasHashes, clips, frameAt, frameHashes, framePsnrs, pixelAt, probe, psnr, topBoxes } from './clips-helpers';
import { chartText } from '../../src/lib/kinds/registry';
import { plainText } from '../../src/lib/model/text';
import { fileSize } from '../../scripts/clips/lib.mjs';

const number = (id: string) => String(steps.findIndex((s) => s.id === id) + 1).padStart(2, '0');
const nameOf = (id: string, ext = 'mp4') => `${number(id)}-${id}.${ext}`;
const SMALL = ['--size', '640x360', '--hold', '0.5'];
/** Lead 0.5 s + move 1 s + hold 0.5 s at 30 fps; the first step holds only. */
const FRAMES = 15 + 30 + 15;

test.describe.configure({ mode: 'parallel' });

test('MP4 clips: H.264 yuv420p, index first, exact frames; first and last frames are the stills; two runs give the same canvases and frames', async ({}, info) => {
	test.setTimeout(120_000);
	const a = storyDir(info.outputPath('a'));
	const b = storyDir(info.outputPath('b'));
	const still = storyDir(info.outputPath('stills'));
	const runs = await Promise.all([
		clips([...SMALL, '--steps', 'intro,top-ten', '--out', path.dirname(a)], { CLIPS_HASHES: '1' }),
		clips([...SMALL, '--steps', 'intro,top-ten', '--out', path.dirname(b)], { CLIPS_HASHES: '1' }),
		stills(['--size', '640x360', '--steps', 'intro,top-five,top-ten', '--out', path.dirname(still)])
	]);
	for (const r of runs) expect(r.code, r.stderr).toBe(0);
	expect(runs[0].stdout).toMatch(/03-top-ten\.mp4 {2}2\.00 s of video, 60 frames/);

	expect(files(a)).toEqual([nameOf('intro'), nameOf('top-ten')]);
	const clip = path.join(a, nameOf('top-ten'));
	expect(probe(clip)).toEqual({
		codec: 'h264',
		pixFmt: 'yuv420p',
		width: 640,
		height: 360,
		frames: FRAMES,
		duration: 2,
		colorRange: 'tv'
	});
	expect(probe(path.join(a, nameOf('intro')))).toMatchObject({ frames: 15, duration: 0.5 });
	const boxes = topBoxes(clip);
	expect(boxes.indexOf('moov'), boxes.join(' ')).toBeGreaterThan(-1);
	expect(boxes.indexOf('moov'), `moov after mdat: ${boxes.join(' ')}`).toBeLessThan(boxes.indexOf('mdat'));

	const png = (id: string) => path.join(still, `${number(id)}-${id}.png`);
	const first = frameAt(clip, 0, info.outputPath('first.png'));
	const moving = frameAt(clip, 15 + 8, info.outputPath('moving.png'));
	const last = frameAt(clip, -1, info.outputPath('last.png'), FRAMES);
	expect(psnr(first, png('top-five')), 'first frame = the previous step').toBeGreaterThan(30);
	expect(psnr(last, png('top-ten')), 'last frame = this step').toBeGreaterThan(30);
	expect(psnr(first, png('top-ten')), 'the comparison tells steps apart').toBeLessThan(22);
	expect(psnr(moving, png('top-ten')), 'a frame in the move is neither').toBeLessThan(22);
	expect(psnr(moving, png('top-five'))).toBeLessThan(22);
	expect(psnr(frameAt(path.join(a, nameOf('intro')), 0, info.outputPath('intro.png')), png('intro'))).toBeGreaterThan(
		30
	);

	const canvases = canvasHashes(runs[0].stdout);
	expect(canvases[nameOf('top-ten')]).toHaveLength(FRAMES);
	expect(canvasHashes(runs[1].stdout), 'two runs: the canvases handed to the encoder').toEqual(canvases);
	for (const f of files(a))
		expect(frameHashes(path.join(b, f)), `${f}: two runs`).toEqual(frameHashes(path.join(a, f)));
	expect(readdirSync(path.dirname(a)).filter((n) => n.includes('partial'))).toEqual([]);
});

// Above 640x480 Chromium's H.264 encoder (OpenH264) splits each frame into slices encoded on
// several threads, and they come out a little different from run to run (it refuses the quantizer
// mode): what is drawn is the same, what is decoded is near it. Runs differed by 52-68 dB at the
// worst frame; at the old bitrate a frame of the move fell to 45 dB.
for (const size of ['1280x720', '1920x1080']) {
	test(`two runs at ${size}: the same canvases, and every decoded frame at least 50 dB PSNR from the other run's`, async ({}, info) => {
		test.setTimeout(120_000);
		const dirs = [storyDir(info.outputPath('a')), storyDir(info.outputPath('b'))];
		const runs = await Promise.all(
			dirs.map((d) =>
				clips(['--size', size, '--hold', '0.5', '--steps', 'top-ten', '--out', path.dirname(d)], { CLIPS_HASHES: '1' })
			)
		);
		for (const r of runs) expect(r.code, r.stderr).toBe(0);
		const [drawnA, drawnB] = runs.map((r) => canvasHashes(r.stdout)[nameOf('top-ten')]);
		expect(drawnA).toHaveLength(FRAMES);
		expect(new Set(drawnA).size, 'the move draws new canvases').toBeGreaterThan(10);
		expect(drawnB, 'two runs: the canvases handed to the encoder').toEqual(drawnA);
		const [a, b] = dirs.map((d) => path.join(d, nameOf('top-ten')));
		const [width, height] = size.split('x').map(Number);
		expect(probe(a)).toMatchObject({ codec: 'h264', width, height, frames: FRAMES });
		const db = framePsnrs(a, b);
		expect(db).toHaveLength(FRAMES);
		const worst = Math.min(...db);
		info.annotations.push({ type: 'PSNR', description: `${size}: the worst frame ${worst.toFixed(2)} dB` });
		expect(worst, `each frame's PSNR, dB: ${db.map((d) => d.toFixed(1)).join(' ')}`).toBeGreaterThanOrEqual(50);
	});
}

test('WebM (VP9) at 60 fps in a portrait dark frame; a GIF at most 800 px wide, its size reported', async ({}, info) => {
	test.setTimeout(120_000);
	const webm = storyDir(info.outputPath('webm'));
	const gif = storyDir(info.outputPath('gif'));
	const [w, g] = await Promise.all([
		clips([
			'--format',
			'webm',
			'--fps',
			'60',
			'--theme',
			'dark',
			'--size',
			'360x640',
			'--hold',
			'0.5',
			'--steps',
			'providers',
			'--out',
			path.dirname(webm)
		]),
		clips([
			'--format',
			'gif',
			'--size',
			'1280x720',
			'--hold',
			'0.5',
			'--steps',
			'providers',
			'--out',
			path.dirname(gif)
		])
	]);
	expect(w.code, w.stderr).toBe(0);
	expect(g.code, g.stderr).toBe(0);
	const v = path.join(webm, nameOf('providers', 'webm'));
	expect(probe(v)).toMatchObject({ codec: 'vp9', pixFmt: 'yuv420p', width: 360, height: 640, frames: 2 * FRAMES });
	expect(probe(v).duration).toBeCloseTo(2, 2);
	// The dark theme's paper (#12151c), top left of the last frame, within the video's rounding.
	const paper = pixelAt(frameAt(v, -1, info.outputPath('dark.png'), 2 * FRAMES), 4, 4);
	[0x12, 0x15, 0x1c].forEach((c, i) => expect(Math.abs(paper[i] - c), `paper ${paper}`).toBeLessThanOrEqual(3));

	const file = path.join(gif, nameOf('providers', 'gif'));
	const facts = probe(file);
	expect(facts).toMatchObject({ codec: 'gif', width: 800, height: 450 });
	// Delays in hundredths add up to the clip's two seconds exactly.
	expect(facts.duration).toBe(2);
	expect(g.stdout).toContain(
		`${nameOf('providers', 'gif')}  2.00 s of video, 60 frames, ${fileSize(statSync(file).size)}`
	);
});

test('--whole: one video of the steps, with WebVTT captions of their words and a chapter per step', async ({}, info) => {
	test.setTimeout(120_000);
	const out = storyDir(info.outputPath('whole'));
	const ids = ['intro', 'top-five', 'providers'];
	const run = await clips(['--whole', ...SMALL, '--steps', ids.join(','), '--out', path.dirname(out)]);
	expect(run.code, run.stderr).toBe(0);
	expect(files(out)).toEqual(['talk.captions.vtt', 'talk.chapters.vtt', 'talk.mp4']);
	expect(probe(path.join(out, 'talk.mp4'))).toMatchObject({ codec: 'h264', frames: 45, duration: 1.5 });

	const cues = (file: string) =>
		readFileSync(path.join(out, file), 'utf8')
			.split('\n\n')
			.slice(1)
			.filter(Boolean)
			.map((block) => {
				const [, times, ...text] = block.trim().split('\n');
				const [start, end] = times.split(' --> ').map((t) => {
					const [h, m, s] = t.split(':');
					return Number(h) * 3600 + Number(m) * 60 + Number(s);
				});
				return { start, end, text: text.join(' ') };
			});
	expect(readFileSync(path.join(out, 'talk.chapters.vtt'), 'utf8')).toMatch(
		/^WEBVTT\n\n1\n00:00:00\.000 --> 00:00:00\.500\n/
	);
	const chapters = cues('talk.chapters.vtt');
	const picked = ids.map((id) => steps.find((s) => s.id === id)!);
	expect(chapters).toEqual(
		picked.map((s, i) => ({
			start: i * 0.5,
			end: (i + 1) * 0.5,
			text: `${number(s.id).replace(/^0/, '')}. ${s.kicker ? `${s.kicker}: ` : ''}${chartText(story.data, s).title}`
		}))
	);
	const captions = cues('talk.captions.vtt');
	picked.forEach((s, i) => {
		const mine = captions.filter((c) => c.start >= i * 0.5 && c.end <= (i + 1) * 0.5 + 1e-9);
		expect(mine.length, s.id).toBeGreaterThan(0);
		expect(mine[0].start).toBe(i * 0.5);
		expect(mine.at(-1)!.end).toBe((i + 1) * 0.5);
		const words = (t: string) => t.replace(/\s+/g, ' ').trim();
		expect(words(mine.map((c) => c.text).join(' '))).toBe(words(plainText(s.copy)));
	});
	expect(captions.length).toBe(
		captions.filter((c) => picked.some((_, i) => c.start >= i * 0.5 && c.end <= (i + 1) * 0.5 + 1e-9)).length
	);
});

test("--whole --lang zh: the edition's talk, its captions cut as Chinese is written, its chapters in its words", async ({}, info) => {
	test.setTimeout(120_000);
	const out = path.join(info.outputPath('zh'), SLUG, 'zh');
	const ids = ['intro', 'top-five'];
	const run = await clips([
		'--whole',
		'--lang',
		'zh',
		...SMALL,
		'--steps',
		ids.join(','),
		'--out',
		info.outputPath('zh')
	]);
	expect(run.code, run.stderr).toBe(0);
	expect(files(out)).toEqual(['talk.captions.vtt', 'talk.chapters.vtt', 'talk.mp4']);
	const chapters = readFileSync(path.join(out, 'talk.chapters.vtt'), 'utf8');
	expect(chapters).toMatch(/\n1\. [^\n:]+：[^\n]*模型/);
	const captions = readFileSync(path.join(out, 'talk.captions.vtt'), 'utf8').split('\n\n').slice(1);
	const lines = captions.flatMap((c) => c.trim().split('\n').slice(2));
	expect(lines.join('')).toMatch(/万亿/);
	// Two lines of about 16 characters each at most (a Latin name may not be cut).
	for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(24);
});

test('mistakes stop the exporter with a message and a non-zero exit, writing nothing', async ({}, info) => {
	test.setTimeout(120_000);
	// Each case its own folder: runs side by side into one folder could each leave it to the other.
	const outFor = (i: number) => path.dirname(storyDir(info.outputPath(`never-${i}`)));
	const cases: [string[], Record<string, string>, number, RegExp][] = [
		[['--steps', 'intro,no-such-step'], {}, 2, /unknown step "no-such-step"/],
		[['--story', 'no-such-story'], {}, 2, /--story: no story "no-such-story" in this build/],
		[['--size', '1920by1080'], {}, 2, /--size: expected WIDTHxHEIGHT/],
		[['--size', '10x10'], {}, 2, /--size: width 10 is out of range/],
		[
			['--size', '641x360'],
			{},
			2,
			/--size: 641x360 has an odd side; MP4 video \(yuv420p\) needs even sides, e\.g\. 642x360/
		],
		[['--fps', '25'], {}, 2, /--fps: expected 30 or 60, got "25"/],
		[['--format', 'gif', '--fps', '60'], {}, 2, /a GIF plays at 30 fps at most/],
		[['--hold', '0'], {}, 2, /--hold: expected seconds above 0/],
		[['--hold', 'long'], {}, 2, /--hold: expected seconds above 0 and at most 600, such as 3 or 0\.5; got "long"/],
		[['--format', 'mov'], {}, 2, /--format: expected mp4, webm, gif, got "mov"/],
		[['--theme', 'sepia'], {}, 2, /--theme: expected light or dark/],
		[
			['--steps', 'intro'],
			{ CHROME_PATH: '/nonexistent/chromium' },
			3,
			/CHROME_PATH is set to \/nonexistent\/chromium, but there is no browser there/
		],
		[
			['--steps', 'intro', ...SMALL],
			{ CLIPS_BROWSER_LACKS: 'avc' },
			3,
			/this browser cannot encode H\.264 \(MP4\) at 640x360; try --format webm or --format gif/
		],
		[
			['--steps', 'intro', ...SMALL],
			{ CLIPS_BROWSER_LACKS: 'avc,vp09' },
			3,
			/this browser cannot encode H\.264 \(MP4\) at 640x360; try --format gif\n/
		]
	];
	const runs = await Promise.all(cases.map(([args, env], i) => clips([...args, '--out', outFor(i)], env)));
	runs.forEach((r, i) => {
		expect(r.code, `${cases[i][0].join(' ')}: ${r.stderr}`).toBe(cases[i][2]);
		expect(r.stderr).toMatch(cases[i][3]);
		expect(existsSync(outFor(i)), `${cases[i][0].join(' ')}: wrote its folder`).toBe(false);
	});
});

test('an interrupted run leaves the previous set as it was', async ({}, info) => {
	test.setTimeout(120_000);
	const out = storyDir(info.outputPath('kept'));
	mkdirSync(out, { recursive: true });
	writeFileSync(path.join(out, nameOf('top-five')), 'the previous set');
	const child = spawn(process.execPath, [
		'scripts/clips.mjs',
		'--no-build',
		'--story',
		SLUG,
		...SMALL,
		'--steps',
		'top-five,top-ten,providers',
		'--out',
		path.dirname(out)
	]);
	let stdout = '';
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	await new Promise<void>((resolve) =>
		child.stdout.on('data', (d) => {
			stdout += d;
			// Stopped once the first clip of the new set is written.
			if (/02-top-five\.mp4 /.test(stdout)) {
				child.kill('SIGTERM');
				resolve();
			}
		})
	);
	expect(await exited).not.toBe(0);
	expect(readdirSync(out)).toEqual([nameOf('top-five')]);
	expect(readFileSync(path.join(out, nameOf('top-five')), 'utf8')).toBe('the previous set');
	expect(readdirSync(path.dirname(out)).filter((n) => n.includes('partial'))).toEqual([]);
});

test('the stage offers the step as a video where the browser encodes one: an MP4 of the move, as the exporter records it', async ({
	page
}, info) => {
	test.setTimeout(120_000);
	await page.goto(`${BASE}present/#top-ten`);
	const button = page.getByRole('button', { name: 'Download this step as a video (MP4)' });
	const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), button.click()]);
	expect(download.suggestedFilename()).toBe(nameOf('top-ten'));
	const file = info.outputPath('stage.mp4');
	await download.saveAs(file);
	// Lead 0.5 s, move 1 s, the default hold of 3 s, at 30 fps.
	expect(probe(file)).toEqual({
		codec: 'h264',
		pixFmt: 'yuv420p',
		width: 1920,
		height: 1080,
		frames: 135,
		duration: 4.5,
		colorRange: 'tv'
	});
	await expect(button).toHaveAttribute('aria-busy', 'false');
});

test('where the browser has no video encoder, the stage does not offer the video', async ({ page }) => {
	await page.addInitScript(() => {
		delete (window as { VideoEncoder?: unknown }).VideoEncoder;
	});
	await page.goto(`${BASE}present/#top-ten`);
	await expect(page.getByRole('button', { name: 'Download this step as PNG' })).toBeVisible();
	await expect(page.locator('[data-download="clip"]')).toHaveCount(0);
});
