/**
 * What a link preview shows for a step: the tags of its share page (and, for the first step, of
 * the story's own page), all from data/. Pure TypeScript, run at build time.
 */
import type { Paragraph, Step, StoryMeta } from '../../../model/types.ts';
import type { ChartText } from '../../../kinds/types.ts';
import { absolute, cardPath, CARD_SIZE, sharePath, storyHome } from '../../../model/site.ts';

export interface ShareCard {
	title: string;
	description: string;
	/** The share page's own URL (absolute once published). */
	url: string;
	image: string;
	imageWidth: number;
	imageHeight: number;
	/** The chart's text alternative: what the card image shows, in words. */
	imageAlt: string;
}

/** The copy as plain text, shortened at a word to about `max` characters. */
export function plainText(paragraphs: readonly Paragraph[], max = 200): string {
	const text = paragraphs
		.map((p) => p.map((run) => run.text).join(''))
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const at = cut.lastIndexOf(' ');
	return `${(at > max / 2 ? cut.slice(0, at) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The card of one step of the story `slug`; `site` is the published address (null: paths from the site's root, made absolute by publish). */
export function stepCard(
	step: Step,
	text: ChartText,
	storyTitle: string,
	slug: string,
	site: string | null
): ShareCard {
	return {
		title: `${text.title} · ${storyTitle}`,
		description: plainText(step.copy),
		url: absolute(sharePath(slug, step.id), site),
		image: absolute(cardPath(slug, step.id), site),
		imageWidth: CARD_SIZE.width,
		imageHeight: CARD_SIZE.height,
		imageAlt: `${text.title}. ${text.caption}`
	};
}

/** The story page's card: the story's title and dek, with its first step's image. */
export function storyCard(meta: StoryMeta, first: Step, text: ChartText, slug: string): ShareCard {
	const site = meta.site;
	return {
		...stepCard(first, text, meta.title, slug, site),
		title: meta.title,
		description: meta.dek,
		url: absolute(storyHome(slug), site)
	};
}
