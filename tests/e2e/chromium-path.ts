import { existsSync } from 'node:fs';

/**
 * Which Chromium to drive: an explicit CHROME_PATH or PLAYWRIGHT_CHROMIUM_EXECUTABLE, then
 * Debian's /usr/bin/chromium, then Playwright's own download if this machine has one
 * (returning undefined lets Playwright look for it and say what is missing).
 */
export function chromiumPath(): string | undefined {
	const candidates = [
		process.env.CHROME_PATH,
		process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser'
	];
	for (const path of candidates) {
		if (path && existsSync(path)) return path;
	}
	console.warn(
		'No Chromium found at CHROME_PATH, PLAYWRIGHT_CHROMIUM_EXECUTABLE or /usr/bin/chromium.\n' +
			'Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu), or `npx playwright install chromium`.'
	);
	return undefined;
}
