import { render } from 'svelte/server';
import { storyEntries } from '$lib/loading/stories.server';
import { routeStory } from '$lib/loading/route-story';
import { chartTexts } from '$lib/kinds/registry';
import { stepCredits } from '$lib/loading/sources';
import { loadCharts } from '$lib/charts/loader.svelte';
import type { PrerenderedChart } from '$lib/charts/loader.svelte';
import { storyCard } from '$lib/drivers/shared/share/share-card';
import { dataScript } from '$lib/drivers/reading/server/island-data';
import { READING_DATA_ID, READING_WORDS, type ReadingData } from '$lib/drivers/reading/island/reading-data';
import { pickWords, uiWords } from '$lib/model/locale/ui/words';
import { storyArticleTags } from '$lib/drivers/shared/share/article-head';
import { dataAsOf } from '$lib/model/dates';
import { editionBase } from '$lib/model/site';
import { routeLanguages } from '$lib/drivers/shared/langs/route-languages.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// Build time only: read and validate the story's folder (data/stories/<slug>/) (a bad file stops the build); write each step's chart
// text (title, caption, table) and the first step's drawing here, so the first view needs no
// chart code at all: the browser loads a chart's chunk only when the reader starts moving. The
// drawing goes into the HTML through hooks.server.ts, not into the page's data.
export const entries: EntryGenerator = storyEntries;

export const load: PageServerLoad = async ({ locals, params }) => {
	const story = routeStory(params.story, params.lang);
	const first = story.steps[0];
	const charts = await loadCharts([first.chart.kind]);
	const Drawn = charts[first.chart.kind]!;
	locals.drawing = render(Drawn, { props: { data: story.data, step: first } }).body;
	const prerendered: PrerenderedChart = { stepId: first.id };
	// Speaker notes are for the presenter view alone (its own page): the reading page's HTML and
	// data never carry them.
	const reading = { ...story, steps: story.steps.map((s) => ({ ...s, notes: [] })) };
	const texts = chartTexts(story);
	const credits = stepCredits(story);
	// The link preview of the story: the first step's card (npm run publish draws its image).
	const card = storyCard(story.meta, first, texts[0], editionBase(params.story, params.lang));
	// What the page's island needs, as JSON in the page (it has no SvelteKit client to carry data);
	// put there by hooks.server.ts, like the drawing, so the page's data does not carry it twice.
	const asOf = dataAsOf(story);
	// The log of updates is server HTML alone: the island never shows it.
	// The page's words in its story's language: all of them for the server's HTML (the page's data
	// never reaches the browser, `csr = false`), the island's own in its JSON.
	const ui = uiWords(story.lang);
	const languages = routeLanguages(params.story, params.lang, story.lang);
	// The datasets' words show in the sources section (server HTML); the island needs each step's
	// credit line alone, written here.
	const island: ReadingData = {
		story: { ...reading, updates: [], datasets: [] },
		texts,
		credits,
		prerendered,
		asOf,
		ui: pickWords(ui, READING_WORDS),
		...(languages.links.length > 1 ? { languages: languages.links } : {})
	};
	locals.island = dataScript(READING_DATA_ID, island);
	locals.article = storyArticleTags(story, params.story, params.lang);
	locals.lang = story.lang;
	return { story: reading, texts, credits, prerendered, asOf, card, ui, languages };
};
