/**
 * The stills exporter (`npm run stills`), the in-page "Download this step" and the share cards
 * (`npm run publish`). The exporter runs on a few steps per case, not every size by every step,
 * to keep the suite short.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, steps, story, BASE, SLUG, notesText, ready } from './fixtures';
import { files, metaTags, pixels, pngSize, runScript, sampleDifference, stills, storyDir } from './stills-helpers';
import { serveDir } from '../../scripts/stills/server.mjs';
import { pdfPageCount } from '../../scripts/stills/lib.mjs';
import { EN_UI } from '../../src/lib/model/locale/ui/en.ts';
import { uiWords } from '../../src/lib/model/locale/ui/words.ts';
import { asOfLine, dataAsOf } from '../../src/lib/model/dates.ts';

const number = (id: string) => String(steps.findIndex((s) => s.id === id) + 1).padStart(2, '0');
const nameOf = (id: string, ext = 'png') => `${number(id)}-${id}.${ext}`;

test.describe.configure({ mode: 'parallel' });

test('PNG stills: one per step, named and sized, drawn, different from their neighbours, the same pixels run after run', async ({
	page
}, info) => {
	const ids = ['intro', 'top-five', 'providers'];
	const a = storyDir(info.outputPath('a'));
	const b = storyDir(info.outputPath('b'));
	const first = await stills(['--steps', ids.join(','), '--out', path.dirname(a)]);
	expect(first.code, first.stderr).toBe(0);
	expect(first.stdout).toMatch(/\[1\/3\] 01-intro\.png/);
	expect(first.stdout).toMatch(/\[3\/3\] 05-providers\.png/);
	const second = await stills(['--steps', ids.join(','), '--out', path.dirname(b)]);
	expect(second.code, second.stderr).toBe(0);

	expect(files(a)).toEqual(ids.map((id) => nameOf(id)));
	const drawn = [];
	for (const f of files(a)) {
		expect(pngSize(path.join(a, f))).toEqual({ width: 1920, height: 1080 });
		const px = await pixels(page, path.join(a, f));
		expect(px.inked, `${f} is blank`).toBeGreaterThan(0.03);
		expect(px.colours, `${f} has too few colours`).toBeGreaterThan(8);
		drawn.push(px);
		expect(readFileSync(path.join(b, f)).equals(readFileSync(path.join(a, f))), `${f} differs between two runs`).toBe(
			true
		);
	}
	for (let i = 1; i < drawn.length; i++) expect(sampleDifference(drawn[i - 1], drawn[i])).toBeGreaterThan(0.01);
	// Nothing half-written is left beside the output.
	expect(readdirSync(path.dirname(a)).filter((n) => n.includes('partial'))).toEqual([]);
});

// 1200x630 is covered by the share cards below.
test('sizes, scales and themes: portrait at 2x in the dark theme, a 4K slide', async ({ page }, info) => {
	const portrait = storyDir(info.outputPath('portrait'));
	const uhd = storyDir(info.outputPath('uhd'));
	const run = await stills([
		'--size',
		'1080x1350',
		'--scale',
		'2',
		'--theme',
		'dark',
		'--steps',
		'gap,weekly-spike',
		'--out',
		path.dirname(portrait)
	]);
	expect(run.code, run.stderr).toBe(0);
	const big = await stills(['--size', '3840x2160', '--steps', 'us-lead', '--out', path.dirname(uhd)]);
	expect(big.code, big.stderr).toBe(0);

	expect(files(portrait)).toEqual([nameOf('gap'), nameOf('weekly-spike')]);
	for (const f of files(portrait)) {
		expect(pngSize(path.join(portrait, f))).toEqual({ width: 2160, height: 2700 });
		const px = await pixels(page, path.join(portrait, f));
		expect(px.inked).toBeGreaterThan(0.03);
		// The dark theme's paper.
		expect(px.samples.slice(0, 3)).toEqual([0x12, 0x15, 0x1c]);
	}
	expect(pngSize(path.join(uhd, nameOf('us-lead')))).toEqual({ width: 3840, height: 2160 });
	expect((await pixels(page, path.join(uhd, nameOf('us-lead')))).inked).toBeGreaterThan(0.03);
});

test('SVG: an editable drawing per step, with real text and no bitmap or foreignObject', async ({ page }, info) => {
	const out = storyDir(info.outputPath('svg'));
	const run = await stills(['--format', 'svg', '--steps', 'providers,weekly-spike', '--out', path.dirname(out)]);
	expect(run.code, run.stderr).toBe(0);
	expect(files(out)).toEqual([nameOf('providers', 'svg'), nameOf('weekly-spike', 'svg')]);
	for (const f of files(out)) {
		const svg = readFileSync(path.join(out, f), 'utf8');
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080" viewBox="0 0 1280 720">/
		);
		expect(svg).not.toMatch(/<image|foreignObject/i);
		expect(svg).not.toMatch(/data:image\//);
		// An English drawing carries no slice of an edition's script.
		expect(svg).not.toMatch(/'Noto Sans (SC|Arabic) Still';\s*src/);
		const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		expect(texts.length).toBeGreaterThan(20);
		expect(texts.join(' ')).toContain(story.meta.title.toUpperCase().split(' ')[0]);
		// An editable drawing that travels alone says how old its data is, as the PNG does.
		expect(texts).toContain(asOfLine(dataAsOf(story)!, EN_UI, 'en'));
		expect(svg).toMatch(/<(rect|path)[^>]*fill="#/);
		// It is well-formed and draws at its size.
		const size = await page.evaluate(
			async (src) => {
				const img = new Image();
				img.src = src;
				await img.decode();
				return [img.naturalWidth, img.naturalHeight];
			},
			`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
		);
		expect(size).toEqual([1920, 1080]);
	}
});

/** The markers of an exported drawing by shape, each with its fill: read from the geometry, not class names. */
function markerShapes(svg: string): Record<'circle' | 'square' | 'diamond' | 'triangle', string[]> {
	const num = (s: string) => s.split(/[\s,]+/).map(Number);
	const polygons = new Map(
		[...svg.matchAll(/<clipPath id="([^"]+)"><polygon points="([^"]+)"\/><\/clipPath>/g)].map((m) => [m[1], num(m[2])])
	);
	const out = { circle: [] as string[], square: [] as string[], diamond: [] as string[], triangle: [] as string[] };
	const fillOf = (body: string) => [...body.matchAll(/<rect [^>]*fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
	// A turned or clipped box is a group placed by a matrix; a triangle is clipped by three points.
	for (const m of svg.matchAll(/<g transform="matrix\(([^)]+)\)"(?: clip-path="url\(#([^)]+)\)")?>(.*?)<\/g>/g)) {
		const [a, b, c, d] = num(m[1]);
		const fills = fillOf(m[3]);
		if (m[2] && polygons.get(m[2])?.length === 6) out.triangle.push(...fills.slice(-1));
		else if (Math.abs(Math.atan2(b, a) - Math.PI / 4) < 0.01 && Math.abs(c + b) < 0.001 && Math.abs(d - a) < 0.001)
			out.diamond.push(...fills.slice(-1));
	}
	// Circles and squares are boxes drawn as they are laid out (outside those groups): a round one
	// has a radius of half its side.
	const flat = svg.replace(/<g transform="matrix\([^)]+\)"[^>]*>.*?<\/g>/g, '');
	for (const m of flat.matchAll(
		/<rect x="[^"]+" y="[^"]+" width="([^"]+)" height="([^"]+)"(?: rx="([^"]+)")? fill="(#[0-9a-f]{6})"\/>/g
	)) {
		const [w, h, rx] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
		if (w !== h || w < 5 || w > 12) continue;
		if (Math.abs(rx - w / 2) < 0.01) out.circle.push(m[4]);
		else if (rx <= 1) out.square.push(m[4]);
	}
	return out;
}

test("SVG: a line chart's markers keep their shapes, so series that share a colour stay apart", async ({}, info) => {
	const out = info.outputPath('shapes');
	const run = await runScript('stills.mjs', [
		'--no-build',
		'--story',
		'test-story',
		'--lang',
		'en',
		'--format',
		'svg',
		'--steps',
		'test-sessions-all',
		'--out',
		out
	]);
	expect(run.code, run.stderr).toBe(0);
	const dir = path.join(out, 'test-story');
	const svg = readFileSync(path.join(dir, files(dir)[0]), 'utf8');
	const shapes = markerShapes(svg);
	// Each of the four series' reported weeks, its line-end key and its legend key.
	for (const [shape, fills] of Object.entries(shapes)) expect(fills.length, shape).toBeGreaterThanOrEqual(3);
	const colour = (fills: string[]) => [...new Set(fills)];
	// North A (circles) and North B (squares) are one group, one colour: only the shape parts them.
	expect(colour(shapes.circle)).toHaveLength(1);
	expect(colour(shapes.square)).toEqual(colour(shapes.circle));
	expect(colour(shapes.diamond)).toHaveLength(1);
	expect(colour(shapes.triangle)).toHaveLength(1);
	expect(new Set([shapes.circle[0], shapes.diamond[0], shapes.triangle[0]]).size).toBe(3);
});

test("an edition's stills: in its folder and language, each carrying only its own script's glyphs", async ({
	page
}, info) => {
	const out = info.outputPath('editions');
	const [zh, ar] = await Promise.all([
		stills(['--lang', 'zh', '--format', 'svg', '--steps', 'intro', '--out', out]),
		runScript('stills.mjs', [
			'--no-build',
			'--story',
			'test-story',
			'--lang',
			'ar',
			'--steps',
			'test-fees',
			'--out',
			out
		])
	]);
	expect(zh.code, zh.stderr).toBe(0);
	expect(ar.code, ar.stderr).toBe(0);
	expect(files(path.join(out, SLUG))).toEqual(['zh']);
	const svg = readFileSync(path.join(out, SLUG, 'zh', nameOf('intro', 'svg')), 'utf8');
	const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
	expect(texts).toMatch(/万亿/);
	// Its Han slices travel inside it; the Arabic family's does not, nor any face it does not draw with.
	expect(svg).toMatch(/font-family:\s*'Noto Sans SC Still';[^}]*src:\s*url\(data:font\/woff2/);
	expect(svg).not.toMatch(/'Noto Sans Arabic Still';\s*src/);
	const png = path.join(out, 'test-story', 'ar', '10-test-fees.png');
	expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
	const px = await pixels(page, png);
	expect(px.inked).toBeGreaterThan(0.03);
});

test('PDF: one deck, a page per step, vector throughout', async ({}, info) => {
	const out = storyDir(info.outputPath('pdf'));
	// providers has hatching, which Chromium would print as bitmaps if drawn as SVG patterns.
	const run = await stills(['--format', 'pdf', '--steps', 'intro,providers,prices', '--out', path.dirname(out)]);
	expect(run.code, run.stderr).toBe(0);
	expect(files(out)).toEqual(['stills.pdf']);
	const pdf = readFileSync(path.join(out, 'stills.pdf'));
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	expect(pdfPageCount(pdf)).toBe(3);
	expect(pdf.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
});

test('mistakes stop the exporter with a message and a non-zero exit, writing nothing', async ({}, info) => {
	const out = info.outputPath('never');
	const cases: [string[], Record<string, string>, RegExp][] = [
		[['--steps', 'intro,no-such-step'], {}, /unknown step "no-such-step"/],
		[['--size', '1920by1080'], {}, /--size: expected WIDTHxHEIGHT/],
		[['--size', '10x10'], {}, /--size: width 10 is out of range/],
		[['--scale', '0'], {}, /--scale: expected a number above 0/],
		[['--format', 'gif'], {}, /--format: expected png, svg, pdf, got "gif"/],
		[['--theme', 'sepia'], {}, /--theme: expected light or dark/],
		[['--lang', 'xx'], {}, /--lang: no "xx" version of "china-ai-market" in this build; its languages are: en, zh/],
		[
			['--steps', 'intro'],
			{ CHROME_PATH: '/nonexistent/chromium' },
			/CHROME_PATH is set to \/nonexistent\/chromium, but there is no browser there/
		]
	];
	const runs = await Promise.all(cases.map(([args, env]) => stills([...args, '--out', out], env)));
	runs.forEach((r, i) => {
		expect(r.code, `${cases[i][0].join(' ')}`).not.toBe(0);
		expect(r.stderr).toMatch(cases[i][2]);
	});
	expect(existsSync(out)).toBe(false);
});

test('an interrupted run leaves the previous set as it was', async ({}, info) => {
	const out = storyDir(info.outputPath('kept'));
	mkdirSync(out, { recursive: true });
	writeFileSync(path.join(out, '01-intro.png'), 'the previous set');
	const child = spawn(process.execPath, [
		'scripts/stills.mjs',
		'--no-build',
		'--story',
		SLUG,
		'--steps',
		'intro,top-five,top-ten,providers',
		'--out',
		path.dirname(out)
	]);
	let stdout = '';
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	await new Promise<void>((resolve) =>
		child.stdout.on('data', (d) => {
			stdout += d;
			// Stopped once the first still of the new set is written.
			if (/\[1\/4\]/.test(stdout)) {
				child.kill('SIGTERM');
				resolve();
			}
		})
	);
	expect(await exited).not.toBe(0);
	expect(readdirSync(out)).toEqual(['01-intro.png']);
	expect(readFileSync(path.join(out, '01-intro.png'), 'utf8')).toBe('the previous set');
	expect(readdirSync(path.dirname(out)).filter((n) => n.includes('partial'))).toEqual([]);
});

test('"Download this step" gives a PNG of the current step', async ({ page }, info) => {
	await page.goto(`${BASE}#providers`);
	await expect(page.locator('[data-chart-ready="share"]')).toHaveCount(1);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download this step as PNG' }).click()
	]);
	expect(download.suggestedFilename()).toBe(nameOf('providers'));
	const file = info.outputPath('download.png');
	await download.saveAs(file);
	expect(pngSize(file)).toEqual({ width: 1920, height: 1080 });
	const px = await pixels(page, file);
	expect(px.inked).toBeGreaterThan(0.03);
	expect(px.colours).toBeGreaterThan(8);
});

test('"Download this step" on the Chinese edition draws its Han characters, as the exporter does', async ({
	page
}, info) => {
	const zh = uiWords('zh');
	await page.goto(`/${SLUG}/zh/#intro`);
	await ready(page);
	const [download, exported] = await Promise.all([
		page.waitForEvent('download'),
		stills(['--lang', 'zh', '--steps', 'intro', '--out', info.outputPath('exported')]),
		page.getByRole('button', { name: zh['download-still-label'] }).click()
	]);
	expect(exported.code, exported.stderr).toBe(0);
	const file = info.outputPath('download.png');
	await download.saveAs(file);
	// The words' column, mostly Han characters: as much ink in the download as in the exporter's
	// screenshot (a drawing made before its fonts had loaded showed none of them).
	const ink = (f: string) =>
		page.evaluate(
			async (src) => {
				const img = new Image();
				img.src = src;
				await img.decode();
				const c = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
				const ctx = c.getContext('2d')!;
				ctx.drawImage(img, 0, 0);
				const d = ctx.getImageData(c.width * 0.62, 0, c.width * 0.38, c.height).data;
				let dark = 0;
				for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 300) dark++;
				return dark;
			},
			`data:image/png;base64,${readFileSync(f).toString('base64')}`
		);
	const reference = await ink(path.join(info.outputPath('exported'), SLUG, 'zh', nameOf('intro')));
	expect(reference).toBeGreaterThan(1000);
	expect(await ink(file)).toBeGreaterThan(reference * 0.8);
});

