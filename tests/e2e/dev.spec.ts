/**
 * `npm run dev`, the README's first command: the dev server renders the story, the reading
 * island runs from its source (Vite serves it; the built page imports a bundle instead), and a
 * scroll moves the chart. Nothing else runs the site this way.
 */
import { spawn } from 'node:child_process';
import { test, expect, steps, ready, scrollToStep, chartState, expectedState, BASE } from './fixtures.ts';

/** Beside the suite's preview server (E2E_PORT), so that a second checkout's suite keeps clear too. */
const port = Number(process.env.E2E_PORT ?? 4173) + 1000;
// The page's own origin is the dev server's: the guard holds requests to it as ours.
test.use({ baseURL: `http://localhost:${port}` });

test('npm run dev serves the story, its island from the source, and a scroll moves the chart', async ({ page }) => {
	// The first request compiles the page and its modules: tens of seconds on a busy 2-core machine.
	test.setTimeout(150_000);
	// Its own process group, so the server and its helpers (esbuild) all stop with it.
	const dev = spawn(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'dev', '--port', String(port), '--strictPort'],
		{
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true
		}
	);
	let log = '';
	dev.stdout.on('data', (d) => (log += d));
	dev.stderr.on('data', (d) => (log += d));
	try {
		const url = `http://localhost:${port}${BASE}`;
		await expect
			.poll(async () => (await fetch(url).catch(() => null))?.status ?? 0, {
				message: `dev server at ${port}: ${log}`,
				timeout: 60_000
			})
			.toBe(200);
		await page.goto(url);
		await expect(page.locator('script[type="module"][src="/src/lib/drivers/reading/island/reading.ts"]')).toHaveCount(
			1
		);
		await page.waitForFunction(() => document.documentElement.dataset.scrollyReady === 'true', null, {
			timeout: 90_000
		});
		await ready(page);
		const step = steps[4];
		await scrollToStep(page, step.id);
		await expect.poll(() => chartState(page), { timeout: 30_000 }).toBe(expectedState(step));
		await expect(page).toHaveURL(new RegExp(`#${step.id}$`));
	} finally {
		if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
	}
});
