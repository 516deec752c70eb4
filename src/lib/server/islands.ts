/**
 * Prerender time: where an island's built script is, as a page's relative URL. In dev, Vite
 * serves the source itself.
 */
import { readFileSync } from 'node:fs';
import { ISLANDS, type IslandName } from '../islands/entries.ts';

/** The part of Vite's build manifest read here: entries by source path. */
export type ViteManifest = Record<string, { file: string; src?: string; isEntry?: boolean; imports?: string[]; css?: string[] }>;

/** SvelteKit's client build manifest (`kit.outDir` is the default). */
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

/** The built file of the entry built from `src`; throws, naming both, when the build has none. */
export function entryFile(manifest: ViteManifest, src: string): string {
	const entry = manifest[src];
	if (!entry?.isEntry) throw new Error(`islands: ${MANIFEST} has no entry for ${src} (is islands() in vite.config.ts?)`);
	return entry.file;
}

/**
 * The stylesheets of everything the entry imports statically. The page must carry them all: the
 * island's code takes them as loaded (Vite adds a stylesheet by script only for a dynamic
 * import's chunks).
 */
export function entryCss(manifest: ViteManifest, src: string): string[] {
	entryFile(manifest, src);
	const seen = new Set<string>();
	const css = new Set<string>();
	const visit = (key: string) => {
		if (seen.has(key)) return;
		seen.add(key);
		const chunk = manifest[key];
		chunk?.css?.forEach((file) => css.add(file));
		chunk?.imports?.forEach(visit);
	};
	visit(src);
	return [...css];
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
	if (dev) return `/${ISLANDS[name]}`;
	return toRoot(pathname) + entryFile(built(), ISLANDS[name]);
}

/**
 * Stops the build when the page lacks a stylesheet its island takes as loaded (SvelteKit decides
 * which styles a page inlines from the order it meets the page's chunks in, and can miss one a
 * download button's dynamic import reached first: the charts then drew unstyled, 0 px high).
 * SvelteKit leaves a disabled link to each stylesheet it inlines; in dev it injects them itself.
 */
export function checkIslandCss(name: IslandName, html: string, dev = import.meta.env.DEV): void {
	if (dev) return;
	const missing = entryCss(built(), ISLANDS[name]).filter((file) => !html.includes(file));
	if (missing.length) {
		throw new Error(
			`islands: the ${name} page lacks ${missing.join(', ')}, which its island's code needs ` +
				'(import what the island draws near the top of the page, before the parts that only the browser loads)'
		);
	}
}
