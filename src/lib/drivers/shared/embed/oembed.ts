/**
 * A story's and each step's oEmbed (https://oembed.com): a JSON file beside each embed page, named
 * by a `<link rel="alternate" type="application/json+oembed">` in the head of the reading page, the
 * share pages and the embed pages, so a CMS that discovers oEmbed turns a pasted link into the
 * embed. Type `rich`: the embed code with our loader as its `html`. Pure, run at build time;
 * `npm run publish` points its addresses at the site and writes the measured heights into it.
 */
import { absolute, cardPath, CARD_SIZE, oembedPath } from '../../../model/site.ts';
import { escapeAttribute } from '../share/share-tags.ts';
import { embedCode, type EmbedTarget } from './embed-code.ts';
import { heightAt, type HeightTable } from './heights.js';
import { DEFAULT_HEIGHT } from './embed-code.ts';

/** The width the oEmbed names: an article's column, where the embed is most often read. */
export const OEMBED_WIDTH = 600;

export interface OEmbed {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

export interface OEmbedSource {
	/** The story's address (`meta.site`), null before it is known (publish fills it in). */
	site: string | null;
	/** Who publishes the story (`meta.publisher`); else the story's title names the provider. */
	publisher: string | null;
	storyTitle: string;
	/** The step whose card stands for the embed: the step itself, or the story's first. */
	cardStepId: string;
}

/** The oEmbed of the embed `t` (a step, or the story); `heights` when publish measured them. */
export function oembed(t: EmbedTarget, s: OEmbedSource, heights?: HeightTable | null): OEmbed {
	const fallback = t.stepId ? DEFAULT_HEIGHT.step : DEFAULT_HEIGHT.story;
	return {
		version: '1.0',
		type: 'rich',
		title: t.title,
		provider_name: s.publisher ?? s.storyTitle,
		provider_url: absolute('/', s.site),
		html: embedCode(t, { site: s.site, heights, variant: 'loader' }),
		width: OEMBED_WIDTH,
		height: heightAt(heights, OEMBED_WIDTH, fallback),
		thumbnail_url: absolute(cardPath(t.slug, s.cardStepId), s.site),
		thumbnail_width: CARD_SIZE.width,
		thumbnail_height: CARD_SIZE.height
	};
}

/** The head's discovery link of the embed `t`'s oEmbed (absolute once the site is known). */
export function oembedLink(t: EmbedTarget, site: string | null): string {
	const href = absolute(oembedPath(t.slug, t.stepId), site);
	return `<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(href)}" title="${escapeAttribute(t.title)}">`;
}
