/**
 * Prerender time: where an island's built script is, as a page's relative URL, and the styles its
 * page must carry. In dev, Vite serves the source itself and injects the styles.
 */
import { readFileSync } from 'node:fs';
import { ISLANDS, type Island, type IslandName } from '../island/entries.ts';
import { intoHead } from '../../shared/head.ts';

/** The part of Vite's build manifest read here, by source path or chunk key. */
export type ViteManifest = Record<
	string,
	{ file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] }
>;

/** SvelteKit's client build, and its manifest (`kit.outDir` is the default). */
const CLIENT = '.svelte-kit/output/client';
const MANIFEST = `${CLIENT}/.vite/manifest.json`;

/** The built file of the entry built from `src`; throws, naming both, when the build has none. */
export function entryFile(manifest: ViteManifest, src: string): string {
	const entry = manifest[src];
	if (!entry?.isEntry)
		throw new Error(`islands: ${MANIFEST} has no entry for ${src} (is islands() in vite.config.ts?)`);
	return entry.file;
}

/**
 * The stylesheets the page must carry for its island: those of everything the island can reach,
 * by static or dynamic imports, but for the code the server never draws (`browserOnly`). Its
 * static imports' styles must be there, as its code takes them as loaded (Vite adds a stylesheet
 * by script only for a dynamic import); those of the code it imports later (the scrollytelling
 * section, the chart kinds) too, as the server already drew that code's HTML into the page.
 */
export function islandCss(manifest: ViteManifest, island: Island): string[] {
	entryFile(manifest, island.entry);
	const browserOnly = (key: string) =>
		island.browserOnly.some((s) => (s.endsWith('/') ? key.startsWith(s) : key === s));
	const css = new Set<string>();
	const seen = new Set<string>();
	const reach = (key: string) => {
		if (seen.has(key) || browserOnly(key)) return;
		seen.add(key);
		manifest[key]?.css?.forEach((file) => css.add(file));
		manifest[key]?.imports?.forEach(reach);
		manifest[key]?.dynamicImports?.forEach(reach);
	};
	reach(island.entry);
	return [...css];
}

/**
 * Adds to the head each stylesheet in `files` that the page does not carry yet, inline, with the
 * disabled link SvelteKit leaves beside the styles it inlines (Vite's loader then sees it as
 * loaded and does not fetch it again). SvelteKit decides which styles to inline from the order it
 * meets a page's chunks in, and missed the charts' when the figure's download button (code only
 * the browser loads) reached their chunk first: the charts drew unstyled, 0 px high.
 */
export function withStyles(
	html: string,
	files: readonly string[],
	root: string,
	read: (file: string) => string
): string {
	const missing = files.filter((file) => !html.includes(`"${root}${file}"`));
	if (!missing.length) return html;
	const tags = missing.map((file) => {
		const css = read(file);
		// Inlined into a page in another folder, a relative url() would point elsewhere.
		if (/url\(/.test(css)) throw new Error(`islands: ${file} has a url(), which this page cannot inline as it is`);
		return `<link href="${root}${file}" rel="stylesheet" disabled media="(max-width: 0)"><style>${css}</style>`;
	});
	return intoHead(html, tags.join(''), 'islands');
}

/** `../` once per folder of a page's path (`/<slug>/` → `../`), as SvelteKit's own links are relative. */
export function toRoot(pathname: string): string {
	const depth = pathname.split('/').length - 2;
	return depth > 0 ? '../'.repeat(depth) : './';
}

let manifest: ViteManifest | undefined;
const built = () => (manifest ??= JSON.parse(readFileSync(MANIFEST, 'utf8')) as ViteManifest);

/** The URL, relative to the page at `pathname`, of the island's script. */
export function islandUrl(name: IslandName, pathname: string, dev = import.meta.env.DEV): string {
	if (dev) return `/${ISLANDS[name].entry}`;
	return toRoot(pathname) + entryFile(built(), ISLANDS[name].entry);
}

/** The page at `pathname` with every style its island needs (in dev, Vite injects them). */
export function withIslandStyles(name: IslandName, html: string, pathname: string, dev = import.meta.env.DEV): string {
	if (dev) return html;
	const files = islandCss(built(), ISLANDS[name]);
	return withStyles(html, files, toRoot(pathname), (file) => readFileSync(`${CLIENT}/${file}`, 'utf8'));
}
