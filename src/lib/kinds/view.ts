/**
 * What one chart reads: the story's datasets bound to its kind's roles. A story declares its
 * datasets under any ids; a chart in story.yaml binds its roles to some of them (`data:`), and
 * the kind's scenes read the roles only, never a dataset id.
 *
 * Relative imports only: the build-time validator reaches this file.
 */
import type { Datasets, RoleId, StoryChart, StoryData } from '../model/types.ts';

const ROLES: readonly RoleId[] = ['ranks', 'counts', 'parts', 'totals', 'timeline', 'metrics', 'scores', 'pairs'];

// One view per chart (every step of a chart shares it) and data.
const cache = new WeakMap<object, { data: StoryData; view: Datasets }>();

/** The rows of each role of a chart; an unbound role is empty. */
export function chartView(data: StoryData, chart: Pick<StoryChart, 'bind'>): Datasets {
	const hit = cache.get(chart.bind);
	if (hit && hit.data === data) return hit.view;
	const view = Object.fromEntries(
		ROLES.map((role) => {
			const id = chart.bind[role];
			return [role, id !== undefined ? (data[id] ?? []) : []];
		})
	) as unknown as Datasets;
	cache.set(chart.bind, { data, view });
	return view;
}
