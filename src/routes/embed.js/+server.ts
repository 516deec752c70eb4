import { minify, transformWithOxc } from 'vite';
import source from '$lib/drivers/reading/embed/loader.ts?raw';

// The embed loader (`/embed.js`), written at build time from its source, minified: host pages
// load it from our site beside an embed's iframe. Not hashed, so its address never changes.
export const prerender = true;

export async function GET(): Promise<Response> {
	const plain = await transformWithOxc(source, 'loader.ts', { lang: 'ts' });
	const { code } = await minify('embed.js', plain.code, { compress: true, mangle: true });
	return new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
