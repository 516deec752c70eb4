/**
 * Entry of the offline talk (build/talk.html): the story's data, written in at build time, and
 * the Talk app. Built as one classic script with every chart inlined, because a browser will not
 * load module scripts or chunks from file:// pages.
 */
import { mount } from 'svelte';
import Talk from './Talk.svelte';
import { story, texts, credits } from 'virtual:talk-data';

mount(Talk, { target: document.body, props: { story, texts, credits } });
