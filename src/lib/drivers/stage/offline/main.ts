/**
 * Entry of the offline talk (build/<slug>/talk.html): the Talk app, built once for every story as
 * one classic script with every chart inlined (a browser will not load module scripts or chunks
 * from file:// pages). Each story's file carries its own data as JSON before the script
 * (page.ts); JSON.parse of it is faster to start than the same object as code.
 */
import { mount } from 'svelte';
import Talk from './Talk.svelte';
import type { Story } from '../../../model/types';
import type { ChartText } from '../../../kinds/types';
import { TALK_DATA_ID } from './page';
import { readJsonScript } from '../../shared/json-script';
import type { TalkWords } from '../words';

/** What vite.offline.config.ts writes into each talk file. */
export interface TalkData {
	story: Story;
	texts: ChartText[];
	credits: string[];
	/** The interface's words of the story's language (`TALK_WORDS`). */
	ui: TalkWords;
}

const data = readJsonScript<TalkData>(TALK_DATA_ID);
if (!data) throw new Error('talk: this file carries no story');
const { story, texts, credits, ui } = data;

mount(Talk, { target: document.body, props: { story, texts, credits, ui } });
