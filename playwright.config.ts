import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './tests/e2e/chromium-path.ts';

/**
 * Browser tests run in a real Chromium against the built, prerendered site (`vite preview`).
 * Browser downloads are impossible on our machines, so the executable is found, not fetched.
 */
const executablePath = chromiumPath();
const launchOptions = {
	executablePath,
	args: ['--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--no-first-run']
};

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/output',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 5_000 },
	reporter: [['list']],
	use: {
		baseURL: 'http://localhost:4173',
		launchOptions,
		trace: 'off',
		screenshot: 'only-on-failure'
	},
	webServer: {
		command: 'npx vite preview --port 4173 --strictPort',
		url: 'http://localhost:4173',
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	},
	projects: [
		{
			name: 'desktop',
			use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } }
		},
		{
			name: 'projector',
			use: { browserName: 'chromium', viewport: { width: 1920, height: 1080 } }
		},
		{
			name: 'phone-portrait',
			use: { ...devices['Pixel 7'], browserName: 'chromium', viewport: { width: 390, height: 844 } }
		},
		{
			name: 'phone-landscape',
			use: {
				...devices['Pixel 7 landscape'],
				browserName: 'chromium',
				viewport: { width: 844, height: 390 }
			}
		}
	]
});
