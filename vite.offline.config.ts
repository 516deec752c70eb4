/**
 * The offline talks: `vite build --config vite.offline.config.ts` (part of `npm run build`) writes
 * build/<slug>/talk.html for every story of the build (build/<slug>/<lang>/talk.html per edition): the stage and the presenter view in one
 * file that runs from file:// with the network cut. Browsers refuse module scripts and chunks on
 * file:// pages, so everything (the story's data, every chart, the styles and the fonts) goes
 * inline: one classic script, built once, and each story's data as JSON beside it.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { builtEditions, loadStories } from './src/lib/loading/stories.server.ts';
import { editionBase } from './src/lib/model/site.ts';
import { formatsOf } from './src/lib/model/locale/formats.ts';
import { facesFor } from './src/lib/drivers/shared/frame/svg/font-faces.ts';
import { chartTexts } from './src/lib/kinds/registry.ts';
import { stepCredits } from './src/lib/loading/sources.ts';
import { inlineFonts, talkHtml } from './src/lib/drivers/stage/offline/page.ts';
import type { TalkData } from './src/lib/drivers/stage/offline/main.ts';
import { pickWords, uiWords } from './src/lib/model/locale/ui/words.ts';
import { word } from './src/lib/model/words.ts';
import { TALK_WORDS } from './src/lib/drivers/stage/words.ts';

/** Where a story's talk is written: beside its pages, build/<slug>/talk.html (an edition's, build/<slug>/<lang>/talk.html). */
const talkFile = (at: string) => resolve('build', at, 'talk.html');

/** Writes each story's and each edition's talk.html from the built script, fonts.css and app.css, the fonts and the story. */
function talkPages(): Plugin {
	return {
		name: 'talk-pages',
		// After Vite's own CSS plugin, which emits the imported stylesheets in this hook.
		enforce: 'post',
		generateBundle(_options, bundle) {
			const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
			if (!chunk || chunk.type !== 'chunk') this.error('talk: no entry chunk was built');
			// The fonts' rules (every slice npm run fonts wrote), the global styles, as +layout.svelte
			// has them, and the stylesheets the components import (a chart's group colours): the
			// build emits those as files of their own, and the talk is one file.
			const imported = Object.values(bundle)
				.filter((a) => a.type === 'asset' && a.fileName.endsWith('.css'))
				.map((a) => (a.type === 'asset' ? String(a.source) : ''));
			const styles = [readFileSync('src/fonts.css', 'utf8'), readFileSync('src/app.css', 'utf8'), ...imported].join(
				'\n'
			);
			// Read and validated as the site's build does.
			for (const { folder, story, editions } of loadStories()) {
				const versions = [
					{ at: folder.slug, story },
					...builtEditions(editions).map((e) => ({ at: editionBase(folder.slug, e.lang), story: e.story }))
				];
				for (const v of versions) {
					// The words of the story's language alone: the one script serves every language.
					const ui = pickWords(uiWords(v.story.lang), TALK_WORDS);
					const data: TalkData = {
						story: v.story,
						texts: chartTexts(v.story),
						credits: stepCredits(v.story),
						ui
					};
					const title = word(ui, 'stage-page-title', { title: v.story.meta.title });
					// Only the font slices this talk draws with go inside it: its words, its data, and
					// the number words of its language (an edition's script is many slices).
					const drawn = JSON.stringify([data, title, formatsOf(v.story.lang)]);
					const css = inlineFonts(facesFor(styles, drawn), (name) => readFileSync(resolve('static/fonts', name)));
					const out = talkFile(v.at);
					mkdirSync(resolve(out, '..'), { recursive: true });
					writeFileSync(out, talkHtml({ title, lang: v.story.lang, css, js: chunk.code, data }));
				}
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
		// The stylesheet, and its text as the SVG export reads it (`?raw`).
		load: (id) =>
			id.endsWith('/still-fonts.css') ? '' : id.endsWith('/still-fonts.css?raw') ? 'export default ""' : undefined
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
