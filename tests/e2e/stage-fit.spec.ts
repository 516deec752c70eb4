/**
 * The build's estimate of a step's words on the stage (`src/lib/loading/guard/fit.ts`) against the
 * browser: for every step of the story, at 1280x720 and 1024x768, at fit 1 and at the smallest fit,
 * the estimated height is within 10% of the step's real height, and the words box is where the
 * estimate puts it. The build refuses copy by this estimate, so it must stay honest. The same for
 * a chart's notes (`src/lib/loading/guard/note-fit.ts`): the row chart's frame at 1024x768, and
 * its footnotes' height, the story's own and with a long one added.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, steps } from './fixtures.ts';
import { openStage } from './stage-fixtures.ts';
import { SMALLEST_FIT, wordsBox, wordsHeight } from '../../src/lib/loading/guard/fit.ts';
import { CHART_FRAMES, footnotesHeight } from '../../src/lib/loading/guard/note-fit.ts';

/**
 * The served fonts, in use whatever the cache did. They are `font-display: optional`: a visit whose
 * fonts come later than the first paint (a cold cache, a slow revalidation on a busy machine) keeps
 * the fallback fonts for good, and the estimate reads the served ones. The same faces (`src/fonts.css`,
 * every slice) declared again with `block` (a later rule wins for the same family and weights) are
 * used once loaded.
 */
async function useServedFonts(page: Page): Promise<void> {
	const faces = readFileSync('src/fonts.css', 'utf8').replaceAll('font-display: optional', 'font-display: block');
	expect(faces, 'src/fonts.css declares the fonts optional').toContain('font-display: block');
	await page.addStyleTag({ content: faces });
	const used = await page.evaluate(async () => {
		const faces = ['400 20px "Source Serif 4"', '700 20px "Source Serif 4"', '400 14px "Inter"', '700 14px "Inter"'];
		await Promise.all(faces.map((f) => document.fonts.load(f)));
		await document.fonts.ready;
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		return faces.map((f) => document.fonts.check(f));
	});
	expect(used, 'the served fonts are in use').toEqual([true, true, true, true]);
}

for (const [width, height] of [
	[1280, 720],
	[1024, 768]
] as const) {
	test(`every step's words are as tall as the build estimates, at ${width}x${height}`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await openStage(page);
		await useServedFonts(page);

		const box = wordsBox(width, height);
		const measured = await page.evaluate(
			(fits) => {
				const words = document.querySelector<HTMLElement>('.words');
				if (!words) throw new Error('no .words box');
				const style = getComputedStyle(words);
				const px = (v: string) => Number.parseFloat(v) || 0;
				const content = {
					width: words.clientWidth - px(style.paddingLeft) - px(style.paddingRight),
					height: words.clientHeight - px(style.paddingTop) - px(style.paddingBottom)
				};
				const sections = [...words.querySelectorAll<HTMLElement>('section[data-step]')];
				const hidden = sections.map((s) => s.hidden);
				const heights: Record<string, number[]> = {};
				for (const section of sections) {
					for (const s of sections) s.hidden = s !== section;
					heights[section.id] = fits.map((f) => {
						words.style.setProperty('--fit', String(f));
						return section.scrollHeight;
					});
				}
				sections.forEach((s, i) => (s.hidden = hidden[i]));
				words.style.removeProperty('--fit');
				return { content, heights };
			},
			[1, SMALLEST_FIT]
		);

		expect(Math.abs(measured.content.width - box.width), `box width ${measured.content.width}`).toBeLessThan(1.5);
		expect(Math.abs(measured.content.height - box.height), `box height ${measured.content.height}`).toBeLessThan(1.5);
		const off: string[] = [];
		steps.forEach((step, i) => {
			[1, SMALLEST_FIT].forEach((fit, k) => {
				const real = measured.heights[step.id][k];
				const estimate = wordsHeight({ kicker: step.kicker, copy: step.copy, dates: i === 0 }, box.width, fit);
				if (Math.abs(estimate - real) > real * 0.1)
					off.push(`${step.id} at fit ${fit}: estimated ${estimate.toFixed(1)} px, real ${real} px`);
			});
		});
		expect(off).toEqual([]);
	});
}

test("a row chart's frame and footnotes are as the build estimates, at 1024x768", async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await openStage(page, 'prices');
	await useServedFonts(page);
	const long = `A long note. ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. '.repeat(12)}`;
	const measured = await page.evaluate((text) => {
		const chart = document.querySelector<HTMLElement>('[data-chart-state^="prices:"] .chart');
		if (!chart) throw new Error('no prices chart');
		const head = chart.querySelector<HTMLElement>('.head')?.offsetHeight ?? 0;
		const foot = () => chart.querySelector<HTMLElement>('.foot')?.getBoundingClientRect().height ?? 0;
		const items = [...chart.querySelectorAll<HTMLElement>('.shown .footnotes li')];
		const notes = items.map((li) => li.textContent?.trim() ?? '');
		const before = foot();
		// A long note added to every list of footnotes (the unseen reserve sets the frame's height).
		for (const ul of chart.querySelectorAll('.footnotes')) {
			const li = document.createElement('li');
			li.textContent = `‡ ${text}`;
			ul.append(li);
		}
		return { width: chart.clientWidth, height: chart.clientHeight - head, notes, before, after: foot() };
	}, long);
	const frame = CHART_FRAMES[0];
	expect(Math.abs(measured.width - frame.width), `frame width ${measured.width}`).toBeLessThan(2);
	expect(Math.abs(measured.height - frame.height), `frame height ${measured.height}`).toBeLessThan(2);
	// Within a line of footnotes (12 px at 1.3).
	expect(Math.abs(footnotesHeight(measured.notes, frame.width) - measured.before)).toBeLessThan(15.6);
	expect(Math.abs(footnotesHeight([...measured.notes, `‡ ${long}`], frame.width) - measured.after)).toBeLessThan(15.6);
});
