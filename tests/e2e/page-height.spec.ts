/**
 * A page that holds still: while a reader scrolls the story top to bottom, the page's height (and
 * with it the scrollbar) stays within 1 % of its height at load. The step cards and the sources'
 * parts skip their layout until the reader nears them (`content-visibility: auto`) at an estimated
 * size; the reading island measures them once in idle time after load (`measure-later.ts`).
 * Runs at the project's size (a phone in phone-portrait, 1280x800 on desktop), and on a phone on
 * its side, where cards are taller than their step's min-height: there the cards above a deep
 * link's step grow when measured, and the step must stay where the link put it.
 */
import type { Page } from '@playwright/test';
import {
	test,
	expect,
	ready,
	poll,
	steps,
	currentSteps,
	chartState,
	expectedState,
	stepInView,
	BASE
} from './fixtures.ts';
import { heightDrift, heightRecorder, readToEnd } from '../../scripts/bench/sections/height.mjs';

async function heightWhileReading(page: Page) {
	await page.addInitScript(heightRecorder);
	await page.goto(BASE);
	await ready(page);
	// Once loaded, the page measures its lazily laid-out blocks when the browser is idle.
	await page.waitForFunction(
		() => performance.getEntriesByName('sizes-measured').length > 0 || !document.querySelector('[data-lazy-layout]')
	);
	const load = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, t: performance.now() }));
	const samples = await readToEnd(page);
	const got = await page.evaluate(() => ({
		log: (window as unknown as { __heights: { t: number; h: number }[] }).__heights,
		end: document.documentElement.scrollHeight,
		atEnd: window.scrollY >= document.documentElement.scrollHeight - window.innerHeight - 1,
		// Text lays out in fractions of a pixel and scrollHeight rounds them, so the sources' bottom can
		// sit a fraction below the viewport's at the very end: a pixel's slack, as atEnd has.
		sourcesSeen: document.getElementById('sources')!.getBoundingClientRect().bottom <= window.innerHeight + 1
	}));
	// Every height from load on: each one the observer saw, and each settled scroll's.
	const heights = [...got.log.filter((e) => e.t > load.t).map((e) => e.h), ...samples.map((s) => s.h), got.end];
	return { load: load.h, scrolls: samples.length, ...got, ...heightDrift(load.h, heights) };
}

test('the page keeps its height while a reader scrolls the story top to bottom', async ({ page }) => {
	const r = await heightWhileReading(page);
	expect(r.scrolls, 'scrolls to the end').toBeGreaterThan(10);
	expect(r.atEnd && r.sourcesSeen, 'reached the end of the sources').toBe(true);
	expect(
		r.drift,
		`height ${r.load} px at load, ${r.min}-${r.max} px while scrolling, ${r.end} px at the end`
	).toBeLessThan(0.01);
});

test('and on a phone on its side, where cards outgrow their step', async ({ page }, info) => {
	test.skip(info.project.name !== 'phone-portrait', 'one phone project is enough');
	await page.setViewportSize({ width: 844, height: 390 });
	const r = await heightWhileReading(page);
	expect(r.atEnd && r.sourcesSeen, 'reached the end of the sources').toBe(true);
	expect(
		r.drift,
		`height ${r.load} px at load, ${r.min}-${r.max} px while scrolling, ${r.end} px at the end`
	).toBeLessThan(0.01);
});

test("a deep link's step stays in place when the cards above it take their real size", async ({ page }, info) => {
	test.skip(info.project.name !== 'phone-portrait', 'one phone project is enough');
	await page.setViewportSize({ width: 844, height: 390 });
	const target = steps[Math.floor(steps.length * 0.8)];
	await page.goto(`${BASE}#${target.id}`);
	await ready(page);
	await page.waitForFunction(() => performance.getEntriesByName('sizes-measured').length > 0);
	const got = await page.evaluate((id) => {
		const el = document.getElementById(id)!;
		const above = Array.from(document.querySelectorAll<HTMLElement>('[data-step]')).filter(
			(s) => s.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING
		);
		return {
			top: el.getBoundingClientRect().top,
			// Where the link put it: its scroll margin below the top of the viewport.
			margin: parseFloat(getComputedStyle(el).scrollMarginTop),
			outgrown: above.filter((s) => s.getBoundingClientRect().height > parseFloat(getComputedStyle(s).minHeight) + 1)
				.length
		};
	}, target.id);
	expect(got.outgrown, 'cards above the step outgrew their min-height (else this test shows nothing)').toBeGreaterThan(
		0
	);
	expect(
		Math.abs(got.top - got.margin),
		`the step's top at ${got.top} px, the link put it at ${got.margin} px`
	).toBeLessThan(2);
	expect(await stepInView(page)).toBe(target.id);
	await poll(() => currentSteps(page)).toEqual([target.id]);
	await poll(() => chartState(page)).toBe(expectedState(target));
});
