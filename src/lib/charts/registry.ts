import type { ChartId, Datasets, Step, Story } from '../story/types.ts';
import type { ChartSpec, ChartText } from './types.ts';
import { rankingSpec } from './ranking/spec.ts';
import { shareSpec } from './share/spec.ts';
import { timelineSpec } from './timeline/spec.ts';
import { benchmarkSpec } from './benchmark/spec.ts';
import { pricesSpec } from './prices/spec.ts';

/** Every chart a step can name, by id. Pure TypeScript: the build-time validator reads it. */
export const CHARTS: Record<ChartId, ChartSpec> = {
	ranking: rankingSpec,
	share: shareSpec,
	timeline: timelineSpec,
	benchmark: benchmarkSpec,
	prices: pricesSpec
};

export function chartText(data: Datasets, step: Step): ChartText {
	return CHARTS[step.chart].text(data, step);
}

/** The scene a step's chart draws. */
export function sceneOf(story: Pick<Story, 'data'>, step: Step): { text: ChartText } {
	return CHARTS[step.chart].scene(story.data, step);
}
