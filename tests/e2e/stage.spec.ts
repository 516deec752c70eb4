/**
 * The stage (/present/): a speaker's keys and clicker, exact steps under quick presses, blackout,
 * the overview and the keys, touch, full screen, the URL hash, and the fit at 16:9, 4:3 and 4K in
 * both themes with axe. Runs in the `stage` project (1920x1080 unless a test sets its own size).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, steps, story, BASE } from './fixtures.ts';
import { openStage, stageStep, indexOf, chartSignature, settledOn } from './stage-fixtures.ts';
import { pixels, pngSize } from './stills-helpers.ts';

const last = steps.length - 1;

async function press(page: Page, key: string, expected: number): Promise<void> {
	await page.keyboard.press(key);
	await expect.poll(() => stageStep(page), { message: `after ${key}` }).toBe(steps[expected].id);
}

test.describe('keys', () => {
	test('every step key moves exactly one step; Home, End, a typed number; a held key steps once', async ({ page }) => {
		await openStage(page);
		let at = 0;
		for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', 'Space', 'Enter', 'n', 'N']) await press(page, key, ++at);
		for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp', 'Backspace']) await press(page, key, --at);
		await press(page, 'End', last);
		await press(page, 'PageDown', last);
		await press(page, 'Home', 0);
		await press(page, 'PageUp', 0);

		// "1", "2", Enter: step 12. The typed number is on screen until Enter.
		await page.keyboard.press('1');
		await page.keyboard.press('2');
		await expect(page.getByTestId('stage-typed')).toHaveText(/12/);
		await press(page, 'Enter', 11);
		await expect(page.getByTestId('stage-typed')).toHaveCount(0);
		// Backspace takes back a digit first: "4", "7", Backspace, Enter is step 4.
		for (const k of ['4', '7', 'Backspace']) await page.keyboard.press(k);
		await press(page, 'Enter', 3);
		// A number past the end lands on the last step.
		for (const k of ['9', '9']) await page.keyboard.press(k);
		await press(page, 'Enter', last);

		// A held key (auto-repeat) steps once.
		await press(page, 'Home', 0);
		await page.keyboard.down('PageDown');
		await page.evaluate(() => {
			for (let i = 0; i < 5; i++)
				window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', repeat: true, bubbles: true }));
		});
		await page.keyboard.up('PageDown');
		await expect.poll(() => stageStep(page)).toBe(steps[1].id);
		// The URL hash names the step; a reload resumes there.
		await expect(page).toHaveURL(new RegExp(`${BASE}present/#${steps[1].id}$`));
		await page.reload();
		await expect(page.locator('[data-stage-ready="true"]')).toHaveCount(1);
		expect(await stageStep(page)).toBe(steps[1].id);
	});

	test('five quick presses mid-transition land five steps on, with the words the next frame and the final chart', async ({
		page,
		browser
	}) => {
		// Start where the next five steps change chart and state, the hardest run for the charts.
		const start = steps.findIndex((s, i) => i + 5 <= last && steps[i + 1].chart.id !== s.chart.id);
		await openStage(page, steps[start].id);
		await settledOn(page, steps[start]);

		// In the page: each press, then what is on screen in the very next frame.
		const seen = await page.evaluate(async () => {
			const out: { id: string; shown: boolean; words: string }[] = [];
			for (let k = 0; k < 5; k++) {
				window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
				await new Promise<void>((r) =>
					requestAnimationFrame(() => {
						const el = document.querySelector<HTMLElement>('[data-step][aria-current="step"]');
						out.push({
							id: el?.id ?? '',
							shown: !!el && el.offsetHeight > 0 && !el.hidden,
							words: el?.innerText.slice(0, 40) ?? ''
						});
						r();
					})
				);
				// 40 ms apart: each press lands while the last one's chart is still moving.
				await new Promise((r) => setTimeout(r, 40));
			}
			return out;
		});
		expect(seen.map((s) => s.id)).toEqual(steps.slice(start + 1, start + 6).map((s) => s.id));
		for (const s of seen) {
			expect(s.shown, `${s.id} shown`).toBe(true);
			expect(s.words.length, `${s.id} words`).toBeGreaterThan(10);
		}
		const target = steps[start + 5];
		const drawn = await settledOn(page, target);

		// The same step opened cold, with motion off, draws the same picture: nothing stale.
		const context = await browser.newContext({ viewport: page.viewportSize()!, reducedMotion: 'reduce' });
		const cold = await context.newPage();
		await openStage(cold, target.id);
		expect(await settledOn(cold, target)).toBe(drawn);
		await context.close();

		// And with real key presses, as fast as the keyboard sends them, back five steps.
		for (let k = 0; k < 5; k++) await page.keyboard.press('PageUp');
		expect(await settledOn(page, steps[start])).toBe(await chartSignature(page));
		expect(await stageStep(page)).toBe(steps[start].id);
	});

	test('B and "." black the screen out and back, W whites it out; a step key first brings the chart back', async ({
		page
	}) => {
		await openStage(page, steps[2].id);
		const centre = async () =>
			page.evaluate(() => {
				const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2) as HTMLElement;
				return getComputedStyle(el).backgroundColor;
			});
		await page.keyboard.press('b');
		await expect(page.getByTestId('stage-blank')).toBeVisible();
		expect(await centre()).toBe('rgb(0, 0, 0)');
		await page.keyboard.press('b');
		await expect(page.getByTestId('stage-blank')).toHaveCount(0);
		await page.keyboard.press('.');
		expect(await centre()).toBe('rgb(0, 0, 0)');
		await page.keyboard.press('w');
		expect(await centre()).toBe('rgb(255, 255, 255)');
		// The clicker's "next" while blank shows the room where they are, and does not step.
		await page.keyboard.press('PageDown');
		await expect(page.getByTestId('stage-blank')).toHaveCount(0);
		expect(await stageStep(page)).toBe(steps[2].id);
		await press(page, 'PageDown', 3);
	});

	test('F toggles full screen; F5 starts the show from the first step, Shift+F5 from this one; Esc steps out, then back to reading', async ({
		page
	}) => {
		await openStage(page, steps[4].id);
		const isFull = () => page.evaluate(() => document.fullscreenElement !== null);
		await page.keyboard.press('f');
		await expect.poll(isFull).toBe(true);
		await page.keyboard.press('f');
		await expect.poll(isFull).toBe(false);

		await page.keyboard.press('Shift+F5');
		await expect.poll(isFull).toBe(true);
		expect(await stageStep(page)).toBe(steps[4].id);
		await page.keyboard.press('Escape');
		await expect.poll(isFull).toBe(false);
		await page.keyboard.press('F5');
		await expect.poll(isFull).toBe(true);
		expect(await stageStep(page)).toBe(steps[0].id);
		// F5 never reloads the page: the stage is still the same document.
		await expect(page).toHaveURL(new RegExp(`${BASE}present/`));
		await press(page, 'PageDown', 1);

		await page.keyboard.press('Escape');
		await expect.poll(isFull).toBe(false);
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(new RegExp(`:\\d+${BASE}#${steps[1].id}$`));
		await page.waitForFunction(() => document.documentElement.dataset.scrollyReady === 'true');
		await expect.poll(() => page.$$eval('[aria-current="step"]', (els) => els.map((e) => e.id))).toEqual([steps[1].id]);
	});
});

test.describe('overview, keys and the live region', () => {
	test('O shows every step and jumps to the one chosen; ? lists the keys; each step is announced', async ({ page }) => {
		await openStage(page);
		const announcer = page.getByTestId('stage-announcer');
		await expect(announcer).toHaveAttribute('aria-live', 'polite');
		await expect(announcer).toContainText(`Step 1 of ${steps.length}`);

		await page.keyboard.press('o');
		const dialog = page.getByRole('dialog', { name: /steps/ });
		await expect(dialog).toBeVisible();
		await expect(dialog.locator('[data-overview-step]')).toHaveCount(steps.length);
		await expect(dialog.locator('[data-overview-step]').first()).toBeFocused();
		// Keys inside the overview do not step the story behind it.
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		expect(await stageStep(page)).toBe(steps[0].id);
		await page.keyboard.press('Enter');
		await expect(dialog).toBeHidden();
		expect(await stageStep(page)).toBe(steps[2].id);
		await expect(announcer).toContainText(`Step 3 of ${steps.length}`);

		await page.keyboard.press('o');
		await dialog.locator(`[data-overview-step="${steps[9].id}"]`).click();
		await expect(dialog).toBeHidden();
		expect(await stageStep(page)).toBe(steps[9].id);
		await page.keyboard.press('o');
		// Open first, so that "hidden" below means Escape closed it, not that it had not opened yet.
		await expect(dialog).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		expect(await stageStep(page)).toBe(steps[9].id);

		await page.keyboard.press('Shift+?');
		const help = page.getByRole('dialog', { name: 'Keys' });
		await expect(help).toBeVisible();
		for (const word of ['Page Down', 'Black screen', 'Overview', 'Presenter view'])
			await expect(help).toContainText(word);
		await page.keyboard.press('Escape');
		await expect(help).toBeHidden();
		await expect(page).toHaveURL(new RegExp(`${BASE}present/`));
	});

	test('the cursor hides after two idle seconds and comes back when the mouse moves', async ({ page }) => {
		await openStage(page);
		// Timed in the page, from the last pointer move to the class change: the test runner's own
		// clock would add its round trips.
		await page.evaluate(() => {
			const w = window as unknown as { __moved: number; __idle: number };
			addEventListener('pointermove', (e) => (w.__moved = e.timeStamp), true);
			const stage = document.querySelector('.stage')!;
			new MutationObserver(() => {
				if (stage.classList.contains('idle') && !w.__idle) w.__idle = performance.now();
			}).observe(stage, { attributes: true, attributeFilter: ['class'] });
		});
		await page.mouse.move(300, 300);
		await page.mouse.move(400, 400);
		await expect(page.locator('.stage.idle')).toHaveCount(1, { timeout: 5000 });
		const idleAfter = await page.evaluate(() => {
			const w = window as unknown as { __moved: number; __idle: number };
			return w.__idle - w.__moved;
		});
		expect(idleAfter).toBeGreaterThanOrEqual(1990);
		expect(idleAfter).toBeLessThan(3000);
		expect(await page.evaluate(() => getComputedStyle(document.querySelector('.stage')!).cursor)).toBe('none');
		await page.mouse.move(500, 420);
		await expect(page.locator('.stage.idle')).toHaveCount(0);
	});
});

test('"Download this step" on the stage saves a 1920x1080 PNG of the step, in the stage\'s theme', async ({
	page
}, info) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await openStage(page, steps[6].id);
	await expect(page.locator('.stage[data-theme="dark"]')).toHaveCount(1);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download this step as PNG' }).click()
	]);
	expect(download.suggestedFilename()).toBe(`07-${steps[6].id}.png`);
	const file = info.outputPath('stage-download.png');
	await download.saveAs(file);
	expect(pngSize(file)).toEqual({ width: 1920, height: 1080 });
	const px = await pixels(page, file);
	expect(px.inked).toBeGreaterThan(0.03);
	// The corner is the dark theme's paper.
	expect(Math.max(px.samples[0], px.samples[1], px.samples[2])).toBeLessThan(60);
});

test.describe('touch', () => {
	test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });

	test('a tap on the right or left third steps on or back, the middle does nothing; swipes step too', async ({
		page
	}) => {
		await openStage(page, steps[3].id);
		const { width, height } = page.viewportSize()!;
		await page.touchscreen.tap(width * 0.9, height * 0.6);
		await expect.poll(() => stageStep(page)).toBe(steps[4].id);
		await page.touchscreen.tap(width * 0.1, height * 0.6);
		await expect.poll(() => stageStep(page)).toBe(steps[3].id);
		await page.touchscreen.tap(width * 0.5, height * 0.6);
		expect(await stageStep(page)).toBe(steps[3].id);

		const cdp = await page.context().newCDPSession(page);
		const swipe = async (from: number, to: number) => {
			const y = height * 0.5;
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
			for (let k = 1; k <= 6; k++) {
				await cdp.send('Input.dispatchTouchEvent', {
					type: 'touchMove',
					touchPoints: [{ x: from + ((to - from) * k) / 6, y: y + k }]
				});
			}
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		};
		await swipe(width * 0.7, width * 0.3);
		await expect.poll(() => stageStep(page)).toBe(steps[4].id);
		await swipe(width * 0.3, width * 0.7);
		await expect.poll(() => stageStep(page)).toBe(steps[3].id);
	});
});

/** The stage's control buttons as drawn: name, box, and how many lines their words take. */
function controlBoxes(page: Page) {
	return page.$$eval('.controls button', (buttons) =>
		buttons.map((b) => {
			const r = b.getBoundingClientRect();
			const name = b.getAttribute('aria-label') ?? b.textContent!.trim();
			const words = document.createRange();
			words.selectNodeContents(b);
			const lines = new Set(Array.from(words.getClientRects(), (l) => Math.round(l.top))).size;
			return { name, lines, top: r.top, left: r.left, right: r.right };
		})
	);
}

