/**
 * What the stage's and the presenter view's routes share: a step state tied to the URL hash
 * (read at load, written with each step, and followed when the address changes to another step),
 * the charts' loader and the session that links the two windows. Call during component setup.
 */
import { onMount } from 'svelte';
import { syncHash } from '../scrolly/hash-sync.svelte.ts';
import { kitHashWriter } from '../scrolly/kit-hash-writer.svelte.ts';
import { stepIdFromHash } from '../scrolly/hash.ts';
import { ChartLoader, setChartLoader } from '../charts/loader.svelte.ts';
import { StepState } from '../story/step-state.svelte.ts';
import type { Story } from '../story/types.ts';
import { StageSession, channelName } from './session.svelte.ts';

export function stageRoute(story: Story): StageSession {
	const current = new StepState(story.steps.map((s) => s.id));
	syncHash(current, kitHashWriter());
	setChartLoader(new ChartLoader());
	const session = new StageSession(current, channelName(story.meta.title));
	// A step typed into the address bar (or a link to another step) moves the talk there.
	onMount(() => {
		const follow = () => {
			const id = stepIdFromHash(location.hash, current.ids);
			if (id) session.go(current.ids.indexOf(id));
		};
		addEventListener('hashchange', follow);
		return () => removeEventListener('hashchange', follow);
	});
	return session;
}
