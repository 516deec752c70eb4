/**
 * The offline talk: `vite build --config vite.offline.config.ts` (part of `npm run build`) writes
 * build/talk.html, the stage and the presenter view in one file that runs from file:// with the
 * network cut. Browsers refuse module scripts and chunks on file:// pages, so everything (the
 * story's data, every chart, the styles and the fonts) goes inline in one classic script.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { loadStory } from './src/lib/story/load.server.ts';
import { chartText } from './src/lib/charts/registry.ts';
import { creditLine } from './src/lib/story/sources.ts';
import { inlineFonts, talkHtml } from './src/lib/stage/offline/page.ts';

const ID = 'virtual:talk-data';
const OUT = resolve('build/talk.html');

/** The story, read and validated as the site's build does, for the talk's script. */
function talkData(): Plugin {
	return {
		name: 'talk-data',
		resolveId: (id) => (id === ID ? `\0${ID}` : null),
		load(id) {
			if (id !== `\0${ID}`) return null;
			const story = loadStory();
			const texts = story.steps.map((s) => chartText(story.data, s));
			const credits = story.steps.map((s) => creditLine(story.datasets, s.cite));
			// JSON.parse of a string literal is faster to start than the same object as code.
			const json = (v: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(v))})`;
			return `export const story = ${json(story)};\nexport const texts = ${json(texts)};\nexport const credits = ${json(credits)};\n`;
		}
	};
}

/** Writes build/talk.html from the built script, app.css and the fonts. */
function talkPage(): Plugin {
	return {
		name: 'talk-page',
		generateBundle(_options, bundle) {
			const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
			if (!chunk || chunk.type !== 'chunk') this.error('talk: no entry chunk was built');
			const css = inlineFonts(readFileSync('src/app.css', 'utf8'), (name) => readFileSync(resolve('static/fonts', name)));
			const story = loadStory();
			mkdirSync(resolve('build'), { recursive: true });
			writeFileSync(OUT, talkHtml({ title: story.meta.title, css, js: chunk.code }));
			// Nothing else is written: the HTML file is the whole talk.
			for (const name of Object.keys(bundle)) delete bundle[name];
		}
	};
}

export default defineConfig({
	plugins: [talkData(), svelte({ compilerOptions: { css: 'injected' } }), talkPage()],
	resolve: { alias: { $lib: resolve('src/lib') } },
	publicDir: false,
	logLevel: 'warn',
	// A file:// page cannot fetch the fonts a clip's frames carry: the talk leaves the clip
	// download (and its encoder's code, about 230 KB) out.
	define: { 'import.meta.env.VITE_OFFLINE_TALK': JSON.stringify('1') },
	build: {
		outDir: '.svelte-kit/talk',
		emptyOutDir: true,
		copyPublicDir: false,
		lib: {
			entry: resolve('src/lib/stage/offline/main.ts'),
			formats: ['iife'],
			name: 'Talk',
			fileName: () => 'talk.js'
		}
	}
});
