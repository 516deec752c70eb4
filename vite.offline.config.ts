/**
 * The offline talks: `vite build --config vite.offline.config.ts` (part of `npm run build`) writes
 * build/<slug>/talk.html for every story of the build: the stage and the presenter view in one
 * file that runs from file:// with the network cut. Browsers refuse module scripts and chunks on
 * file:// pages, so everything (the story's data, every chart, the styles and the fonts) goes
 * inline: one classic script, built once, and each story's data as JSON beside it.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { loadStories } from './src/lib/loading/stories.server.ts';
import { chartText } from './src/lib/kinds/registry.ts';
import { creditLine } from './src/lib/loading/sources.ts';
import { inlineFonts, talkHtml } from './src/lib/drivers/stage/offline/page.ts';
import type { TalkData } from './src/lib/drivers/stage/offline/main.ts';
import { pickWords, uiWords } from './src/lib/model/locale/ui/words.ts';
import { word } from './src/lib/model/words.ts';
import { TALK_WORDS } from './src/lib/drivers/stage/words.ts';

/** Where a story's talk is written: beside its pages, build/<slug>/talk.html. */
const talkFile = (slug: string) => resolve('build', slug, 'talk.html');

/** Writes each story's talk.html from the built script, fonts.css and app.css, the fonts and the story. */
function talkPages(): Plugin {
	return {
		name: 'talk-pages',
		generateBundle(_options, bundle) {
			const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
			if (!chunk || chunk.type !== 'chunk') this.error('talk: no entry chunk was built');
			// The fonts' rules (every slice npm run fonts wrote) and then the global styles, as +layout.svelte has them.
			const css = inlineFonts(readFileSync('src/fonts.css', 'utf8') + readFileSync('src/app.css', 'utf8'), (name) =>
				readFileSync(resolve('static/fonts', name))
			);
			// Read and validated as the site's build does.
			for (const { folder, story } of loadStories()) {
				// The words of the story's language alone: the one script serves every language.
				const ui = pickWords(uiWords(story.lang), TALK_WORDS);
				const data: TalkData = {
					story,
					texts: story.steps.map((s) => chartText(story.data, s)),
					credits: story.steps.map((s) => creditLine(story.datasets, s.cite)),
					ui
				};
				const title = word(ui, 'stage-page-title', { title: story.meta.title });
				const out = talkFile(folder.slug);
				mkdirSync(resolve(out, '..'), { recursive: true });
				writeFileSync(out, talkHtml({ title, lang: story.lang, css, js: chunk.code, data }));
			}
			// Nothing else is written: each HTML file is a whole talk.
			for (const name of Object.keys(bundle)) delete bundle[name];
		}
	};
}

/**
 * The stills' font rules (`src/lib/drivers/shared/frame/still-fonts.css`) name files under /fonts/,
 * which a file:// page cannot fetch: the talk leaves them out, and a frame in it is set in the
 * page's fonts, inlined and next in the stills' font lists.
 */
function noStillFonts(): Plugin {
	return {
		name: 'talk-no-still-fonts',
		enforce: 'pre',
		load: (id) => (id.endsWith('/still-fonts.css') ? '' : undefined)
	};
}

export default defineConfig({
	plugins: [noStillFonts(), svelte({ compilerOptions: { css: 'injected' } }), talkPages()],
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
			entry: resolve('src/lib/drivers/stage/offline/main.ts'),
			formats: ['iife'],
			name: 'Talk',
			fileName: () => 'talk.js'
		}
	}
});
