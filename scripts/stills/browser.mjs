/**
 * Which Chromium the exporter drives. Browser downloads are impossible on our machines, so it is
 * found, never fetched: CHROME_PATH, PLAYWRIGHT_CHROMIUM_EXECUTABLE, Debian's /usr/bin/chromium,
 * then Playwright's own browser if this machine has one.
 */
import { existsSync } from 'node:fs';

export const CHROME_ARGS = [
	'--disable-dev-shm-usage',
	'--disable-gpu',
	'--disable-background-networking',
	'--no-first-run'
];

export class NoBrowserError extends Error {}

/**
 * @param {Record<string, string | undefined>} env
 * @param {(p: string) => boolean} exists
 * @param {() => string | undefined} playwrightOwn Playwright's own Chromium, if it knows one
 * @returns {string}
 */
export function findChromium(env = process.env, exists = existsSync, playwrightOwn = () => undefined) {
	// A path set on purpose that leads nowhere is a mistake to report, not to work around.
	for (const name of ['CHROME_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE']) {
		const p = env[name];
		if (p) {
			if (exists(p)) return p;
			throw new NoBrowserError(
				`${name} is set to ${p}, but there is no browser there. Point it at a Chromium or unset it.`
			);
		}
	}
	for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (exists(p)) return p;
	const own = playwrightOwn();
	if (own && exists(own)) return own;
	throw new NoBrowserError(
		"No Chromium found (CHROME_PATH, PLAYWRIGHT_CHROMIUM_EXECUTABLE, /usr/bin/chromium, Playwright's own).\n" +
			'Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`,\n' +
			'or set CHROME_PATH to a Chromium or Chrome executable.'
	);
}

/** Playwright's downloaded Chromium, if any (its path is known even when nothing is there). */
export async function playwrightChromium() {
	try {
		const { chromium } = await import('@playwright/test');
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}
