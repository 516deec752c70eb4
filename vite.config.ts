import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyData } from './src/lib/story/vite-plugin.ts';

export default defineConfig({
	plugins: [storyData(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	},
	preview: { port: 4173, strictPort: true },
	server: { port: 5173 },
	build: { minify: process.env.NO_MINIFY ? false : undefined }
});
