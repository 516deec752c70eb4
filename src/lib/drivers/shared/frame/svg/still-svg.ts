/**
 * A drawn still as an SVG document with its fonts inside (data: URLs), for the exporter's
 * `--format svg` and `pdf` and for the in-page download (drawn onto a canvas: an SVG image may
 * load nothing from outside, so its fonts must travel with it).
 */
import { serialize, type SerializeOptions } from './serialize';

/** The stills' fonts: the same files as the page's (static/fonts), under the stills' names. */
export const STILL_FONTS = [
	{ family: 'Inter Still', url: '/fonts/inter-latin-wght.woff2' },
	{ family: 'Source Serif Still', url: '/fonts/source-serif-4-latin-wght.woff2' }
] as const;

let fontCss: Promise<string> | null = null;

/** `@font-face` rules for the stills' fonts, each file inlined as a data: URL (fetched once). */
export function embeddedFontCss(): Promise<string> {
	fontCss ??= Promise.all(
		STILL_FONTS.map(async (f) => {
			const res = await fetch(f.url);
			if (!res.ok) throw new Error(`font ${f.url}: HTTP ${res.status}`);
			const url = await dataUrl(await res.blob(), 'font/woff2');
			return `@font-face{font-family:'${f.family}';src:url(${url}) format('woff2');font-weight:400 800;font-style:normal}`;
		})
	).then((rules) => rules.join(''));
	return fontCss;
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
	const css = opts.fonts === false ? undefined : await embeddedFontCss();
	return serialize(frame, { ...opts, css });
}
