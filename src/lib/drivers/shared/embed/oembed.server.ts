/**
 * Build time: the oEmbed of a story's embed or of a step's, from the story as its pages load it,
 * and the discovery link each of its pages carries in its head (put there by hooks.server.ts, with
 * the article tags, so `npm run publish` moves it with them).
 */
import { routeStep, routeStory } from '../../../loading/route-story.ts';
import { chartText } from '../../../kinds/registry.ts';
import type { Story } from '../../../model/types.ts';
import { oembed, oembedLink, type OEmbed, type OEmbedSource } from './oembed.ts';
import type { EmbedTarget } from './embed-code.ts';
import { editionBase } from '../../../model/site.ts';

/** The embed of the story `slug`, or of its step `stepId`, and what its oEmbed names. */
function embedOf(slug: string, stepId?: string, lang?: string): { target: EmbedTarget; source: OEmbedSource } {
	const story: Story = stepId ? routeStep(slug, stepId, lang).story : routeStory(slug, lang);
	const step = stepId ? routeStep(slug, stepId, lang).step : undefined;
	const title = step ? `${chartText(story.data, step).title} · ${story.meta.title}` : story.meta.title;
	return {
		target: { slug: editionBase(slug, lang), stepId, title },
		source: {
			site: story.meta.site,
			publisher: story.meta.publisher,
			storyTitle: story.meta.title,
			cardStepId: step?.id ?? story.steps[0].id
		}
	};
}

/** The oEmbed JSON of the story's embed (no `stepId`) or a step's, as built (default heights). */
export function builtOembed(slug: string, stepId?: string, lang?: string): OEmbed {
	const { target, source } = embedOf(slug, stepId, lang);
	return oembed(target, source);
}

/**
 * Which embed's oEmbed a page names, by its route: the reading page and the story embed the
 * story's; a share page and a step embed their step's. Null for any other page.
 */
export function oembedOfRoute(
	routeId: string | null,
	params: Record<string, string>
): [string, string | undefined, string | undefined] | null {
	if (!params.story) return null;
	if (routeId === '/[story]/[[lang=lang]]' || routeId === '/[story]/[[lang=lang]]/embed')
		return [params.story, undefined, params.lang];
	if (routeId === '/[story]/[[lang=lang]]/s/[id]' || routeId === '/[story]/[[lang=lang]]/embed/[id]')
		return [params.story, params.id, params.lang];
	return null;
}

/** The page's head tags (`article`) with its oEmbed link added, for the routes that carry one. */
export function withOembedLink(
	article: string | undefined,
	routeId: string | null,
	params: Record<string, string>
): string | undefined {
	const of = oembedOfRoute(routeId, params);
	// No article tags: the page's load did not run to its end (an error page), nothing to name.
	if (!of || article === undefined) return article;
	const { target, source } = embedOf(...of);
	return article + oembedLink(target, source.site);
}
