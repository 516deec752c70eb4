import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyData } from './src/lib/loading/vite-plugin.ts';
import { islands } from './src/lib/drivers/reading/island/vite-plugin.ts';

export default defineConfig({
	plugins: [storyData(), islands(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	},
	preview: { port: 4173, strictPort: true },
	server: { port: 5173 },
	build: {
		minify: process.env.NO_MINIFY ? false : undefined,
		// No <link rel="modulepreload"> added by script for a dynamic import's chunks: adding them
		// cost the first load a long task on a slow phone (traced: 60-80 ms at 4x, most of it in
		// appendChild). The browser fetches a module's imports as it parses it. CSS is inlined.
		modulePreload: { resolveDependencies: (_file, deps) => deps.filter((d) => d.endsWith('.css')) }
	}
});