/** A published address for the test: not a placeholder publish refuses, with a path, as a newsroom's would be. */
const TEST_SITE = 'https://stories.studio-newsroom.org/china-ai/';

test('share pages: card tags for every step, each image there at its stated size, the first on the list of stories; a reader lands on the step', async ({
	page
}) => {
	// Publish draws every card and measures every embed of the three stories.
	test.setTimeout(240_000);
	// The story's story.yaml holds a placeholder address: publish refuses it, before drawing.
	const refused = await runScript('publish.mjs', ['--no-build']);
	expect(refused.code).toBe(2);
	expect(refused.stderr).toMatch(
		new RegExp(`"https://[^"]*example\\.org/?" is a placeholder .*meta\\.site of ${SLUG}`)
	);
	expect(refused.stdout).not.toContain('Drawing');
	// The suite's build holds the test stories: never to be deployed, so publish refuses it...
	const testBuild = await runScript('publish.mjs', ['--no-build', '--site', TEST_SITE]);
	expect(testBuild.code).toBe(2);
	expect(testBuild.stderr).toMatch(/build\/ holds test stor(y|ies) .* must never be deployed/);
	expect(testBuild.stdout).not.toContain('Drawing');
	// ...unless told it is the test build it is.
	const run = await runScript('publish.mjs', ['--no-build', '--test-build', '--site', TEST_SITE]);
	expect(run.code, run.stderr).toBe(0);
	const server = await serveDir('build');
	try {
		const fetchText = async (p: string) => {
			const res = await fetch(server.url + p);
			expect(res.status, p).toBe(200);
			return res.text();
		};
		const site = new URL(TEST_SITE);
		const onServer = (u: URL) => `/${u.href.slice(site.href.length)}`;
		const checkCard = async (tags: Record<string, string>, id: string) => {
			expect(tags['og:title']).toBeTruthy();
			expect(tags['og:description']).toBeTruthy();
			expect(tags['og:image:alt']).toBeTruthy();
			expect(tags['twitter:card']).toBe('summary_large_image');
			const image = new URL(tags['og:image']);
			expect(image.href).toBe(new URL(`${SLUG}/s/${id}/card.png`, site).href);
			expect(tags['twitter:image']).toBe(image.href);
			const res = await fetch(server.url + onServer(image));
			expect(res.status, image.href).toBe(200);
			const buf = Buffer.from(await res.arrayBuffer());
			expect({ width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) }).toEqual({
				width: Number(tags['og:image:width']),
				height: Number(tags['og:image:height'])
			});
		};
		for (const s of steps) {
			const tags = metaTags(await fetchText(`${BASE}s/${s.id}/`));
			await checkCard(tags, s.id);
			expect(tags['og:url']).toBe(new URL(`${SLUG}/s/${s.id}/`, site).href);
			expect(tags.refresh).toBe(`0; url=../../#${s.id}`);
		}
		const homeHtml = await fetchText(BASE);
		const home = metaTags(homeHtml);
		await checkCard(home, steps[0].id);
		expect(home['og:url']).toBe(new URL(`${SLUG}/`, site).href);
		// The canonical link and the JSON-LD moved with the tags: the story's address, its card.
		expect(homeHtml).toContain(`<link rel="canonical" href="${new URL(`${SLUG}/`, site).href}">`);
		const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(homeHtml)![1]);
		expect([ld.url, ld.image]).toEqual([new URL(`${SLUG}/`, site).href, [home['og:image']]]);
		// The oEmbed link moved too, and publish measured the embeds: their heights are in the
		// oEmbed's code, its addresses the site's (scripts/publish/embeds.mjs).
		expect(homeHtml).toContain(
			`<link rel="alternate" type="application/json+oembed" href="${new URL(`${SLUG}/embed/oembed.json`, site).href}"`
		);
		const embed = `${BASE}embed/${steps[1].id}/`;
		const oembed = JSON.parse(await fetchText(`${embed}oembed.json`));
		expect(oembed.html).toContain(` src="${new URL(embed.slice(1), site).href}"`);
		expect(oembed.html).toMatch(/ data-heights="\d+:\d+(,\d+:\d+)*"/);
		expect(oembed.thumbnail_url).toBe(new URL(`${SLUG}/s/${steps[1].id}/card.png`, site).href);
		const heights = JSON.parse(await fetchText(`${BASE}embed/heights.json`));
		expect(Object.keys(heights[embed])).toEqual(expect.arrayContaining(['320', '375', '414', '480', '600', '720']));
		// A published edition's share pages name its own cards, drawn in its language beside them.
		const edition = metaTags(await fetchText('/test-story/ar/'));
		const editionCard = new URL(edition['og:image']);
		expect(editionCard.href).toMatch(new RegExp(`^${site.href}test-story/ar/s/[^/]+/card\\.png$`));
		const cardRes = await fetch(server.url + onServer(editionCard));
		expect(cardRes.status, editionCard.href).toBe(200);
		expect(Buffer.from(await cardRes.arrayBuffer()).readUInt32BE(16)).toBe(1200);
		// A test build is never published: it leaves no record of what went out.
		expect(existsSync(`data/stories/${SLUG}/published.json`)).toBe(false);
		// The list of stories shows each story's first card, now drawn.
		const list = await fetchText('/');
		const cards = [...list.matchAll(/<img src="([^"]+)" width="1200" height="630" alt="[^"]+"/g)].map((m) => m[1]);
		expect(cards).toContain(`${SLUG}/s/${steps[0].id}/card.png`);
		for (const c of cards) expect((await fetch(`${server.url}/${c}`)).status, c).toBe(200);
		// Speaker notes stay in the presenter view: no share or still page carries them.
		const pages = await Promise.all(
			steps.flatMap((s) => [fetchText(`${BASE}s/${s.id}/`), fetchText(`${BASE}still/${s.id}/__data.json`)])
		);
		for (const s of steps.filter((x) => notesText(x).trim())) {
			const words = notesText(s).trim().slice(0, 40);
			for (const p of pages) expect(p).not.toContain(words);
		}
	} finally {
		await server.close();
	}
	await page.goto(`${BASE}s/gap/`);
	await page.waitForURL(/#gap$/);
	await expect(page.locator('[aria-current="step"]')).toHaveAttribute('id', 'gap');
});
