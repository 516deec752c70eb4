import type { KindId, Step, StoryData } from '../model/types.ts';
import type { ChartSpec, ChartText } from './types.ts';
import { chartView } from './view.ts';
import { rankedBarsSpec } from './ranked-bars/spec.ts';
import { partOfWholeSpec } from './part-of-whole/spec.ts';
import { linesOverTimeSpec } from './lines-over-time/spec.ts';
import { dotPlotSpec } from './dot-plot/spec.ts';
import { groupedBarsSpec } from './grouped-bars/spec.ts';

/**
 * Every chart kind a story's chart can be, by id. Pure TypeScript: the build-time validator
 * reads it. A story names its charts and gives each a kind (`charts:` in story.yaml).
 */
export const KINDS: Record<KindId, ChartSpec> = {
	'ranked-bars': rankedBarsSpec,
	'part-of-whole': partOfWholeSpec,
	'lines-over-time': linesOverTimeSpec,
	'dot-plot': dotPlotSpec,
	'grouped-bars': groupedBarsSpec
};

export function chartText(data: StoryData, step: Step): ChartText {
	return KINDS[step.chart.kind].text(chartView(data, step.chart), step);
}

/** Each step's chart text: what a page of the story writes at build time for its figure and table. */
export function chartTexts(story: { data: StoryData; steps: readonly Step[] }): ChartText[] {
	return story.steps.map((step) => chartText(story.data, step));
}

/** The scene a step's chart draws. */
export function sceneOf(story: { data: StoryData }, step: Step): { text: ChartText } {
	return KINDS[step.chart.kind].scene(chartView(story.data, step.chart), step);
}
