/**
 * The embed code a journalist pastes into another site's page, for one step's chart or the whole
 * story: an iframe of our embed page, in three variants for three kinds of host (`VARIANTS`). Pure:
 * the dialog (`EmbedDialog.svelte`) writes it in the browser, the oEmbed JSON (`oembed.ts`) at
 * build time. Heights come from the table publish measures (`heights.js`); without one, a default.
 */
import { absolute, EMBED_LOADER_PATH, stepEmbedPath, storyEmbedPath } from '../../../model/site.ts';
import type { EmbedTheme } from '../theme/theme-query.ts';
import { escapeAttribute } from '../share/share-tags.ts';
import { heightRules, heightsAttribute, HEIGHT_PROPERTY, reservedHeight, type HeightTable } from './heights.js';

/** What is embedded: the story `slug`, or one of its steps; `title` names the iframe. */
export interface EmbedTarget {
	slug: string;
	/** The step's id; none for the whole story. */
	stepId?: string;
	/** The iframe's accessible name: the step's chart title and the story's, or the story's. */
	title: string;
}

/** The three kinds of embed code, by what the host page allows. */
export type EmbedVariant = 'loader' | 'iframe' | 'pym';

export interface EmbedOptions {
	/** The site's address (`meta.site`, else the page's own); null writes root-relative addresses. */
	site: string | null;
	/** `?theme=` of the embed; light (the embed's own default) adds nothing. */
	theme?: EmbedTheme;
	/** The heights publish measured for this embed, if known. */
	heights?: HeightTable | null;
	variant?: EmbedVariant;
}

/**
 * The heights reserved when none were measured (a build not yet published): a step's chart with
 * its words fits in the first on most widths; the story embed soon reports its own.
 */
export const DEFAULT_HEIGHT = { step: 560, story: 800 } as const;

/** NPR's pym.js, from its own address, as pages running pym.js load it. */
export const PYM_SCRIPT = 'https://pym.nprapps.org/pym.v1.min.js';

/**
 * The variants, in the dialog's order. Each one's name and the hosts it works in are interface
 * words (`embed-variant-<id>`, `embed-hosts-<id>` in `model/locale/ui/`).
 */
export const VARIANTS: readonly EmbedVariant[] = ['loader', 'iframe', 'pym'];

/** The embed page's path: the step embed, or the story embed. */
export function embedPath(t: Pick<EmbedTarget, 'slug' | 'stepId'>): string {
	return t.stepId ? stepEmbedPath(t.slug, t.stepId) : storyEmbedPath(t.slug);
}

/** The embed page's address, with its theme. */
export function embedUrl(t: Pick<EmbedTarget, 'slug' | 'stepId'>, site: string | null, theme?: EmbedTheme): string {
	const url = absolute(embedPath(t), site);
	return theme && theme !== 'light' ? `${url}?theme=${theme}` : url;
}

/** The height the iframe's style reserves: the measured table's tallest, else the default. */
export function frameHeight(t: Pick<EmbedTarget, 'stepId'>, heights?: HeightTable | null): number {
	return reservedHeight(heights, t.stepId ? DEFAULT_HEIGHT.step : DEFAULT_HEIGHT.story);
}

/** The id of the embed's iframe (or of pym.js's element): one per embed, safe in a CSS selector. */
export function embedId(t: Pick<EmbedTarget, 'slug' | 'stepId'>): string {
	return `story-embed-${t.slug}${t.stepId ? `-${t.stepId}` : ''}`.replace(/[^\w-]/g, '-');
}

/**
 * The iframe alone, in a wrapper its style rules measure: its height for the host's width from
 * the first paint (`heightRules()`), else the reserved one; the loader reads `data-heights`.
 */
export function iframeCode(t: EmbedTarget, o: EmbedOptions): string {
	const id = embedId(t);
	const heights = heightsAttribute(o.heights);
	const rules = heightRules(id, o.heights);
	return (
		'<div style="container-type:inline-size">' +
		(rules ? `<style>${rules}</style>` : '') +
		`<iframe id="${id}" src="${escapeAttribute(embedUrl(t, o.site, o.theme))}" title="${escapeAttribute(t.title)}" loading="lazy"` +
		` style="display:block;width:100%;border:0;height:var(${HEIGHT_PROPERTY},${frameHeight(t, o.heights)}px)"` +
		`${heights ? ` data-heights="${heights}"` : ''}></iframe></div>`
	);
}

/** A JavaScript string literal safe inside an inline `<script>`. */
const scriptString = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');

/** The embed code of `variant` (the loader's by default). */
export function embedCode(t: EmbedTarget, o: EmbedOptions): string {
	const variant = o.variant ?? 'loader';
	if (variant === 'iframe') return iframeCode(t, o);
	if (variant === 'loader')
		return `${iframeCode(t, o)}<script async src="${escapeAttribute(absolute(EMBED_LOADER_PATH, o.site))}"></script>`;
	// pym.js makes the iframe in this element and sizes it from the embed's own messages.
	const id = embedId(t);
	const options = `{ title: ${scriptString(t.title)} }`;
	return (
		`<div id="${id}"></div><script src="${PYM_SCRIPT}"></script>` +
		`<script>new pym.Parent(${scriptString(id)}, ${scriptString(embedUrl(t, o.site, o.theme))}, ${options});</script>`
	);
}
