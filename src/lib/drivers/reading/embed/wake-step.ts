/** The step embed's chart code, loaded at the reader's first move (`step-embed.ts`). */
import { mount } from 'svelte';
import StepEmbedIsland from './StepEmbedIsland.svelte';
import { readJsonScript } from '../../shared/json-script';
import { EMBED_DATA_ID, EMBED_PART_ID, type StepEmbedData } from './embed-data';

/** Hydrates the figure; `done` runs once it is live. */
export function wakeStep(done: () => void): void {
	const data = readJsonScript<StepEmbedData>(EMBED_DATA_ID);
	const part = document.getElementById(EMBED_PART_ID);
	if (data && part) mount(StepEmbedIsland, { target: document.body, props: { ...data, part, done } });
}
