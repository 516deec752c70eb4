import type { Handle } from '@sveltejs/kit';
import { injectDrawing } from '$lib/drivers/reading/server/build-drawing';
import { addHeadScript, addIsland } from '$lib/drivers/reading/server/island-script';
import { themeScript } from '$lib/drivers/shared/theme/theme-query';
import { notFoundScript } from '$lib/drivers/reading/not-found/missing-step';
import { islandUrl, withIslandStyles } from '$lib/drivers/reading/server/islands';
import type { IslandName } from '$lib/drivers/reading/island/entries';
import { withArticle } from '$lib/drivers/shared/share/article-head';
import { withOembedLink } from '$lib/drivers/shared/embed/oembed.server';
import { htmlLang } from '$lib/drivers/shared/head';

// Build time (prerendering) only: puts the first chart's drawing, made by the page's load, into
// the page's HTML (`src/lib/drivers/reading/server/build-drawing.ts`), marks the reading page
// (`<html class="reading">`), which app.css sets in the system's fonts, and gives it its island:
// the reading page runs no SvelteKit client (`csr = false`) but one script of its own, imported
// after the first contentful paint (`src/lib/drivers/reading/server/island-script.ts`). A story's
// pages get its canonical link, dates and JSON-LD in their head here too, shells the client draws
// (`ssr = false`: the stage, the presenter view) included, so every reader of the HTML finds them.
// Every page declares its story's language (and direction) on `<html>`: its route's load sets
// `locals.lang`; the pages of no story (the index, the missing page) are English.
//
// No <link rel="modulepreload">: the story reads without JavaScript, so nothing but the HTML may
// be fetched before its first paint. Inlined styles keep their (disabled) links.
/** A story's reading page (/<slug>/) and the list of stories (/): set in the system's fonts. */
const INDEX = '/';
const NOT_FOUND = '/404.html';
/** The pages with an island, by route: the reading page and the embeds, set in the system's fonts too. */
const ISLAND_OF: Record<string, IslandName> = {
	'/[story]/[[lang=lang]]': 'reading',
	'/[story]/[[lang=lang]]/embed': 'storyEmbed',
	'/[story]/[[lang=lang]]/embed/[id]': 'stepEmbed'
};

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type }) => type === 'css',
		transformPageChunk: ({ html }) => {
			const head = withOembedLink(event.locals.article, event.route.id, event.params as Record<string, string>);
			const lang = htmlLang(event.locals.lang ?? 'en');
			const page = withArticle(injectDrawing(html, event.locals.drawing), head).replace(
				'<html lang="en">',
				`<html ${lang}>`
			);
			const id = event.route.id ?? '';
			// The page for missing addresses names a missing step of an embed, by a script of its own.
			// A host serves it at any depth: its links and assets go from the site's root.
			if (id === NOT_FOUND) {
				const rooted = page.replace(/(href|src)="\.\//g, '$1="/');
				return addIsland(rooted, '', { script: notFoundScript(), dev: import.meta.env.DEV });
			}
			const island = ISLAND_OF[id];
			if (!island && id !== INDEX) return page;
			// An embed is light unless its address asks otherwise (`?theme=`), which its head script
			// reads before the first paint; the reading page and the index follow the reader's preference.
			const embed = island === 'storyEmbed' || island === 'stepEmbed';
			const tag = embed ? `<html ${lang} class="reading" data-theme="light">` : `<html ${lang} class="reading">`;
			const reading = page.replace(`<html ${lang}>`, tag);
			// The index is links and nothing else: no script; nor has an error page (no data).
			const data = event.locals.island;
			if (!island || !data) return reading;
			const path = event.url.pathname;
			const styled = withIslandStyles(island, embed ? addHeadScript(reading, themeScript()) : reading, path);
			return addIsland(styled, islandUrl(island, path), { data, dev: import.meta.env.DEV });
		}
	});
