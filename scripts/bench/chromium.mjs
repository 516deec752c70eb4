/**
 * The Chromium the bench drives (Playwright's sections and Lighthouse alike): where it is, which
 * version, and the flags it runs with.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROME_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--no-first-run'
];

export function findChromium() {
	const candidates = [
		process.env.CHROME_PATH,
		process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser'
	];
	for (const p of candidates) if (p && existsSync(p)) return p;
	throw new Error(
		'No Chromium found at CHROME_PATH, PLAYWRIGHT_CHROMIUM_EXECUTABLE or /usr/bin/chromium.\n' +
			'Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROME_PATH.'
	);
}

/** @param {string} chromePath */
export function chromiumVersion(chromePath) {
	try {
		// Debian's wrapper prints a harmless shell warning on stderr; keep stdout only.
		return execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch (e) {
		return `unknown (${/** @type {Error} */ (e).message.split('\n')[0]})`;
	}
}
