import { render } from 'svelte/server';
import { storyEntries } from '$lib/loading/stories.server';
import { routeStory } from '$lib/loading/route-story';
import { chartTexts } from '$lib/kinds/registry';
import { stepCredits } from '$lib/loading/sources';
import { loadCharts, type PrerenderedChart } from '$lib/charts/loader.svelte';
import { dataScript } from '$lib/drivers/reading/server/island-data';
import { EMBED_DATA_ID, STORY_EMBED_WORDS, type StoryEmbedData } from '$lib/drivers/reading/embed/embed-data';
import { pickWords, uiWords } from '$lib/model/locale/ui/words';
import { storyArticleTags } from '$lib/drivers/shared/share/article-head';
import { dataAsOf } from '$lib/model/dates';
import type { Step } from '$lib/model/types';
import type { EntryGenerator, PageServerLoad } from './$types';

// Build time only: the story for another site's page. It reads flat (each step's words, then its
// chart as drawn here) until a host's loader steps it with the host's scroll; then it is the
// reading page's scrollytelling section, whose first chart is drawn here too.
export const entries: EntryGenerator = storyEntries;

export const load: PageServerLoad = async ({ locals, params }) => {
	const story = routeStory(params.story, params.lang);
	const charts = await loadCharts(story.steps.map((s) => s.chart.kind));
	const draw = (step: Step) => render(charts[step.chart.kind]!, { props: { data: story.data, step } }).body;

	const prerendered: PrerenderedChart = { stepId: story.steps[0].id };
	const reading = { ...story, steps: story.steps.map((s) => ({ ...s, notes: [] })), updates: [] };
	const texts = chartTexts(story);
	const credits = stepCredits(story);
	const asOf = dataAsOf(story);
	// Each step's chart, for the flat reading (the page puts it after the step's words).
	const drawings = story.steps.map(draw);
	locals.drawing = drawings[0];
	// Every word for the server's HTML (the page runs no SvelteKit client), the island's in its JSON.
	const ui = uiWords(story.lang);
	// The island needs each step's credit line, not the datasets' words.
	const island: StoryEmbedData = {
		story: { ...reading, datasets: [] },
		texts,
		credits,
		prerendered,
		asOf,
		ui: pickWords(ui, STORY_EMBED_WORDS)
	};
	locals.island = dataScript(EMBED_DATA_ID, island);
	locals.article = storyArticleTags(story, params.story, params.lang);
	locals.lang = story.lang;
	return { story: reading, texts, credits, prerendered, asOf, drawings, ui };
};