/** Sizes the stage must fit: 16:9 and 4:3 projectors, and 4K. */
const SIZES = [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 },
	{ width: 1024, height: 768 },
	{ width: 3840, height: 2160 }
];

test.describe('fit', () => {
	for (const size of SIZES) {
		test(`${size.width}x${size.height}: every step fits without overflow, words large, chart full size`, async ({
			page
		}) => {
			await page.setViewportSize(size);
			await openStage(page);
			const scale = Math.max(1, Math.min(size.width / 1280, size.height / 720));
			for (const [i, step] of steps.entries()) {
				if (i > 0) await press(page, 'PageDown', i);
				const m = await page.evaluate(() => {
					const words = document.querySelector<HTMLElement>('.words')!;
					const section = words.querySelector<HTMLElement>('[aria-current="step"]')!;
					const p = section.querySelector('p')!;
					const plot = document.querySelector('[data-chart-state]')!.getBoundingClientRect();
					return {
						docW: document.documentElement.scrollWidth,
						docH: document.documentElement.scrollHeight,
						overflow: section.scrollHeight - words.clientHeight,
						// Rendered size: the computed size times the canvas scale.
						fontPx: (parseFloat(getComputedStyle(p).fontSize) * p.getBoundingClientRect().height) / p.offsetHeight,
						plotW: plot.width,
						plotH: plot.height
					};
				});
				expect(m.docW, `${step.id}: no sideways overflow`).toBeLessThanOrEqual(size.width);
				expect(m.docH, `${step.id}: no scrolling`).toBeLessThanOrEqual(size.height);
				expect(m.overflow, `${step.id}: the words fit their box`).toBeLessThanOrEqual(1);
				// At least 28 px at 1920x1080, growing with the screen (56 px at 4K); 18 px on smaller screens.
				expect(m.fontPx, `${step.id}: words size`).toBeGreaterThanOrEqual(scale >= 1.5 ? (28 * scale) / 1.5 : 18);
				expect(m.plotW * m.plotH, `${step.id}: chart area`).toBeGreaterThan(size.width * size.height * 0.25);
			}
			// The controls: in one row, each on screen, none breaking its words onto two lines (at
			// 1024 px "Back", "Next", "Presenter view" and "Full screen" did, the title cut to a few words).
			const controls = await controlBoxes(page);
			expect(new Set(controls.map((c) => Math.round(c.top))).size, 'the controls sit in one row').toBe(1);
			for (const c of controls) expect(c.right, `${c.name}: on screen`).toBeLessThanOrEqual(size.width);
			for (const c of controls) expect(c.lines, `${c.name}: its words on one line`).toBe(1);
			const title = await page.locator('.story-title').boundingBox();
			expect(title?.width ?? 0, 'the story title keeps room').toBeGreaterThan(96);
			// A picture for a person to look at, at a step of each chart; in each theme at 1920x1080 (the
			// theme changes colours, not the layout the other sizes check).
			for (const theme of size.width === 1920 ? (['light', 'dark'] as const) : (['light'] as const)) {
				if ((await page.locator('.stage').getAttribute('data-theme')) !== theme) await page.keyboard.press('t');
				await expect(page.locator(`.stage[data-theme="${theme}"]`)).toHaveCount(1);
				for (const id of new Set(
					steps.filter((s, i) => i === 0 || steps[i - 1].chart.id !== s.chart.id).map((s) => s.id)
				)) {
					await page.keyboard.press('o');
					await page.locator(`[data-overview-step="${id}"]`).click();
					await settledOn(page, steps[indexOf(id)]);
					await page.screenshot({
						path: `test-results/screens/stage/${size.width}x${size.height}-${theme}-${String(indexOf(id) + 1).padStart(2, '0')}-${id}.png`
					});
				}
			}
		});
	}

	test('on a phone every control is on screen: whole buttons wrap, never their words', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await openStage(page);
		const controls = await controlBoxes(page);
		for (const c of controls) {
			expect(c.left, `${c.name}: on screen`).toBeGreaterThanOrEqual(0);
			expect(c.right, `${c.name}: on screen`).toBeLessThanOrEqual(390);
		}
		for (const c of controls) expect(c.lines, `${c.name}: its words on one line`).toBe(1);
	});

	test('axe finds nothing serious in either theme, with the overview and the keys open too', async ({ page }, info) => {
		// The controls fade out after two idle seconds, and axe can take longer than that: a presenter's
		// pointer keeps moving during the audit, so the controls are read as a person sees them, never mid-fade.
		const audit = async (where: string) => {
			const awake = await page.evaluate(() => {
				const stage = document.querySelector('.stage')!;
				const move = () => stage.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
				move();
				return setInterval(move, 250);
			});
			await expect(page.locator('.stage .controls')).toHaveCSS('opacity', '1');
			const r = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze()
				.finally(() => page.evaluate((id) => clearInterval(id), awake));
			const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			for (const v of r.violations.filter((x) => !bad.includes(x)))
				info.annotations.push({ type: `axe ${v.impact} at ${where}`, description: v.id });
			expect(
				bad.map(
					(v) =>
						`${v.id}: ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 4)
							.join(', ')}`
				),
				where
			).toEqual([]);
		};
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			// The stage follows the system's preference until the presenter picks (T).
			await page.evaluate(() => localStorage.removeItem('stage-theme')).catch(() => {});
			for (const id of [steps[1].id, steps[Math.floor(steps.length / 2)].id, steps[last].id]) {
				await openStage(page, id);
				await expect(page.locator(`.stage[data-theme="${scheme}"]`)).toHaveCount(1);
				await settledOn(page, steps[indexOf(id)]);
				await audit(`${scheme} ${id}`);
			}
			await page.keyboard.press('o');
			await audit(`${scheme} overview`);
			await page.keyboard.press('Escape');
			await page.keyboard.press('Shift+?');
			await audit(`${scheme} keys`);
			await page.keyboard.press('Escape');
		}
		expect(story.steps.length).toBe(steps.length);
	});
});
