/**
 * What the stage's and the presenter view's routes and the offline talk share: a step state tied
 * to the URL hash (read at load, written with each step, and followed when the address changes to
 * another step), the charts' loader and the session that links the two windows. Call during
 * component setup. The routes write the hash through SvelteKit's router (`kitHashWriter()`); the
 * offline talk, which has none, with the History API (the default).
 */
import { onMount } from 'svelte';
import { historyHashWriter, syncHash, type HashWriter } from '../../step/hash-sync.svelte.ts';
import { stepIdFromHash } from '../../step/hash.ts';
import { ChartLoader, setChartLoader } from '../../charts/loader.svelte.ts';
import { StepState } from '../../step/step-state.svelte.ts';
import type { Story } from '../../model/types.ts';
import { StageSession, channelName } from './session.svelte.ts';

export function stageRoute(story: Story, writer: HashWriter = historyHashWriter): StageSession {
	const current = new StepState(story.steps.map((s) => s.id));
	syncHash(current, writer);
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
