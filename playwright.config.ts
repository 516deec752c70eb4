import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './tests/e2e/chromium-path.ts';

/**
 * Browser tests run in a real Chromium against the built, prerendered site (`vite preview`).
 * Browser downloads are impossible on our machines, so the executable is found, not fetched.
 */
const executablePath = chromiumPath();
/** Another port lets a second checkout run its suite beside this one. */
const port = Number(process.env.E2E_PORT ?? 4173);
const launchOptions = {
	executablePath,
	args: ['--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--no-first-run']
};

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/output',
	fullyParallel: true,
	// Two workers at least, as CI runs them: Playwright's own default (half the cores) is one on a
	// 2-core machine, which makes the same suite take half as long again there.
	workers: Math.max(2, Math.floor(availableParallelism() / 2)),
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 5_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions,
		trace: 'off',
		screenshot: 'only-on-failure'
	},
	webServer: [
		{
			command: `npx vite preview --port ${port} --strictPort`,
			url: `http://localhost:${port}`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		{
			// Other sites' pages for the embeds, from another origin (`tests/e2e/hosts/server.mjs`).
			command: 'node tests/e2e/hosts/server.mjs',
			url: `http://127.0.0.1:${port + 1}/`,
			env: { HOST_PORT: String(port + 1), EMBED_ORIGIN: `http://localhost:${port}` },
			reuseExistingServer: !process.env.CI,
			timeout: 10_000
		}
	],
	projects: [
		{
			// The stage and the presenter view: a projector; tests set other sizes themselves. First,
			// with the other long walks, so the short tests at the end fill the workers.
			name: 'stage',
			testMatch: 'stage*.spec.ts',
			use: { browserName: 'chromium', viewport: { width: 1920, height: 1080 } }
		},
		{
			// The stills exporter runs its own browser; its spec drives it and the in-page download.
			name: 'stills',
			testMatch: 'stills*.spec.ts',
			use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } }
		},
		{
			// The clips exporter (its own browser, ffprobe) and the stage's clip download.
			name: 'clips',
			testMatch: 'clips*.spec.ts',
			use: { browserName: 'chromium', viewport: { width: 1920, height: 1080 } }
		},
		{
			// Every story of the build, the test stories included (npm run build:test): the labels of
			// every step on a small phone and the stage, and the smoke walks; each test sets its own
			// device. Early, with the other long walks.
			name: 'every-story',
			testMatch: ['every-story.spec.ts', 'editions.spec.ts'],
			use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } }
		},
		{
			name: 'desktop',
			testIgnore: [
				'phone.spec.ts',
				'stage*.spec.ts',
				'stills*.spec.ts',
				'clips*.spec.ts',
				'every-story.spec.ts',
				'editions.spec.ts',
				'theme.spec.ts',
				// The page's height is a phone's problem (an address bar, cards taller than a step):
				// walked in portrait and on its side.
				'page-height.spec.ts'
			],
			use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } }
		},
		{
			// Projector: the story read without JavaScript at 1920x1080. The reading page has the
			// desktop's two-column layout here, larger, and is walked at 1280x800; what a projector
			// shows in a talk is the stage, walked at this size and others in the stage project.
			name: 'projector',
			testMatch: ['no-js.spec.ts'],
			use: { browserName: 'chromium', viewport: { width: 1920, height: 1080 } }
		},
		{
			name: 'phone-portrait',
			testIgnore: [
				'phone.spec.ts',
				'stage*.spec.ts',
				'stills*.spec.ts',
				'clips*.spec.ts',
				'every-story.spec.ts',
				'editions.spec.ts',
				'dev.spec.ts',
				// The embeds' specs set each host's size themselves (desktop).
				'embed*.spec.ts'
			],
			use: { ...devices['Pixel 7'], browserName: 'chromium', viewport: { width: 390, height: 844 } }
		},
		{
			// No-JS and the keyboard; the story is walked step by step at this size in phone.spec
			// (844x390), and axe walks it on desktop and in portrait, the same page and words.
			name: 'phone-landscape',
			testMatch: ['no-js.spec.ts', 'a11y.spec.ts'],
			grepInvert: /read with assistive needs/,
			use: {
				...devices['Pixel 7 landscape'],
				browserName: 'chromium',
				viewport: { width: 844, height: 390 }
			}
		},
		{
			// The phone suite sets its own sizes (320 to 430 px portrait, 844 px landscape). Last, so
			// its seven shorter tests fill the workers while the long walks above finish.
			name: 'phones',
			testMatch: 'phone.spec.ts',
			use: { ...devices['Pixel 7'], browserName: 'chromium' }
		}
	]
});
