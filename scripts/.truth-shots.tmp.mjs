import { chromium } from '@playwright/test';
const base = `http://localhost:${process.env.PORT}`;
const steps = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-dev-shm-usage', '--disable-gpu'] });
for (const [w, h] of [[390, 844], [1280, 800]]) {
	const page = await browser.newPage({ viewport: { width: w, height: h }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
	for (const id of steps) {
		await page.goto(`${base}/#${id}`);
		await page.waitForTimeout(1500);
		await page.screenshot({ path: `/tmp/truth-shots/${w}-${id}.png` });
	}
	await page.close();
}
await browser.close();
