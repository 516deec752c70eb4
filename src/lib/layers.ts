/**
 * The engine's layers, bottom to top, as `src/lib` holds them: data becomes a model, a kind turns
 * a step's data into a scene, loading reads and guards a story, charts draw scenes, the step is
 * the one state every mode shares, and the drivers set it (scrolling, the stage, the stills and
 * clips exporters), with what two of them share in `drivers/shared/`. A file imports only from
 * its own layer or those below it, and a driver never from another driver (`layers.test.ts`).
 */
export const LAYERS = [
	{ dir: 'model', holds: 'types, groups, formats, chart words, site paths' },
	{ dir: 'kinds', holds: 'the kind registry, specs, pure scenes and their texts, one folder per kind' },
	{ dir: 'loading', holds: 'story.yaml and CSV read, checked and guarded; the stories of a build' },
	{ dir: 'charts', holds: 'chart components and their layercake layers, motion' },
	{ dir: 'step', holds: 'the current step, the URL hash, a step’s words' },
	{
		dir: 'drivers/shared',
		holds: 'what drivers share: the frame and SVG serializer, recording, downloads, share cards, pacing'
	},
	{
		dir: 'drivers',
		holds: 'reading, stage, stills, clips: each sets the step its own way; publish records what they show'
	}
] as const;

/** Where a file of `src/lib` sits: its layer's rank and, for a driver, which one. */
export function placeOf(path: string): { rank: number; driver: string | null } | null {
	const rel = path.replace(/^src\/lib\//, '');
	if (rel === path) return null;
	// The deepest layer that holds the file: `drivers/shared/` before `drivers/`.
	let rank = -1;
	LAYERS.forEach((l, i) => {
		if (rel.startsWith(`${l.dir}/`) && (rank < 0 || l.dir.length > LAYERS[rank].dir.length)) rank = i;
	});
	if (rank < 0) return null;
	return { rank, driver: LAYERS[rank].dir === 'drivers' ? rel.split('/')[1] : null };
}

/** An import of `to` from `from` (both repo paths) that breaks the layers, said in words; else null. */
export function breach(from: string, to: string): string | null {
	const a = placeOf(from);
	const b = placeOf(to);
	if (!a || !b) return null;
	if (b.rank > a.rank) return `${from} imports ${to}: ${LAYERS[a.rank].dir} sits below ${LAYERS[b.rank].dir}`;
	if (a.driver && b.driver && a.driver !== b.driver)
		return `${from} imports ${to}: the ${a.driver} driver reaches into the ${b.driver} driver`;
	return null;
}
