/**
 * What one chart reads: the story's datasets bound to its kind's roles. A story declares its
 * datasets under any ids; a chart in story.yaml binds its roles to some of them (`data:`), and
 * the kind's scenes read the roles only, never a dataset id.
 *
 * Relative imports only: the build-time validator reaches this file.
 */
import type { Datasets, RoleId, Step, StoryData } from '../model/types.ts';

const ROLES: readonly RoleId[] = ['ranks', 'counts', 'parts', 'totals', 'weeks', 'metrics', 'scores', 'pairs'];

// One view per chart binding (every step of a chart shares its `bind` object) and data.
const cache = new WeakMap<object, { data: StoryData; view: Datasets }>();

/** The rows of each role of the step's chart; an unbound role is empty. */
export function chartView(data: StoryData, step: Pick<Step, 'bind'>): Datasets {
	const hit = cache.get(step.bind);
	if (hit && hit.data === data) return hit.view;
	const view = Object.fromEntries(
		ROLES.map((role) => {
			const id = step.bind[role];
			return [role, id !== undefined ? (data[id] ?? []) : []];
		})
	) as unknown as Datasets;
	cache.set(step.bind, { data, view });
	return view;
}
