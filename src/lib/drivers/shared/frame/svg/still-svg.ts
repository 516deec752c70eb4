/**
 * A drawn still as an SVG document with its fonts inside (data: URLs), for the exporter's
 * `--format svg` and `pdf` and for the in-page download (drawn onto a canvas: an SVG image may
 * load nothing from outside, so its fonts must travel with it).
 */
import { serialize, type SerializeOptions } from './serialize';
import stillFonts from '../still-fonts.css?raw';
import { faceRules, facesFor } from './font-faces';

const inlined = new Map<string, Promise<string>>();

/**
 * The stills' `@font-face` rules (every slice of the page's fonts and of the editions' scripts,
 * under the stills' names, each with its unicode-range), each file inlined as a data: URL (fetched
 * once). Given the drawing's `text`, only the slices that draw one of its characters.
 */
export function embeddedFontCss(text?: string): Promise<string> {
	const css = text === undefined ? stillFonts : facesFor(stillFonts, text);
	let out = inlined.get(css);
	if (!out) inlined.set(css, (out = inlineUrls(css).then(async (c) => (await loadInPage(c), c))));
	return out;
}

/** The fonts the page has loaded, by face, kept so their loads stay in its memory. */
const loaded = new Map<string, Promise<FontFace>>();

/**
 * The fonts of `css` (data: URLs) loaded by the page itself: an SVG drawn onto a canvas (a clip's
 * frame, a downloaded still) starts loading its fonts when it is drawn and draws its text
 * without them, so a Han slice, slower than a Latin one, was missing from the first drawing. A
 * font the page has loaded from the same address is there when the drawing starts.
 */
async function loadInPage(css: string): Promise<void> {
	if (typeof FontFace === 'undefined') return;
	await Promise.all(
		faceRules(css).map((r) => {
			const key = `${r.family}|${r.descriptors.weight ?? ''}|${r.src}`;
			let face = loaded.get(key);
			if (!face) loaded.set(key, (face = new FontFace(r.family, r.src, r.descriptors).load()));
			return face;
		})
	);
}

/** `css` with each `url('/fonts/x.woff2')` replaced by the file's bytes. */
async function inlineUrls(css: string): Promise<string> {
	const urls = [...new Set([...css.matchAll(/url\('(\/fonts\/[^']+)'\)/g)].map((m) => m[1]))];
	const inlined = await Promise.all(
		urls.map(async (url) => {
			const res = await fetch(url);
			if (!res.ok) throw new Error(`font ${url}: HTTP ${res.status}`);
			return [url, await dataUrl(await res.blob(), 'font/woff2')] as const;
		})
	);
	const byUrl = new Map(inlined);
	return css
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/url\('(\/fonts\/[^']+)'\)/g, (_m, url: string) => `url(${byUrl.get(url)})`);
}

function dataUrl(blob: Blob, type: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result).replace(/^data:[^;,]*/, `data:${type}`));
		reader.onerror = () => reject(reader.error);
		reader.readAsDataURL(blob);
	});
}

export interface StillSvgOptions extends Omit<SerializeOptions, 'css'> {
	/** Put the fonts inside the drawing (default true). */
	fonts?: boolean;
}

/** The still drawn in `frame` as an SVG document. */
export async function stillSvg(frame: HTMLElement, opts: StillSvgOptions = {}): Promise<string> {
	const css = opts.fonts === false ? undefined : await embeddedFontCss(frame.textContent ?? '');
	return serialize(frame, { ...opts, css });
}
