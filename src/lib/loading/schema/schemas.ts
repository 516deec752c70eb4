/**
 * Every shape's schema (one file each in shapes/), and the channels a shape reads.
 */
import type { Group, ShapeId, Shapes } from '../../model/types.ts';
import type { Grain } from '../../model/periods.ts';
import type { Column, DatasetSchema } from './dataset-schema.ts';
import { ranksSchema } from './shapes/ranks.ts';
import { countsSchema } from './shapes/counts.ts';
import { sharesSchema } from './shapes/shares.ts';
import { timelineSchema } from './shapes/timeline.ts';
import { metricsSchema } from './shapes/metrics.ts';
import { scoresSchema } from './shapes/scores.ts';
import { periodsSchema } from './shapes/periods.ts';
import { pairsSchema } from './shapes/pairs.ts';

type Schemas = { [K in ShapeId]: DatasetSchema<Shapes[K]> };

/**
 * Every shape's schema, for the story's groups and a timeline's series (group id -> column) and
 * declared grain.
 * A column is named as its channel (`label`, `value`...); a dataset maps other column names
 * onto the channels with `columns:` in story.yaml.
 */
export function schemas(groups: readonly Group[], series: Record<string, string> = {}, grain?: Grain): Schemas {
	return {
		ranks: ranksSchema(groups),
		counts: countsSchema(groups),
		shares: sharesSchema(groups),
		timeline: timelineSchema(series, grain),
		metrics: metricsSchema(),
		scores: scoresSchema(groups),
		periods: periodsSchema(),
		pairs: pairsSchema(groups)
	};
}

/** The channels of a shape: the column names it reads unless a dataset maps others. */
export function channelsOf(shape: ShapeId): string[] {
	return Object.values(schemas([])[shape].columns as Record<string, Column<unknown>>)
		.map((c) => c.column)
		.filter((c) => !['source', 'url', 'date', 'confidence'].includes(c));
}
