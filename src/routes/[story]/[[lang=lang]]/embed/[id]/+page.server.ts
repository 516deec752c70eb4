import { render } from 'svelte/server';
import { stepEntries } from '$lib/loading/stories.server';
import { routeStep } from '$lib/loading/route-story';
import { chartText } from '$lib/kinds/registry';
import { loadCharts } from '$lib/charts/loader.svelte';
import { creditLine } from '$lib/loading/sources';
import { dataScript } from '$lib/drivers/reading/server/island-data';
import { EMBED_DATA_ID, STEP_EMBED_WORDS, type StepEmbedData } from '$lib/drivers/reading/embed/embed-data';
import { pickWords, uiWords } from '$lib/model/locale/ui/words';
import { storyArticleTags } from '$lib/drivers/shared/share/article-head';
import { dataAsOf } from '$lib/model/dates';
import type { EntryGenerator, PageServerLoad } from './$types';

// Build time only: one step's chart for another site's page, drawn here, so it reads with no
// JavaScript; its island takes the drawing over at the reader's first move.
export const entries: EntryGenerator = stepEntries;

export const load: PageServerLoad = async ({ locals, params }) => {
	const { story, step } = routeStep(params.story, params.id, params.lang);
	const Drawn = (await loadCharts([step.chart.kind]))[step.chart.kind]!;
	locals.drawing = render(Drawn, { props: { data: story.data, step } }).body;
	const figure: StepEmbedData = {
		data: story.data,
		step: { ...step, notes: [] },
		text: chartText(story.data, step),
		credit: creditLine(story.datasets, step.cite, story.lang),
		asOf: dataAsOf(story),
		// From /<slug>/embed/<id>/ to /<slug>/#<id>: relative, so the site works under any path.
		storyHref: `../../#${step.id}`,
		storyTitle: story.meta.title,
		prerendered: { stepId: step.id },
		lang: story.lang,
		ui: pickWords(uiWords(story.lang), STEP_EMBED_WORDS)
	};
	locals.island = dataScript(EMBED_DATA_ID, figure);
	locals.article = storyArticleTags(story, params.story, params.lang);
	locals.lang = story.lang;
	return { figure };
};
