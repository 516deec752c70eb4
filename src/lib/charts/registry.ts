import type { ChartId, Datasets, Step } from '../story/types';
import type { ChartSpec, ChartText } from './types';
import { rankingSpec } from './ranking/spec';
import { shareSpec } from './share/spec';
import { timelineSpec } from './timeline/spec';
import { benchmarkSpec } from './benchmark/spec';
import { pricesSpec } from './prices/spec';

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
