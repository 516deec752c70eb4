/**
 * What every bench section is handed: the section's shape (`Section`), the context it runs in
 * (`Ctx`: the story's address, the options, one shared browser, the server...), the viewports it
 * measures (one summary column each) and where results go.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RESULTS_DIR = path.join(ROOT, 'bench-results');

/** Summary columns: one per viewport a section measures. */
export const VIEWPORTS = [
	{
		key: 'phone',
		label: 'Phone 390×844',
		options: {
			viewport: { width: 390, height: 844 },
			screen: { width: 390, height: 844 },
			deviceScaleFactor: 2.625,
			isMobile: true,
			hasTouch: true,
			userAgent:
				'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36'
		}
	},
	{
		key: 'desktop',
		label: 'Desktop 1280×800',
		options: { viewport: { width: 1280, height: 800 } }
	}
];

/**
 * A section: `rows` go to the Markdown summary (one column per viewport key), `data` to
 * bench-results/latest.json.
 * @typedef {import('./format.mjs').SummaryRow} SummaryRow
 * @typedef {{ name: string, title: string, enabled?: (args: import('./args.mjs').BenchArgs) => boolean,
 *   run: (ctx: Ctx) => Promise<{ rows: SummaryRow[], data: unknown }> }} Section
 * @typedef {object} Ctx
 * @property {string} baseUrl the measured story's address, /<slug>
 * @property {import('../build-stories.mjs').BuildStory} story the measured story, as the build lists it
 * @property {import('./args.mjs').BenchArgs} args
 * @property {string} chromePath
 * @property {typeof VIEWPORTS} viewports
 * @property {() => Promise<import('@playwright/test').Browser>} browser one shared Playwright Chromium
 * @property {(msg: string) => void} problem records something worth a look (printed at the end)
 * @property {(fn: () => unknown) => void} onCleanup
 * @property {() => Promise<void>} ensureServer restarts `vite preview` if it has gone away
 */
